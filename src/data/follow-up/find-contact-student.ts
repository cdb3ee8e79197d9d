/** The student and the task of a logged home contact, for the access check of an undo. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { homeContacts } from '../../db/schema.js';

export async function findContactStudent(db: Db, ownerId: string, contactId: string): Promise<{ studentId: string; taskId: string | null } | undefined> {
  const [row] = await db
    .select({ studentId: homeContacts.studentId, taskId: homeContacts.taskId })
    .from(homeContacts)
    .where(and(eq(homeContacts.ownerId, ownerId), eq(homeContacts.id, contactId)));
  return row;
}
