/** A member of staff and the schools of their roles: what the access policy asks about someone who is given a part. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { staffRoles } from '../db/schema.js';
import type { Person } from '../domain/access-policy.js';

export async function loadStaffMember(db: Db, ownerId: string, staffId: string): Promise<Person> {
  const roles = await db
    .select({ role: staffRoles.role, schoolId: staffRoles.schoolId })
    .from(staffRoles)
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.staffId, staffId)));
  return { staffId, roles };
}
