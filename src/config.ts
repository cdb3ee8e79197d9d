/**
 * Configuration, read and validated once at start-up. A wrong value stops the start with a
 * message that names the variable. Every variable is listed in the README.
 */
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  VARDE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Unset: the demo school loads outside production only; under NODE_ENV=production it loads only when asked for (1/true). */
  VARDE_DEMO: booleanFlag.optional(),
  VARDE_SECURE_COOKIES: booleanFlag.optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Failed sign-ins from one address before each further attempt must wait (src/server/auth/sign-in-throttle.ts). */
  VARDE_SIGN_IN_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** A session unused for this many minutes ends, besides its absolute 8 hours. */
  VARDE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(8 * 60).default(30),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  loadDemo: boolean;
  secureCookies: boolean;
  logLevel: string;
  production: boolean;
  signInLimit: number;
  sessionIdleMinutes: number;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": shells and .env files often leave them so.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    throw new ConfigError(`${name}=${JSON.stringify(env[name] ?? '')} is not valid: ${issue.message}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.VARDE_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    // The demo accounts share a published password: a production server never gets them by default.
    loadDemo: c.VARDE_DEMO ?? c.NODE_ENV !== 'production',
    secureCookies: c.VARDE_SECURE_COOKIES ?? c.NODE_ENV === 'production',
    logLevel: c.LOG_LEVEL,
    production: c.NODE_ENV === 'production',
    signInLimit: c.VARDE_SIGN_IN_LIMIT,
    sessionIdleMinutes: c.VARDE_SESSION_IDLE_MINUTES,
  };
}
