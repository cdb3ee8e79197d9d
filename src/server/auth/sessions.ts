/**
 * Server-side sessions. The cookie carries a random token; the database keeps only its SHA-256,
 * so a leaked table cannot be replayed. Sessions are created the same way whatever proved the
 * identity: local password today, Feide (OIDC) later (docs/decisions/004).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { sessions } from '../../db/schema.js';

export const SESSION_COOKIE = 'varde_session';
export const SESSION_HOURS = 8;

export interface SessionRow {
  ownerId: string;
  staffId: string;
  csrfToken: string;
  expiresAt: Date;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function startSession(
  db: Db,
  who: { ownerId: string; staffId: string },
  now: Date,
): Promise<{ token: string; session: SessionRow }> {
  const token = randomBytes(32).toString('base64url');
  const session: SessionRow = {
    ownerId: who.ownerId,
    staffId: who.staffId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  };
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.insert(sessions).values({ tokenHash: hashToken(token), ...session });
  return { token, session };
}

export async function findSession(db: Db, token: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = await db
    .select({
      ownerId: sessions.ownerId,
      staffId: sessions.staffId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)));
  return row;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}
