/**
 * The tasks a case's steps give its responsible person. Entering a step creates the step's task
 * with the step's deadline; leaving it marks the open tasks of the case done.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { tasks } from '../../db/schema.js';
import type { CaseTaskKind } from '../../domain/cases/case-workflow.js';

/** Stored titles are bokmål for exports and logs; the web app translates by kind. */
export const caseTaskTitles: Record<CaseTaskKind, string> = {
  kontakt_hjem_og_drof: 'Kontakt foresatte og drøft fraværet med rektor',
  hold_kartleggingssamtale: 'Hold kartleggingssamtale',
  skriv_og_signer_plan: 'Skriv og signer planen',
  hold_evalueringsmote: 'Hold evalueringsmøte',
  registrer_evaluering: 'Registrer evalueringen og avgjør veien videre',
  undersok_saken: 'Undersøk saken',
  vurder_veien_videre: 'Vurder veien videre',
};

export async function createStepTask(
  db: Db,
  input: { ownerId: string; schoolId: string; caseId: string; studentId: string; assigneeStaffId: string; kind: CaseTaskKind; dueOn: string },
): Promise<void> {
  await db.insert(tasks).values({
    ownerId: input.ownerId,
    schoolId: input.schoolId,
    caseId: input.caseId,
    studentId: input.studentId,
    assigneeStaffId: input.assigneeStaffId,
    kind: input.kind,
    title: caseTaskTitles[input.kind],
    dueOn: input.dueOn,
  });
}

export async function closeCaseTasks(db: Db, ownerId: string, caseId: string, now: Date): Promise<void> {
  await db
    .update(tasks)
    .set({ doneAt: now })
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.caseId, caseId), isNull(tasks.doneAt)));
}

/** A new deadline for the current step (a signed plan set an earlier evaluation date). */
export async function moveOpenCaseTasks(db: Db, ownerId: string, caseId: string, dueOn: string): Promise<void> {
  await db
    .update(tasks)
    .set({ dueOn })
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.caseId, caseId), isNull(tasks.doneAt)));
}
