/**
 * The clarification meeting summoned: refused while what must come first is missing (OT has agreed
 * the time, "Opplysingar om eleven" is filled in) or while the invitations leave out a mandatory
 * part (the guardians when the student is under 18 on the meeting day). Otherwise the meeting is
 * stored with its participants and the day the summons is sent, the staff invited take part in the
 * case, and the case moves to the step "samtale" with the meeting day as its deadline. The written
 * summons itself is made by the caller (src/server/ot/make-avklaring-summons-document.ts).
 */
import type { Db } from '../../../db/database.js';
import { caseParticipants, meetings } from '../../../db/schema.js';
import { missingInvitations, type AvklaringParticipantKind, type MandatoryPart } from '../../../domain/ot/avklaring-participants.js';
import { preparationChecklist } from '../../../domain/ot/avklaring-preparation.js';
import { avklaringStepTask, stepDueOn, type PreparationItem } from '../../../domain/ot/avklaring-workflow.js';
import { osloDate } from '../../../lib/clock.js';
import { caseCalendar } from '../../cases/case-calendar.js';
import { appendCaseEvent, eventIn } from '../../cases/case-events.js';
import type { LoadedAvklaring } from './load-avklaring.js';
import { byStaffId, loadPreparationRecords } from './load-preparation-records.js';
import { moveAvklaringStep } from './move-avklaring-step.js';

export interface SummonInput {
  startsAt: string;
  place: string;
  participants: Array<{ kind: AvklaringParticipantKind; name: string; staffId?: string | undefined }>;
  summonsChannel: string;
  student: { birthDate: string | null };
  actorStaffId: string;
  today: string;
  now: Date;
}

export type SummonResult =
  | { ok: true; meetingId: string; meetingOn: string }
  | { ok: false; problem: 'not_in_preparation'; step: string }
  | { ok: false; problem: 'preparation_missing'; missing: PreparationItem[] }
  | { ok: false; problem: 'parts_missing'; missing: MandatoryPart[]; meetingOn: string };

export async function summonAvklaringMeeting(db: Db, avklaring: LoadedAvklaring, input: SummonInput): Promise<SummonResult> {
  const { kase } = avklaring;
  if (kase.step !== 'forebuing') return { ok: false, problem: 'not_in_preparation', step: kase.step };
  const records = await loadPreparationRecords(db, avklaring, input.student);
  const { missingBeforeSummons } = preparationChecklist(byStaffId(records));
  if (missingBeforeSummons.length > 0) return { ok: false, problem: 'preparation_missing', missing: missingBeforeSummons };
  const meetingOn = osloDate(new Date(input.startsAt));
  const missing = missingInvitations(input.participants.map((p) => p.kind), input.student.birthDate, meetingOn);
  if (missing.length > 0) return { ok: false, problem: 'parts_missing', missing, meetingOn };

  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({
        ownerId: kase.ownerId,
        schoolId: kase.schoolId,
        caseId: kase.id,
        kind: 'avklaringssamtale',
        startsAt: new Date(input.startsAt),
        place: input.place,
        invited: input.participants.map((p) => ({ kind: p.kind, name: p.name, ...(p.staffId ? { staffId: p.staffId } : {}) })),
        summonsSentOn: input.today,
        summonsChannel: input.summonsChannel,
        createdBy: input.actorStaffId,
      })
      .returning({ id: meetings.id });
    const meetingId = row!.id;
    const staffIds = [...new Set(input.participants.map((p) => p.staffId).filter((id): id is string => !!id))];
    if (staffIds.length > 0) {
      await tx
        .insert(caseParticipants)
        .values(staffIds.map((staffId) => ({ ownerId: kase.ownerId, caseId: kase.id, staffId, role: 'deltaker' })))
        .onConflictDoNothing();
    }
    await appendCaseEvent(tx, eventIn({ kase, actorStaffId: input.actorStaffId }, 'meeting', null, { meetingId, kind: 'avklaringssamtale', startsAt: input.startsAt }));
    const calendar = await caseCalendar(tx, kase.ownerId, kase.schoolId, input.today);
    await moveAvklaringStep(tx, {
      kase,
      to: 'samtale',
      dueOn: stepDueOn(calendar, 'samtale', input.today, meetingOn),
      task: avklaringStepTask.samtale,
      actorStaffId: input.actorStaffId,
      today: input.today,
      now: input.now,
      why: 'summoned',
    });
    return { ok: true as const, meetingId, meetingOn };
  });
}
