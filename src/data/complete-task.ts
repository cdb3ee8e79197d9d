/** Marks one of the person's own open tasks done; false when it was done already. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { tasks } from '../db/schema.js';

export async function completeTask(db: Db, ownerId: string, staffId: string, taskId: string, now: Date): Promise<boolean> {
  const updated = await db
    .update(tasks)
    .set({ doneAt: now })
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.id, taskId), eq(tasks.assigneeStaffId, staffId), isNull(tasks.doneAt)))
    .returning({ id: tasks.id });
  return updated.length > 0;
}
