/**
 * The member of staff a Feide name belongs to (staff.feide_name, filled by the FINT sync or the
 * staff import). A member of staff signing in with Feide for the first time gets a sign-in
 * account without a password, so that sessions, disabling and "sign out everywhere" work as for
 * everyone else (src/server/auth/sessions.ts).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts, staff } from '../../db/schema.js';

export type FeideStaff = { ownerId: string; staffId: string; disabled: boolean };

export async function findFeideStaff(db: Db, feideName: string): Promise<FeideStaff | undefined> {
  // One person employed by two owners has a row at each; the one with an account comes first,
  // then the oldest. A choice between them at sign-in is left for when it is asked for.
  const [row] = await db
    .select({ ownerId: staff.ownerId, staffId: staff.id, hasAccount: sql<boolean>`${accounts.staffId} is not null`, disabledAt: accounts.disabledAt })
    .from(staff)
    .leftJoin(accounts, and(eq(accounts.ownerId, staff.ownerId), eq(accounts.staffId, staff.id)))
    .where(eq(staff.feideName, feideName))
    .orderBy(sql`${accounts.staffId} is null`, asc(staff.createdAt))
    .limit(1);
  if (!row) return undefined;
  if (!row.hasAccount) {
    await db
      .insert(accounts)
      .values({ ownerId: row.ownerId, staffId: row.staffId, username: `feide:${feideName.toLowerCase()}`, passwordHash: null })
      .onConflictDoNothing();
  }
  return { ownerId: row.ownerId, staffId: row.staffId, disabled: row.disabledAt !== null };
}
