/** The owner's OT advisors (role ot_radgiver, held at the owner, not at a school), by name. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staff, staffRoles } from '../../db/schema.js';

export async function findOtAdvisors(db: Db, ownerId: string): Promise<Array<{ staffId: string; name: string }>> {
  const rows = await db
    .selectDistinct({ staffId: staff.id, givenName: staff.givenName, familyName: staff.familyName })
    .from(staffRoles)
    .innerJoin(staff, and(eq(staff.ownerId, staffRoles.ownerId), eq(staff.id, staffRoles.staffId)))
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.role, 'ot_radgiver')));
  return rows.map((r) => ({ staffId: r.staffId, name: `${r.givenName} ${r.familyName}` })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
