/**
 * The demo school's sign-ins, for the sign-in page: only the demo accounts that are in the
 * database, not disabled, and still take the published demo password. A database with real data
 * (and no demo accounts), or one where the demo password was changed, names none.
 */
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accounts, owners, schools, staffRoles } from '../db/schema.js';
import type { RoleCode } from '../domain/vocabulary.js';
import { verifyPassword } from '../lib/password.js';
import { DEMO_PASSWORD, demoSignIns } from './generate-demo-school.js';

export interface FoundDemoSignIns {
  password: string;
  /** `where`: the account's school, or its owner for an owner-level role — the demo region has three schools and two owners. */
  accounts: Array<{ username: string; role: RoleCode; where: string }>;
}

export async function findDemoSignIns(db: Db): Promise<FoundDemoSignIns | null> {
  const rows = await db
    .select({ username: accounts.username, passwordHash: accounts.passwordHash, ownerName: owners.name, schoolName: schools.name })
    .from(accounts)
    .innerJoin(owners, eq(owners.id, accounts.ownerId))
    // The account's school-level role, if it has one (the demo gives each account one role).
    .leftJoin(staffRoles, and(eq(staffRoles.ownerId, accounts.ownerId), eq(staffRoles.staffId, accounts.staffId), isNotNull(staffRoles.schoolId)))
    .leftJoin(schools, and(eq(schools.ownerId, staffRoles.ownerId), eq(schools.id, staffRoles.schoolId)))
    .where(and(inArray(accounts.username, demoSignIns.map((s) => s.username)), isNull(accounts.disabledAt)));
  const whereOf = new Map(rows.map((r) => [r.username, r.schoolName ?? r.ownerName]));
  // The demo gives every account one hash; a hash is checked once, however many share it.
  const verdicts = new Map<string, boolean>();
  const usable = new Set<string>();
  for (const row of rows) {
    if (!row.passwordHash) continue;
    if (!verdicts.has(row.passwordHash)) verdicts.set(row.passwordHash, await verifyPassword(row.passwordHash, DEMO_PASSWORD));
    if (verdicts.get(row.passwordHash)) usable.add(row.username);
  }
  if (usable.size === 0) return null;
  return { password: DEMO_PASSWORD, accounts: demoSignIns.filter((s) => usable.has(s.username)).map(({ username, role }) => ({ username, role, where: whereOf.get(username) ?? '' })) };
}
