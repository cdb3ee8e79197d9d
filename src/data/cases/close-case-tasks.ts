/** Leaving a step (or closing the case) marks the case's open tasks done. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { tasks } from '../../db/schema.js';

export async function closeCaseTasks(db: Db, ownerId: string, caseId: string, now: Date): Promise<void> {
  await db
    .update(tasks)
    .set({ doneAt: now })
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.caseId, caseId), isNull(tasks.doneAt)));
}
