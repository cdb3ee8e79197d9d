/**
 * The FINT connector's configuration, from the environment — read and checked only when a FINT
 * sync runs (a Varde without FINT needs none of it), the way src/config.ts checks the rest: a
 * wrong value stops the sync with a message that names the variable. The secret is never
 * echoed. Listed in docs/imports/fint.md.
 */
import { z } from 'zod';
import { ConfigError } from '../../config.js';

/** FINT's identity provider (Novari's NetIQ), as the FINT documentation gives it. */
export const FINT_DEFAULT_TOKEN_URL = 'https://idp.felleskomponent.no/nidp/oauth/nam/token';

const httpUrl = z.string().url().refine((u) => /^https?:\/\//.test(u), 'must be an http:// or https:// URL');

const fintSchema = z.object({
  FINT_BASE_URL: httpUrl,
  FINT_TOKEN_URL: httpUrl.default(FINT_DEFAULT_TOKEN_URL),
  FINT_CLIENT_ID: z.string().min(1),
  FINT_CLIENT_SECRET: z.string().min(1),
  FINT_SCOPE: z.string().min(1).default('fint-client'),
  FINT_USERNAME: z.string().min(1).optional(),
  FINT_PASSWORD: z.string().min(1).optional(),
  FINT_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
});

export interface FintConfig {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** FINT's password grant, when its user name and password are set (both or neither). */
  user: { username: string; password: string } | undefined;
  pageSize: number;
}

const secret = new Set(['FINT_CLIENT_SECRET', 'FINT_PASSWORD']);

/** The configuration, with a message that says how to set FINT up when it is not set at all. */
export function readFintConfigOrExplain(env: NodeJS.ProcessEnv = process.env): FintConfig {
  if (!env.FINT_BASE_URL) {
    throw new ConfigError('FINT is not configured: set FINT_BASE_URL, FINT_CLIENT_ID and FINT_CLIENT_SECRET (and FINT_TOKEN_URL, FINT_SCOPE if not the defaults; docs/imports/fint.md)');
  }
  return readFintConfig(env);
}

export function readFintConfig(env: NodeJS.ProcessEnv = process.env): FintConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('FINT_') && v !== undefined && v !== ''));
  const parsed = fintSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'FINT configuration');
    const value = env[name];
    const shown = value === undefined || value === '' ? ' is not set' : `=${secret.has(name) ? '(hidden)' : JSON.stringify(value)} is not valid: ${issue.message}`;
    throw new ConfigError(`${name}${shown} (needed for the FINT sync)`);
  }
  const c = parsed.data;
  if ((c.FINT_USERNAME === undefined) !== (c.FINT_PASSWORD === undefined)) {
    const missing = c.FINT_USERNAME === undefined ? 'FINT_USERNAME' : 'FINT_PASSWORD';
    throw new ConfigError(`${missing} is not set, but ${missing === 'FINT_USERNAME' ? 'FINT_PASSWORD' : 'FINT_USERNAME'} is: FINT's password grant needs both (needed for the FINT sync)`);
  }
  return {
    baseUrl: c.FINT_BASE_URL.replace(/\/+$/, ''),
    tokenUrl: c.FINT_TOKEN_URL,
    clientId: c.FINT_CLIENT_ID,
    clientSecret: c.FINT_CLIENT_SECRET,
    scope: c.FINT_SCOPE,
    user: c.FINT_USERNAME && c.FINT_PASSWORD ? { username: c.FINT_USERNAME, password: c.FINT_PASSWORD } : undefined,
    pageSize: c.FINT_PAGE_SIZE,
  };
}
