/** The staff with a role at a school, by name, with their roles: whom misuse control can be asked about. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staffRoles } from '../../db/schema.js';
import type { AccessActor } from '../../domain/audit/build-access-report.js';
import { loadAccessActors } from './load-access-actors.js';

export async function listSchoolStaff(db: Db, ownerId: string, schoolId: string): Promise<AccessActor[]> {
  const rows = await db
    .selectDistinct({ staffId: staffRoles.staffId })
    .from(staffRoles)
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, schoolId)));
  const people = await loadAccessActors(db, ownerId, rows.map((r) => r.staffId));
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
