/**
 * A clarification case enters a step (src/domain/ot/avklaring-workflow.ts): the open tasks of the
 * step it leaves are done, the case gets the step's deadline, and its responsible person the task
 * that carries it. Runs inside the caller's transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { cases } from '../../../db/schema.js';
import type { AvklaringStep, AvklaringTaskKind } from '../../../domain/ot/avklaring-workflow.js';
import { appendCaseEvent } from '../../cases/case-events.js';
import { closeCaseTasks } from '../../cases/close-case-tasks.js';
import { createStepTask } from '../../cases/create-step-task.js';
import type { LoadedCase } from '../../cases/load-case.js';

export async function moveAvklaringStep(
  db: Db,
  input: { kase: LoadedCase; to: AvklaringStep; dueOn: string; task: AvklaringTaskKind; actorStaffId: string; today: string; now: Date; why: string; note?: string | null },
): Promise<void> {
  const { kase } = input;
  await closeCaseTasks(db, kase.ownerId, kase.id, input.now);
  await db
    .update(cases)
    .set({ step: input.to, stepStartedOn: input.today, stepDueOn: input.dueOn })
    .where(and(eq(cases.ownerId, kase.ownerId), eq(cases.id, kase.id)));
  await appendCaseEvent(db, { ownerId: kase.ownerId, caseId: kase.id, actorStaffId: input.actorStaffId, kind: 'step', step: input.to, text: input.note ?? null, detail: { from: kase.step, why: input.why, on: input.today } });
  await createStepTask(db, { ownerId: kase.ownerId, schoolId: kase.schoolId, caseId: kase.id, studentId: kase.studentId, assigneeStaffId: kase.responsibleStaffId, kind: input.task, dueOn: input.dueOn });
}
