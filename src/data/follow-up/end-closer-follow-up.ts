/** Ends a student's open closer-follow-up mark, if any, and closes its review task. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { closerFollowUps, tasks } from '../../db/schema.js';
import type { CloserFollowUpEndReason } from '../../domain/follow-up/closer-follow-up.js';

export async function endCloserFollowUp(
  db: Db,
  input: { ownerId: string; studentId: string; staffId: string; now: Date; reason: CloserFollowUpEndReason; note?: string | null },
): Promise<string | null> {
  const [ended] = await db
    .update(closerFollowUps)
    .set({ endedAt: input.now, endedBy: input.staffId, endReason: input.reason, endNote: input.note ?? null })
    .where(and(eq(closerFollowUps.ownerId, input.ownerId), eq(closerFollowUps.studentId, input.studentId), isNull(closerFollowUps.endedAt)))
    .returning({ id: closerFollowUps.id, reviewTaskId: closerFollowUps.reviewTaskId });
  if (!ended) return null;
  if (ended.reviewTaskId) {
    await db
      .update(tasks)
      .set({ doneAt: input.now })
      .where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.id, ended.reviewTaskId), isNull(tasks.doneAt)));
  }
  return ended.id;
}
