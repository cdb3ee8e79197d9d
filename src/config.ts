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
  /** Local username and password sign-in; off leaves only Feide and ID-porten. */
  VARDE_PASSWORD_SIGN_IN: booleanFlag.default(true),
  /**
   * A second factor (TOTP) for local accounts with a leadership or administrator role. Unset:
   * required, except on a server that loads the demo school, whose passwords are published anyway.
   */
  VARDE_SECOND_FACTOR: z.enum(['required', 'off']).optional(),
  /**
   * The server's secret, from which the keys that seal TOTP secrets and hash identity numbers are
   * derived (src/lib/server-keys.ts). Required under NODE_ENV=production; never change it on a
   * running installation (the identity hashes would no longer match).
   */
  VARDE_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The address people reach Varde at, for the providers' redirect URIs; unset: http://HOST:PORT. */
  VARDE_PUBLIC_URL: z.string().url().regex(/^https?:\/\/[^/]+$/, 'must be a scheme and host (and port), without a path').optional(),
  FEIDE_ISSUER: z.string().url().default('https://auth.dataporten.no'),
  FEIDE_CLIENT_ID: z.string().min(1).optional(),
  FEIDE_CLIENT_SECRET: z.string().min(1).optional(),
  FEIDE_GROUPS_API: z.string().url().default('https://groups-api.dataporten.no'),
  IDPORTEN_ISSUER: z.string().url().default('https://idporten.no'),
  IDPORTEN_CLIENT_ID: z.string().min(1).optional(),
  IDPORTEN_CLIENT_SECRET: z.string().min(1).optional(),
});

/** An OpenID Connect provider Varde signs in with (src/server/auth/oidc/). */
export interface OidcProviderConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface SignInConfig {
  passwordSignIn: boolean;
  secondFactor: 'required' | 'off';
  publicUrl: string;
  feide: (OidcProviderConfig & { groupsApi: string }) | undefined;
  idPorten: OidcProviderConfig | undefined;
}

// Outside production only: a development server needs no secret of its own, and its hashes and
// sealed secrets are then only as safe as this published string.
export const DEVELOPMENT_SECRET_KEY = 'varde-development-secret-key-not-for-production-use';

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
  signIn: SignInConfig;
  secretKey: string;
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
    signIn: signInConfig(c),
    secretKey: secretKeyOf(c),
  };
}

type ParsedConfig = z.infer<typeof configSchema>;

function secretKeyOf(c: ParsedConfig): string {
  if (c.VARDE_SECRET_KEY) return c.VARDE_SECRET_KEY;
  if (c.NODE_ENV === 'production') throw new ConfigError('VARDE_SECRET_KEY is not set: a production server needs a secret of at least 32 characters (README, "Configuration")');
  return DEVELOPMENT_SECRET_KEY;
}

function signInConfig(c: ParsedConfig): SignInConfig {
  const provider = (name: 'FEIDE' | 'IDPORTEN', issuer: string, clientId: string | undefined, clientSecret: string | undefined) => {
    if (!clientId && !clientSecret) return undefined;
    if (!clientId) throw new ConfigError(`${name}_CLIENT_ID is not set, but ${name}_CLIENT_SECRET is: both are needed`);
    if (!clientSecret) throw new ConfigError(`${name}_CLIENT_SECRET is not set, but ${name}_CLIENT_ID is: both are needed`);
    if (c.NODE_ENV === 'production' && !issuer.startsWith('https://')) throw new ConfigError(`${name}_ISSUER=${JSON.stringify(issuer)} is not valid: must be https:// in production`);
    return { issuer, clientId, clientSecret };
  };
  const feide = provider('FEIDE', c.FEIDE_ISSUER, c.FEIDE_CLIENT_ID, c.FEIDE_CLIENT_SECRET);
  const idPorten = provider('IDPORTEN', c.IDPORTEN_ISSUER, c.IDPORTEN_CLIENT_ID, c.IDPORTEN_CLIENT_SECRET);
  const loadDemo = c.VARDE_DEMO ?? c.NODE_ENV !== 'production';
  if (!c.VARDE_PASSWORD_SIGN_IN && !feide) {
    throw new ConfigError('VARDE_PASSWORD_SIGN_IN=false leaves staff no way to sign in: configure Feide (FEIDE_CLIENT_ID, FEIDE_CLIENT_SECRET) first');
  }
  return {
    passwordSignIn: c.VARDE_PASSWORD_SIGN_IN,
    secondFactor: c.VARDE_SECOND_FACTOR ?? (loadDemo ? 'off' : 'required'),
    publicUrl: c.VARDE_PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`,
    feide: feide && { ...feide, groupsApi: c.FEIDE_GROUPS_API.replace(/\/$/, '') },
    idPorten,
  };
}
