/**
 * Each channel's configuration, from the environment. Every channel is optional: one whose
 * variables are all unset is off (undefined), one with some of them set must have all it needs,
 * and a wrong value stops the start with a message that names the variable, as src/config.ts
 * does. Secrets are never echoed.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../config.js';

export interface EmailConfig {
  /** smtp:// or smtps://, with the user and password in it where the server wants them. */
  url: string;
  /** The school's sender, `address` or `Name <address>`. */
  from: string;
}

export interface SmsConfig {
  /** The gateway's send endpoint, e.g. LINK Mobility's `https://…/sms/send`. */
  url: string;
  /** `user:password` for HTTP basic authentication (LINK Mobility), any other value is sent as a bearer token. */
  key: string;
  /** The sender shown on the phone: a name of at most 11 letters and digits, or a number. */
  sender: string;
  /** LINK Mobility's account fields, sent when set. */
  platformId: string | undefined;
  platformPartnerId: string | undefined;
}

export interface SvarUtConfig {
  /** SvarUt's base, without /api. */
  url: string;
  kontoId: string;
  integrasjonId: string;
  integrasjonPassord: string;
  maskinporten: MaskinportenConfig;
}

export interface MaskinportenConfig {
  /** Maskinporten's issuer identifier: the JWT grant's audience, and the token endpoint is `${issuer}token`. */
  issuer: string;
  clientId: string;
  /** The id of the key registered on the client (the grant's `kid`). */
  keyId: string;
  /** The client's RSA private key, PEM. */
  privateKey: string;
  scope: string;
}

export const SVARUT_DEFAULT_URL = 'https://svarut.ks.no';
export const MASKINPORTEN_DEFAULT_ISSUER = 'https://maskinporten.no/';
/** The scope KS Fiks's integrations are given (fiks-svarut-klient's IntegrasjonAuthenticationStrategy). */
export const FIKS_SCOPE = 'ks:fiks';

const httpUrl = z.string().url().refine((u) => /^https?:\/\//.test(u), 'must be an http:// or https:// URL');
const emailAddress = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

const emailSchema = z.object({
  VARDE_SMTP_URL: z.string().url().refine((u) => /^smtps?:\/\//.test(u), 'must be an smtp:// or smtps:// URL'),
  VARDE_SMTP_FROM: z.string().refine((v) => emailAddress.test(v.match(/<([^>]*)>\s*$/)?.[1] ?? v.trim()), 'must be an e-mail address, or "Name <address>"'),
});

const smsSchema = z.object({
  VARDE_SMS_URL: httpUrl,
  VARDE_SMS_KEY: z.string().min(1),
  VARDE_SMS_SENDER: z.string().regex(/^(\+?\d{3,15}|[A-Za-z0-9]{1,11})$/, 'must be a number or a name of at most 11 letters and digits'),
  VARDE_SMS_PLATFORM_ID: z.string().min(1).optional(),
  VARDE_SMS_PLATFORM_PARTNER_ID: z.string().min(1).optional(),
});

const svarUtSchema = z.object({
  VARDE_SVARUT_URL: httpUrl.default(SVARUT_DEFAULT_URL),
  VARDE_SVARUT_KONTO_ID: z.string().uuid(),
  VARDE_SVARUT_INTEGRASJON_ID: z.string().uuid(),
  VARDE_SVARUT_INTEGRASJON_PASSORD: z.string().min(1),
  VARDE_MASKINPORTEN_ISSUER: httpUrl.default(MASKINPORTEN_DEFAULT_ISSUER),
  VARDE_MASKINPORTEN_CLIENT_ID: z.string().min(1),
  VARDE_MASKINPORTEN_KID: z.string().min(1),
  VARDE_MASKINPORTEN_PRIVATE_KEY: z.string().min(1),
});

const secrets = new Set(['VARDE_SMTP_URL', 'VARDE_SMS_KEY', 'VARDE_SVARUT_INTEGRASJON_PASSORD', 'VARDE_MASKINPORTEN_PRIVATE_KEY']);

/** The variables that start with one of the prefixes and are set; empty means unset, as in src/config.ts. */
function present(env: NodeJS.ProcessEnv, prefixes: string[]) {
  return Object.fromEntries(Object.entries(env).filter(([k, v]) => prefixes.some((p) => k.startsWith(p)) && v !== undefined && v !== ''));
}

function parse<S extends z.ZodType>(schema: S, values: Record<string, unknown>, env: NodeJS.ProcessEnv, channel: string): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  const value = env[name];
  const shown = value === undefined || value === '' ? ' is not set' : `=${secrets.has(name) ? '(hidden)' : JSON.stringify(value)} is not valid: ${issue.message}`;
  throw new ConfigError(`${name}${shown} (needed for ${channel})`);
}

export function readEmailConfig(env: NodeJS.ProcessEnv = process.env): EmailConfig | undefined {
  const values = present(env, ['VARDE_SMTP_']);
  if (Object.keys(values).length === 0) return undefined;
  const c = parse(emailSchema, values, env, 'sending e-mail');
  return { url: c.VARDE_SMTP_URL, from: c.VARDE_SMTP_FROM.trim() };
}

export function readSmsConfig(env: NodeJS.ProcessEnv = process.env): SmsConfig | undefined {
  const values = present(env, ['VARDE_SMS_']);
  if (Object.keys(values).length === 0) return undefined;
  const c = parse(smsSchema, values, env, 'sending SMS');
  return { url: c.VARDE_SMS_URL, key: c.VARDE_SMS_KEY, sender: c.VARDE_SMS_SENDER, platformId: c.VARDE_SMS_PLATFORM_ID, platformPartnerId: c.VARDE_SMS_PLATFORM_PARTNER_ID };
}

export function readSvarUtConfig(env: NodeJS.ProcessEnv = process.env): SvarUtConfig | undefined {
  const values = present(env, ['VARDE_SVARUT_', 'VARDE_MASKINPORTEN_']);
  if (Object.keys(values).length === 0) return undefined;
  const c = parse(svarUtSchema, values, env, 'sending digital post through SvarUt');
  return {
    url: c.VARDE_SVARUT_URL.replace(/\/+$/, ''),
    kontoId: c.VARDE_SVARUT_KONTO_ID,
    integrasjonId: c.VARDE_SVARUT_INTEGRASJON_ID,
    integrasjonPassord: c.VARDE_SVARUT_INTEGRASJON_PASSORD,
    maskinporten: {
      issuer: c.VARDE_MASKINPORTEN_ISSUER.endsWith('/') ? c.VARDE_MASKINPORTEN_ISSUER : `${c.VARDE_MASKINPORTEN_ISSUER}/`,
      clientId: c.VARDE_MASKINPORTEN_CLIENT_ID,
      keyId: c.VARDE_MASKINPORTEN_KID,
      privateKey: readPrivateKey(c.VARDE_MASKINPORTEN_PRIVATE_KEY),
      scope: FIKS_SCOPE,
    },
  };
}

/** The key itself (PEM) or the path of a file that holds it: a PEM is awkward in an environment variable. */
function readPrivateKey(value: string): string {
  const pem = value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : readKeyFile(value);
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) {
    throw new ConfigError('VARDE_MASKINPORTEN_PRIVATE_KEY=(hidden) is not valid: must be an RSA private key in PEM, or the path of a file that holds one (needed for sending digital post through SvarUt)');
  }
  return pem;
}

function readKeyFile(path: string): string {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`VARDE_MASKINPORTEN_PRIVATE_KEY=${JSON.stringify(path)} is not valid: no file can be read there (needed for sending digital post through SvarUt)`);
  }
}
