/**
 * The clarification meeting held and the form signed in it (the seed: "fylt ut og underskrive på
 * møtet"). Refused while a mandatory part was not present (src/domain/ot/avklaring-participants.ts
 * says which), so the answer can name them. Held, the meeting keeps who was present, the form its
 * signatures, and the case moves to the step "avtale": the school closes the case or writes the
 * student out. The signed PDF is made by the caller (src/server/ot/make-agreement-document.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseParticipants, meetings, otAvklaringar } from '../../../db/schema.js';
import { missingMandatory, type AvklaringParticipantKind, type MandatoryPart } from '../../../domain/ot/avklaring-participants.js';
import { avklaringStepTask, stepDueOn } from '../../../domain/ot/avklaring-workflow.js';
import { osloDate } from '../../../lib/clock.js';
import { caseCalendar } from '../../cases/case-calendar.js';
import { appendCaseEvent, eventIn } from '../../cases/case-events.js';
import type { FoundAvklaringMeeting, InvitedParticipant } from './find-pending-meeting.js';
import type { LoadedAvklaring } from './load-avklaring.js';
import { moveAvklaringStep } from './move-avklaring-step.js';

/** Who was present: an invited participant (by index), or someone who came along. */
export type PresentParticipant = InvitedParticipant & { invitedIndex: number | null };

export type HeldResult =
  | { ok: true }
  | { ok: false; problem: 'not_pending' | 'signed' | 'not_yet' }
  | { ok: false; problem: 'no_such_participant'; index: number }
  | { ok: false; problem: 'parts_missing'; missing: MandatoryPart[] };

/** Whether the meeting waits for its outcome in this case: the latest, in the step "samtale", the form unsigned. */
export function pendingProblem(avklaring: LoadedAvklaring, found: FoundAvklaringMeeting, today: string): 'not_pending' | 'signed' | 'not_yet' | null {
  if (avklaring.kase.status !== 'aapen' || avklaring.kase.step !== 'samtale' || !found.latest || found.meeting.outcome !== null) return 'not_pending';
  if (avklaring.form.signedAt) return 'signed';
  if (osloDate(found.meeting.startsAt) > today) return 'not_yet';
  return null;
}

export async function recordMeetingHeld(
  db: Db,
  avklaring: LoadedAvklaring,
  found: FoundAvklaringMeeting,
  input: {
    present: number[];
    alsoPresent: Array<{ kind: AvklaringParticipantKind; name: string; staffId?: string | undefined }>;
    signedBy: string[];
    student: { birthDate: string | null };
    actorStaffId: string;
    today: string;
    now: Date;
  },
): Promise<HeldResult> {
  const { kase } = avklaring;
  const problem = pendingProblem(avklaring, found, input.today);
  if (problem) return { ok: false, problem };
  const outside = input.present.find((i) => i >= found.invited.length);
  if (outside !== undefined) return { ok: false, problem: 'no_such_participant', index: outside };

  const present: PresentParticipant[] = [
    ...[...new Set(input.present)].sort((a, b) => a - b).map((i) => ({ ...found.invited[i]!, invitedIndex: i })),
    ...input.alsoPresent.map((p) => ({ kind: p.kind, name: p.name, ...(p.staffId ? { staffId: p.staffId } : {}), invitedIndex: null })),
  ];
  const meetingOn = osloDate(found.meeting.startsAt);
  const missing = missingMandatory(present.map((p) => p.kind), input.student.birthDate, meetingOn);
  if (missing.length > 0) return { ok: false, problem: 'parts_missing', missing };

  return db.transaction(async (tx) => {
    await tx.update(meetings).set({ outcome: 'holdt', present }).where(and(eq(meetings.ownerId, kase.ownerId), eq(meetings.id, found.meeting.id)));
    await tx
      .update(otAvklaringar)
      .set({ signedAt: input.now, signatures: input.signedBy.map((name) => ({ name, signedOn: input.today })), updatedAt: input.now })
      .where(and(eq(otAvklaringar.ownerId, kase.ownerId), eq(otAvklaringar.caseId, kase.id)));
    const staffIds = [...new Set(input.alsoPresent.map((p) => p.staffId).filter((id): id is string => !!id))];
    if (staffIds.length > 0) {
      await tx.insert(caseParticipants).values(staffIds.map((staffId) => ({ ownerId: kase.ownerId, caseId: kase.id, staffId, role: 'deltaker' }))).onConflictDoNothing();
    }
    await appendCaseEvent(tx, eventIn({ kase, actorStaffId: input.actorStaffId }, 'avklaringssamtale_held', null, { meetingId: found.meeting.id, present: present.length, signedBy: input.signedBy }));
    const calendar = await caseCalendar(tx, kase.ownerId, kase.schoolId, input.today);
    await moveAvklaringStep(tx, {
      kase,
      to: 'avtale',
      dueOn: stepDueOn(calendar, 'avtale', input.today),
      task: avklaringStepTask.avtale,
      actorStaffId: input.actorStaffId,
      today: input.today,
      now: input.now,
      why: 'held',
    });
    return { ok: true as const };
  });
}
