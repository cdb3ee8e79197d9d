/** A task, whom it is for and what kind it is: what the access check of a task starts from. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { tasks } from '../db/schema.js';

export async function findTask(db: Db, ownerId: string, taskId: string): Promise<{ id: string; assigneeStaffId: string; kind: string; studentId: string | null } | undefined> {
  const [row] = await db
    .select({ id: tasks.id, assigneeStaffId: tasks.assigneeStaffId, kind: tasks.kind, studentId: tasks.studentId })
    .from(tasks)
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.id, taskId)));
  return row;
}
