/**
 * Sign-ins begun at a provider (oidc_sign_ins): the state, the PKCE verifier and the nonce the
 * answer must match. The state is stored as a SHA-256 and taken once: a second answer with the
 * same state (a replay, or a back button) finds nothing. Older than ten minutes, it has expired.
 */
import { createHash } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { oidcSignIns } from '../../db/schema.js';
import type { OidcProvider } from '../../domain/vocabulary.js';

export const SIGN_IN_MINUTES = 10;

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

export interface BegunSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export async function rememberSignIn(db: Db, provider: OidcProvider, begun: BegunSignIn, now: Date): Promise<void> {
  // Begun and never finished (the person closed the tab): nobody will take these.
  await db.delete(oidcSignIns).where(lt(oidcSignIns.createdAt, new Date(now.getTime() - 24 * 3_600_000)));
  await db.insert(oidcSignIns).values({
    stateHash: hashState(begun.state),
    provider,
    codeVerifier: begun.codeVerifier,
    nonce: begun.nonce,
    returnTo: begun.returnTo,
    createdAt: now,
  });
}

/** The sign-in of this state, taken so that it cannot be taken again; undefined when unknown, used or expired. */
export async function takeSignIn(db: Db, provider: OidcProvider, state: string, now: Date): Promise<Omit<BegunSignIn, 'state'> | undefined> {
  const [row] = await db
    .update(oidcSignIns)
    .set({ usedAt: now })
    .where(
      and(
        eq(oidcSignIns.stateHash, hashState(state)),
        eq(oidcSignIns.provider, provider),
        isNull(oidcSignIns.usedAt),
        gt(oidcSignIns.createdAt, new Date(now.getTime() - SIGN_IN_MINUTES * 60_000)),
      ),
    )
    .returning({ nonce: oidcSignIns.nonce, codeVerifier: oidcSignIns.codeVerifier, returnTo: oidcSignIns.returnTo });
  return row;
}
