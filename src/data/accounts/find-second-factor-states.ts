/**
 * For the owner's administrator (issue 14, part 3): the owner's people who sign in with a password
 * and hold a role that needs a second factor (src/domain/people/second-factor-roles.ts), with all
 * their roles and when, if ever, they confirmed an authenticator. Accounts without a password
 * (Feide only) give no code and are left out.
 */
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts, schools, staff, staffRoles } from '../../db/schema.js';
import { secondFactorRoles } from '../../domain/people/second-factor-roles.js';
import type { RoleCode } from '../../domain/vocabulary.js';
import { groupBy } from '../../lib/group-by.js';

export interface PersonSecondFactorState {
  staffId: string;
  givenName: string;
  familyName: string;
  username: string;
  roles: Array<{ role: RoleCode; schoolName: string | null }>;
  /** Null until the first code is confirmed, and again after a reset. */
  confirmedAt: Date | null;
}

export async function findSecondFactorStates(db: Db, ownerId: string): Promise<PersonSecondFactorState[]> {
  const needing = db
    .selectDistinct({ staffId: staffRoles.staffId })
    .from(staffRoles)
    .where(and(eq(staffRoles.ownerId, ownerId), inArray(staffRoles.role, [...secondFactorRoles])));
  const people = await db
    .select({
      staffId: accounts.staffId,
      givenName: staff.givenName,
      familyName: staff.familyName,
      username: accounts.username,
      confirmedAt: accounts.totpConfirmedAt,
    })
    .from(accounts)
    .innerJoin(staff, and(eq(staff.ownerId, accounts.ownerId), eq(staff.id, accounts.staffId)))
    .where(and(eq(accounts.ownerId, ownerId), isNotNull(accounts.passwordHash), inArray(accounts.staffId, needing)))
    .orderBy(asc(staff.familyName), asc(staff.givenName), asc(staff.id));
  if (people.length === 0) return [];

  const roles = await db
    .select({ staffId: staffRoles.staffId, role: staffRoles.role, schoolName: schools.name })
    .from(staffRoles)
    .leftJoin(schools, and(eq(schools.ownerId, staffRoles.ownerId), eq(schools.id, staffRoles.schoolId)))
    .where(
      and(
        eq(staffRoles.ownerId, ownerId),
        inArray(
          staffRoles.staffId,
          people.map((p) => p.staffId),
        ),
      ),
    )
    .orderBy(asc(staffRoles.role), asc(schools.name));
  const rolesOf = groupBy(roles, (r) => r.staffId);

  return people.map((p) => ({ ...p, roles: (rolesOf.get(p.staffId) ?? []).map(({ role, schoolName }) => ({ role, schoolName })) }));
}
