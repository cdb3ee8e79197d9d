/**
 * A case opens or moves: the open flag tasks whose duty it does for its student and responsible
 * person are closed as taken over by the case (src/domain/cases/take-over-flag-tasks.ts decides
 * which), so the person has one task for the duty — the case's step task. Runs inside the
 * caller's transaction.
 */
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { tasks } from '../../db/schema.js';
import { flagTasksTakenOver, type OpenCaseCover } from '../../domain/cases/take-over-flag-tasks.js';

export async function takeOverFlagTasks(db: Db, input: { ownerId: string; openCase: OpenCaseCover; now: Date }): Promise<number> {
  const { ownerId, openCase } = input;
  const open = await db
    .select({ id: tasks.id, studentId: tasks.studentId, assigneeStaffId: tasks.assigneeStaffId, kind: tasks.kind })
    .from(tasks)
    .where(
      and(
        eq(tasks.ownerId, ownerId),
        eq(tasks.studentId, openCase.studentId),
        eq(tasks.assigneeStaffId, openCase.responsibleStaffId),
        isNotNull(tasks.flagId),
        isNull(tasks.doneAt),
      ),
    );
  const taken = flagTasksTakenOver(openCase, open.map((t) => ({ ...t, studentId: t.studentId ?? '' })));
  if (taken.length === 0) return 0;
  await db
    .update(tasks)
    .set({ doneAt: input.now, closedReason: 'overtatt_av_sak' })
    .where(
      and(
        eq(tasks.ownerId, ownerId),
        inArray(tasks.id, taken.map((t) => t.id)),
        isNull(tasks.doneAt),
      ),
    );
  return taken.length;
}
