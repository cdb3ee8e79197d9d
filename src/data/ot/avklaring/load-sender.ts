/** Who a letter is from: a member of staff's name, title at the school (or OT's, without a school) and e-mail. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { staff, staffRoles } from '../../../db/schema.js';

export async function loadSender(db: Db, ownerId: string, staffId: string, schoolId: string): Promise<{ name: string; title: string; email: string | null }> {
  const [person] = await db.select({ givenName: staff.givenName, familyName: staff.familyName, email: staff.email }).from(staff).where(and(eq(staff.ownerId, ownerId), eq(staff.id, staffId)));
  const roles = await db.select({ schoolId: staffRoles.schoolId, title: staffRoles.title }).from(staffRoles).where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.staffId, staffId)));
  const title = roles.find((r) => r.schoolId === schoolId && r.title)?.title ?? roles.find((r) => r.schoolId === null && r.title)?.title ?? '';
  return { name: person ? `${person.givenName} ${person.familyName}` : '', title, email: person?.email ?? null };
}
