/**
 * Opens a clarification case with OT (ot_avklaring) for a student: from the student's page, from a
 * flag, or from an open case (both cases then name each other in their history). One open
 * clarification case per student: a second names the first when the opener may see it. The first
 * step (forebuing) starts today with its deadline and its task for the responsible person (the
 * contact teacher unless someone else is named); the form starts with "Opplysingar om eleven"
 * prefilled from what Varde knows, in the owner's written language.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseParticipants, cases, flags, otAvklaringar, owners } from '../../../db/schema.js';
import { can, type Person } from '../../../domain/access-policy.js';
import { caseOrigin, participantsOnOpening, responsibleOnOpening } from '../../../domain/cases/open-case.js';
import { avklaringStepTask, stepDueOn, type AvklaringGround } from '../../../domain/ot/avklaring-workflow.js';
import { prefillOpplysingar } from '../../../domain/ot/opplysingar-prefill.js';
import { loadStaffMember } from '../../load-staff-member.js';
import { caseCalendar } from '../../cases/case-calendar.js';
import { appendCaseEvent } from '../../cases/case-events.js';
import { createStepTask } from '../../cases/create-step-task.js';
import { findCaseParticipants } from '../../cases/find-case-participants.js';
import { findContactTeacher } from '../../cases/find-contact-teacher.js';
import { loadOpplysingarFacts } from './load-opplysingar-facts.js';

export interface OpenAvklaringInput {
  ownerId: string;
  schoolId: string;
  studentId: string;
  actorStaffId: string;
  /** Who opens it: what they may see of the student's other cases. */
  opener: Person;
  ground: AvklaringGround;
  reason: string;
  flagId?: string | undefined;
  fromCaseId?: string | undefined;
  responsibleStaffId?: string | undefined;
  today: string;
}

export type OpenAvklaringResult =
  | { ok: true; caseId: string }
  | { ok: false; problem: 'flag_not_of_student' | 'case_not_of_student' | 'responsible_not_at_school' }
  | { ok: false; problem: 'already_open'; existingCaseId: string | null };

export async function openAvklaring(db: Db, input: OpenAvklaringInput): Promise<OpenAvklaringResult> {
  const { ownerId, studentId } = input;
  return db.transaction(async (tx) => {
    let flag: { studentId: string; ruleCode: string } | undefined;
    if (input.flagId) {
      [flag] = await tx.select({ studentId: flags.studentId, ruleCode: flags.ruleCode }).from(flags).where(and(eq(flags.ownerId, ownerId), eq(flags.id, input.flagId)));
      if (!flag || flag.studentId !== studentId) return { ok: false, problem: 'flag_not_of_student' };
    }
    let fromCase: { id: string; step: string } | undefined;
    if (input.fromCaseId) {
      const [row] = await tx
        .select({ id: cases.id, studentId: cases.studentId, schoolId: cases.schoolId, step: cases.step, status: cases.status })
        .from(cases)
        .where(and(eq(cases.ownerId, ownerId), eq(cases.id, input.fromCaseId)));
      const participants = row ? ((await findCaseParticipants(tx, ownerId, [row.id])).get(row.id) ?? []) : [];
      // A case the opener may not see is answered as one that is not there.
      if (!row || row.studentId !== studentId || row.status !== 'aapen' || !can(input.opener, 'case.see', { schoolId: row.schoolId, participantStaffIds: participants })) {
        return { ok: false, problem: 'case_not_of_student' };
      }
      fromCase = row;
    }

    // One clarification at a time: a second meeting process beside the first would split what OT is told.
    const open = await tx
      .select({ id: cases.id, schoolId: cases.schoolId })
      .from(cases)
      .where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId), eq(cases.kind, 'ot_avklaring'), eq(cases.status, 'aapen')));
    if (open.length > 0) {
      const participants = await findCaseParticipants(tx, ownerId, open.map((c) => c.id));
      const seen = open.find((c) => can(input.opener, 'case.see', { schoolId: c.schoolId, participantStaffIds: participants.get(c.id) ?? [] }));
      return { ok: false, problem: 'already_open', existingCaseId: seen?.id ?? null };
    }

    const responsible = responsibleOnOpening({
      chosen: input.responsibleStaffId,
      contactTeacher: await findContactTeacher(tx, ownerId, studentId, input.today),
      opener: input.actorStaffId,
    });
    // The school holds the meeting ("Skulen har ansvaret"): the responsible person works at the school.
    if (!can(await loadStaffMember(tx, ownerId, responsible), 'case.take_part', { schoolId: input.schoolId, participantStaffIds: [] })) {
      return { ok: false, problem: 'responsible_not_at_school' };
    }

    const calendar = await caseCalendar(tx, ownerId, input.schoolId, input.today);
    const step = 'forebuing' as const;
    const dueOn = stepDueOn(calendar, step, input.today);
    const openedFrom = caseOrigin('manuelt', flag);
    const [created] = await tx
      .insert(cases)
      .values({
        ownerId,
        schoolId: input.schoolId,
        studentId,
        kind: 'ot_avklaring',
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
    await tx.insert(caseParticipants).values(participantsOnOpening(responsible, input.actorStaffId).map(({ staffId, role }) => ({ ownerId, caseId, staffId, role })));
    await appendCaseEvent(tx, {
      ownerId,
      caseId,
      actorStaffId: input.actorStaffId,
      kind: 'opened',
      step,
      text: input.reason,
      detail: { openedFrom, flagId: input.flagId ?? null, fromCaseId: fromCase?.id ?? null, ground: input.ground, on: input.today },
    });
    if (fromCase) {
      await appendCaseEvent(tx, { ownerId, caseId: fromCase.id, actorStaffId: input.actorStaffId, kind: 'ot_avklaring_opened', step: fromCase.step, text: input.reason, detail: { caseId, ground: input.ground, on: input.today } });
    }
    await createStepTask(tx, { ownerId, schoolId: input.schoolId, caseId, studentId, assigneeStaffId: responsible, kind: avklaringStepTask[step], dueOn });

    const [owner] = await tx.select({ maalform: owners.maalform }).from(owners).where(eq(owners.id, ownerId));
    const language = owner?.maalform === 'nn' ? 'nn' : 'nb';
    const facts = await loadOpplysingarFacts(tx, { ownerId, schoolId: input.schoolId, studentId, today: input.today });
    await tx.insert(otAvklaringar).values({ ownerId, caseId, ground: input.ground, opplysingar: prefillOpplysingar(facts, language), language });
    return { ok: true, caseId };
  });
}
