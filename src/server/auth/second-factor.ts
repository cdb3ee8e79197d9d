/**
 * The second factor of a local sign-in (issue 14, part 3): TOTP codes as authenticator apps make
 * them (RFC 6238: SHA-1, 6 digits, 30 seconds), checked on the server's clock (ctx.clock) so that
 * tests can fix the time.
 *
 * Between the password and the code the server keeps nothing: the challenge it hands out is its
 * own sealed note (ServerKeys.seal, AES-GCM) of whose sign-in it is and until when, and, while the
 * person enrols, of the new secret. A forged or changed challenge does not open; an old one has
 * expired. The secret reaches the account only once a first code from it has been confirmed.
 */
import { generateSecret, generateURI, verify } from 'otplib';
import { z } from 'zod';
import type { ServerKeys } from '../../lib/server-keys.js';

export const CHALLENGE_MINUTES = 5;
const PERIOD_SECONDS = 30;

const claimsSchema = z.object({
  /** So that no other sealed value of the server's (a stored TOTP secret) passes for a challenge. */
  use: z.literal('second_factor'),
  ownerId: z.string().uuid(),
  staffId: z.string().uuid(),
  expiresAt: z.number(),
  /** Only while enrolling: the secret the first code must come from. */
  secret: z.string().optional(),
});
export type ChallengeClaims = Omit<z.infer<typeof claimsSchema>, 'use'>;

export function sealChallenge(keys: ServerKeys, who: { ownerId: string; staffId: string }, now: Date, secret?: string): string {
  const claims: z.infer<typeof claimsSchema> = {
    use: 'second_factor',
    ownerId: who.ownerId,
    staffId: who.staffId,
    expiresAt: now.getTime() + CHALLENGE_MINUTES * 60_000,
    ...(secret === undefined ? {} : { secret }),
  };
  return keys.seal(JSON.stringify(claims));
}

/** The challenge's claims, or undefined when it was forged, changed or has expired. */
export function openChallenge(keys: ServerKeys, challenge: string, now: Date): ChallengeClaims | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(keys.open(challenge));
  } catch {
    return undefined;
  }
  const claims = claimsSchema.safeParse(parsed);
  if (!claims.success || claims.data.expiresAt <= now.getTime()) return undefined;
  const { use: _use, ...rest } = claims.data;
  return rest;
}

/** A new secret, Base32 as authenticator apps take it: 20 random bytes. */
export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// URI an authenticator app reads (from a QR code or a link on the phone). */
export const otpauthUri = (username: string, secret: string): string => generateURI({ issuer: 'Varde', label: username, secret });

export type CodeCheck = { ok: true; timeStep: number } | { ok: false; reason: 'wrong_code' | 'reused' };

/**
 * Checks a code at `now`, allowing one time step either way for a phone's clock drift. A code whose
 * step is not newer than the last one accepted (`lastStep`) was used before, or is older than a
 * code that was: refused, so that a code seen over a shoulder cannot be used again.
 */
export async function checkCode(options: { secret: string; code: string; now: Date; lastStep: number | null }): Promise<CodeCheck> {
  const token = options.code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'wrong_code' };
  const result = await verify({
    secret: options.secret,
    token,
    epoch: Math.floor(options.now.getTime() / 1000),
    period: PERIOD_SECONDS,
    epochTolerance: PERIOD_SECONDS,
  });
  // The TOTP result carries its time step; the type is also HOTP's, which does not.
  if (!result.valid || !('timeStep' in result)) return { ok: false, reason: 'wrong_code' };
  if (options.lastStep !== null && result.timeStep <= options.lastStep) return { ok: false, reason: 'reused' };
  return { ok: true, timeStep: result.timeStep };
}
