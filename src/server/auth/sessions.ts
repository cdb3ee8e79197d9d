/**
 * Server-side sessions. The cookie carries a random token; the database keeps only its SHA-256,
 * so a leaked table cannot be replayed. Sessions are created the same way whatever proved the
 * identity: local password today, Feide (OIDC) later (docs/decisions/004).
 *
 * A session ends at the first of: its absolute end (8 hours), a spell of inactivity longer than
 * the idle timeout, its account being disabled, signing out (here or everywhere).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts, sessions } from '../../db/schema.js';
import type { SignInMethod } from '../../domain/vocabulary.js';

export const SESSION_HOURS = 8;

/**
 * With Secure, the `__Host-` prefix makes the browser refuse the cookie unless it is Secure,
 * Path=/ and without Domain, so that a sibling subdomain cannot plant a session of its own.
 */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-varde_session' : 'varde_session');

/** How the app keeps sessions: the cookie's name and how long a session may sit unused. */
export interface SessionPolicy {
  cookieName: string;
  idleMs: number;
}

// Writing the last-seen time on every request would turn every read into a write; a minute's
// slack on a 30-minute timeout does not matter.
export const TOUCH_AFTER_MS = 60_000;

export interface SessionRow {
  ownerId: string;
  staffId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** What the sessions tables keep of a token: its SHA-256 (the home's sessions too, src/server/auth/home-sessions.ts). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The cookie of a session, staff's or home's: HttpOnly, SameSite=Strict, as long as the session lives. */
export function setSessionCookie(reply: { setCookie(name: string, value: string, options: object): unknown }, name: string, token: string, secure: boolean): void {
  reply.setCookie(name, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_HOURS * 3600 });
}

export async function startSession(
  db: Db,
  who: { ownerId: string; staffId: string },
  now: Date,
  idleMs: number,
  /** How the person proved who they are (a password unless told), and a provider's ID token for signing out there. */
  how: { method?: SignInMethod; idToken?: string | null } = {},
): Promise<{ token: string; session: SessionRow }> {
  const token = randomBytes(32).toString('base64url');
  const session: SessionRow = {
    ownerId: who.ownerId,
    staffId: who.staffId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  };
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMs))));
  await db.insert(sessions).values({ tokenHash: hashToken(token), ...session, lastSeenAt: now, method: how.method ?? 'password', idToken: how.idToken ?? null });
  return { token, session };
}

/**
 * The live session of a token, or undefined. Asked on every request, so that disabling an account
 * ends its sessions at once (the database also deletes them then: migration 0013's trigger).
 */
export async function findSession(db: Db, token: string, now: Date, idleMs: number): Promise<SessionRow | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      ownerId: sessions.ownerId,
      staffId: sessions.staffId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(accounts, and(eq(accounts.ownerId, sessions.ownerId), eq(accounts.staffId, sessions.staffId)))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
        isNull(accounts.disabledAt),
      ),
    );
  if (!row) return undefined;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { ownerId: row.ownerId, staffId: row.staffId, csrfToken: row.csrfToken, expiresAt: row.expiresAt };
}

/** Ends the session; gives the provider's ID token when it began at Feide, to end the session there too. */
export async function endSession(db: Db, token: string): Promise<{ idToken: string | null } | undefined> {
  const [ended] = await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).returning({ idToken: sessions.idToken });
  return ended;
}

/** Ends every session of a person, on every device; returns how many there were. */
export async function endEverySession(db: Db, who: { ownerId: string; staffId: string }): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.ownerId, who.ownerId), eq(sessions.staffId, who.staffId)))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}
