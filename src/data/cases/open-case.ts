/**
 * Opens a case for a student: from a flag, from a teacher's report (its flag), or by hand. The
 * responsible person defaults to the student's contact teacher; the first step starts today with
 * its deadline and its task, and the flag tasks whose duty the case does for that person close as
 * taken over (take-over-flag-tasks.ts). One open case of a kind per student that the opener can
 * see: a second would split the story. One they cannot see is not named to them (openCasesOnOpening).
 * This file reads and writes; src/domain/cases/open-case.ts decides.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases, flags } from '../../db/schema.js';
import { can, type Person } from '../../domain/access-policy.js';
import { firstStep, stepDeadline, stepTask, type FollowUpCaseKind } from '../../domain/cases/case-workflow.js';
import { caseOrigin, openCasesOnOpening, participantsOnOpening, responsibleOnOpening } from '../../domain/cases/open-case.js';
import type { CaseOrigin } from '../../domain/vocabulary.js';
import { loadStaffMember } from '../load-staff-member.js';
import { caseCalendar } from './case-calendar.js';
import { appendCaseEvent } from './case-events.js';
import { createStepTask } from './create-step-task.js';
import { findCaseParticipants } from './find-case-participants.js';
import { findContactTeacher } from './find-contact-teacher.js';
import { takeOverFlagTasks } from './take-over-flag-tasks.js';

export interface OpenCaseInput {
  ownerId: string;
  schoolId: string;
  studentId: string;
  actorStaffId: string;
  /** Who opens it, for what they may see of the student's other open cases; without it, everything. */
  opener?: Person | undefined;
  kind: FollowUpCaseKind;
  openedFrom: CaseOrigin;
  flagId?: string | undefined;
  reason: string;
  responsibleStaffId?: string | undefined;
  today: string;
  /** When the case opens: the flag tasks it takes over are closed at this moment. */
  now?: Date | undefined;
}

export type OpenCaseResult =
  | { ok: true; caseId: string }
  | { ok: false; problem: 'flag_not_of_student' | 'already_open' | 'responsible_not_at_school'; existingCaseId?: string };

export async function openCase(db: Db, input: OpenCaseInput): Promise<OpenCaseResult> {
  return db.transaction(async (tx) => {
    let flag: { studentId: string; ruleCode: string } | undefined;
    if (input.flagId) {
      [flag] = await tx
        .select({ studentId: flags.studentId, ruleCode: flags.ruleCode })
        .from(flags)
        .where(and(eq(flags.ownerId, input.ownerId), eq(flags.id, input.flagId)));
      if (!flag || flag.studentId !== input.studentId) return { ok: false, problem: 'flag_not_of_student' };
    }
    const openedFrom = caseOrigin(input.openedFrom, flag);
    const open = await tx
      .select({ id: cases.id, schoolId: cases.schoolId, step: cases.step })
      .from(cases)
      .where(and(eq(cases.ownerId, input.ownerId), eq(cases.studentId, input.studentId), eq(cases.kind, input.kind), eq(cases.status, 'aapen')));
    const participants = await findCaseParticipants(tx, input.ownerId, open.map((c) => c.id));
    const existing = openCasesOnOpening(
      open.map((c) => ({ ...c, participantStaffIds: participants.get(c.id) ?? [] })),
      input.opener,
    );
    if (existing.seen) return { ok: false, problem: 'already_open', existingCaseId: existing.seen };

    const responsible = responsibleOnOpening({
      chosen: input.responsibleStaffId,
      contactTeacher: await findContactTeacher(tx, input.ownerId, input.studentId, input.today),
      opener: input.actorStaffId,
    });
    const mayTakePart = can(await loadStaffMember(tx, input.ownerId, responsible), 'case.take_part', { schoolId: input.schoolId, participantStaffIds: [] });
    if (!mayTakePart) return { ok: false, problem: 'responsible_not_at_school' };

    const calendar = await caseCalendar(tx, input.ownerId, input.schoolId, input.today);
    const step = firstStep(input.kind);
    const dueOn = stepDeadline(calendar, input.kind, step, input.today);
    const [created] = await tx
      .insert(cases)
      .values({
        ownerId: input.ownerId,
        schoolId: input.schoolId,
        studentId: input.studentId,
        kind: input.kind,
        step,
        status: 'aapen',
        openedFrom,
        flagId: input.flagId ?? null,
        responsibleStaffId: responsible,
        openedBy: input.actorStaffId,
        reason: input.reason,
        stepStartedOn: input.today,
        stepDueOn: dueOn,
      })
      .returning({ id: cases.id });
    const caseId = created!.id;
    const people = participantsOnOpening(responsible, input.actorStaffId);
    await tx.insert(caseParticipants).values(people.map(({ staffId, role }) => ({ ownerId: input.ownerId, caseId, staffId, role })));
    await appendCaseEvent(tx, { ownerId: input.ownerId, caseId, actorStaffId: input.actorStaffId, kind: 'opened', step, text: input.reason, detail: { openedFrom, flagId: input.flagId ?? null, on: input.today } });
    await createStepTask(tx, {
      ownerId: input.ownerId,
      schoolId: input.schoolId,
      caseId,
      studentId: input.studentId,
      assigneeStaffId: responsible,
      kind: stepTask(input.kind, step),
      dueOn,
    });
    // A case the opener may not see is told of this one, so that its people can join the two.
    for (const hidden of open.filter((c) => existing.hidden.includes(c.id))) {
      await appendCaseEvent(tx, { ownerId: input.ownerId, caseId: hidden.id, actorStaffId: input.actorStaffId, kind: 'parallel_opened', step: hidden.step, text: input.reason, detail: { caseId } });
    }
    // The duties the case does for its responsible person are now the case's: the flag's tasks for them close.
    await takeOverFlagTasks(tx, { ownerId: input.ownerId, openCase: { studentId: input.studentId, kind: input.kind, responsibleStaffId: responsible }, now: input.now ?? new Date() });
    return { ok: true, caseId };
  });
}
