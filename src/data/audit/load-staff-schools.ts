/** The schools a member of staff has a role at, for the access policy; undefined: no such person of the owner. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { staff, staffRoles } from '../../db/schema.js';

export async function loadStaffSchools(db: Db, ownerId: string, staffId: string): Promise<string[] | undefined> {
  const [person] = await db.select({ id: staff.id }).from(staff).where(and(eq(staff.ownerId, ownerId), eq(staff.id, staffId)));
  if (!person) return undefined;
  const rows = await db.select({ schoolId: staffRoles.schoolId }).from(staffRoles).where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.staffId, staffId)));
  return [...new Set(rows.map((r) => r.schoolId).filter((id): id is string => id !== null))];
}
