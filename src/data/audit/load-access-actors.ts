/** The people an access report names: name, and each role with the school it is at (staff_roles). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { schools, staff, staffRoles } from '../../db/schema.js';
import type { AccessActor } from '../../domain/audit/build-access-report.js';

export async function loadAccessActors(db: Db, ownerId: string, ids: Iterable<string | null>): Promise<Map<string, AccessActor>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const people = await db
    .select({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName })
    .from(staff)
    .where(and(eq(staff.ownerId, ownerId), inArray(staff.id, wanted)));
  const roles = await db
    .select({ staffId: staffRoles.staffId, role: staffRoles.role, schoolId: staffRoles.schoolId, schoolName: schools.name })
    .from(staffRoles)
    .leftJoin(schools, and(eq(schools.ownerId, staffRoles.ownerId), eq(schools.id, staffRoles.schoolId)))
    .where(and(eq(staffRoles.ownerId, ownerId), inArray(staffRoles.staffId, wanted)))
    .orderBy(staffRoles.role);
  return new Map(
    people.map((p) => [
      p.id,
      {
        staffId: p.id,
        name: `${p.givenName} ${p.familyName}`,
        roles: roles.filter((r) => r.staffId === p.id).map((r) => ({ role: r.role, schoolId: r.schoolId, schoolName: r.schoolName })),
      },
    ]),
  );
}
