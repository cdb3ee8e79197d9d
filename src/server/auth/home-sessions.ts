/**
 * Sessions of the home view (home_sessions): a student or a guardian signed in with Feide or
 * ID-porten. Kept apart from the staff's sessions — another cookie, another table — so that no
 * staff route can ever be reached with one. The same rules otherwise (src/server/auth/sessions.ts):
 * a random token whose SHA-256 is stored, 8 hours at most, ended by inactivity, a CSRF token.
 */
import { randomBytes } from 'node:crypto';
import { eq, gt, and, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { homeSessions } from '../../db/schema.js';
import type { HomePersonKind } from '../../domain/vocabulary.js';
import { hashToken, SESSION_HOURS, TOUCH_AFTER_MS } from './sessions.js';

export const homeSessionCookieName = (secure: boolean) => (secure ? '__Host-varde_home' : 'varde_home');

export interface HomeSessionRow {
  personKind: HomePersonKind;
  method: 'feide' | 'id_porten';
  /** Feide: the Feide name; ID-porten: the keyed hash of the identity number. */
  identity: string;
  displayName: string;
  csrfToken: string;
  idToken: string | null;
}


export async function startHomeSession(db: Db, who: Omit<HomeSessionRow, 'csrfToken'>, now: Date, idleMs: number): Promise<{ token: string; session: HomeSessionRow }> {
  const token = randomBytes(32).toString('base64url');
  const session: HomeSessionRow = { ...who, csrfToken: randomBytes(24).toString('base64url') };
  await db.delete(homeSessions).where(or(lt(homeSessions.expiresAt, now), lt(homeSessions.lastSeenAt, new Date(now.getTime() - idleMs))));
  await db.insert(homeSessions).values({
    tokenHash: hashToken(token),
    ...session,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    lastSeenAt: now,
  });
  return { token, session };
}

export async function findHomeSession(db: Db, token: string, now: Date, idleMs: number): Promise<HomeSessionRow | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select()
    .from(homeSessions)
    .where(and(eq(homeSessions.tokenHash, tokenHash), gt(homeSessions.expiresAt, now), gt(homeSessions.lastSeenAt, new Date(now.getTime() - idleMs))));
  if (!row) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_AFTER_MS) await db.update(homeSessions).set({ lastSeenAt: now }).where(eq(homeSessions.tokenHash, tokenHash));
  return {
    personKind: row.personKind,
    method: row.method as HomeSessionRow['method'],
    identity: row.identity,
    displayName: row.displayName,
    csrfToken: row.csrfToken,
    idToken: row.idToken,
  };
}

export async function endHomeSession(db: Db, token: string): Promise<{ idToken: string | null } | undefined> {
  const [ended] = await db.delete(homeSessions).where(eq(homeSessions.tokenHash, hashToken(token))).returning({ idToken: homeSessions.idToken });
  return ended;
}
