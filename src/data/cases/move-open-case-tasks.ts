/** A new deadline for the current step (a signed plan set an earlier evaluation date). */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { tasks } from '../../db/schema.js';

export async function moveOpenCaseTasks(db: Db, ownerId: string, caseId: string, dueOn: string): Promise<void> {
  await db
    .update(tasks)
    .set({ dueOn })
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.caseId, caseId), isNull(tasks.doneAt)));
}
