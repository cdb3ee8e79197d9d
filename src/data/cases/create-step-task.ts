/**
 * Entering a step gives the case's responsible person the step's task, with the step's deadline.
 * The task is stored by its kind; the web app says it in the reader's language (taskKind.*).
 */
import type { Db } from '../../db/database.js';
import { tasks } from '../../db/schema.js';
import type { CaseTaskKind } from '../../domain/cases/case-workflow.js';
import type { AvklaringTaskKind } from '../../domain/ot/avklaring-workflow.js';

export async function createStepTask(
  db: Db,
  input: { ownerId: string; schoolId: string; caseId: string; studentId: string; assigneeStaffId: string; kind: CaseTaskKind | AvklaringTaskKind; dueOn: string },
): Promise<void> {
  await db.insert(tasks).values({
    ownerId: input.ownerId,
    schoolId: input.schoolId,
    caseId: input.caseId,
    studentId: input.studentId,
    assigneeStaffId: input.assigneeStaffId,
    kind: input.kind,
    // The title column holds the kind, as for a flag's tasks: words live in the web app's catalogs.
    title: input.kind,
    dueOn: input.dueOn,
  });
}
