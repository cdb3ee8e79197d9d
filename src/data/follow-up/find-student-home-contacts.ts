/** Every contact with a student's home, in a case or from a task, newest first, with who made it. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { homeContacts, staff } from '../../db/schema.js';

export async function findStudentHomeContacts(db: Db, ownerId: string, studentId: string) {
  return db
    .select({
      id: homeContacts.id,
      contactedAt: homeContacts.contactedAt,
      recordedAt: homeContacts.recordedAt,
      channel: homeContacts.channel,
      outcome: homeContacts.outcome,
      note: homeContacts.note,
      caseId: homeContacts.caseId,
      taskId: homeContacts.taskId,
      staffId: homeContacts.staffId,
      staffGivenName: staff.givenName,
      staffFamilyName: staff.familyName,
    })
    .from(homeContacts)
    .leftJoin(staff, and(eq(staff.ownerId, homeContacts.ownerId), eq(staff.id, homeContacts.staffId)))
    .where(and(eq(homeContacts.ownerId, ownerId), eq(homeContacts.studentId, studentId)))
    .orderBy(desc(homeContacts.contactedAt));
}
