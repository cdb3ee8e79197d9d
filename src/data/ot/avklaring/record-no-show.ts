/**
 * The student did not come to the clarification meeting (src/domain/ot/no-show.ts decides what
 * follows): the try to reach the student or guardians at the start is logged as a contact with the
 * home, the meeting keeps the outcome "ikkje_mott", and the case either goes back to preparing a
 * new meeting — with the task to summon it within a week — or, when it is clear the student leaves
 * and the school decided with OT not to summon again, on to the step "avtale".
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { meetings } from '../../../db/schema.js';
import { newMeetingSchoolDays, stepDueOn } from '../../../domain/ot/avklaring-workflow.js';
import { noShowOutcome, type NoShowOutcome } from '../../../domain/ot/no-show.js';
import { addSchoolDays } from '../../../domain/school-calendar.js';
import { caseCalendar } from '../../cases/case-calendar.js';
import { appendCaseEvent, eventIn } from '../../cases/case-events.js';
import { recordHomeContact } from '../../cases/record-home-contact.js';
import type { FoundAvklaringMeeting } from './find-pending-meeting.js';
import type { LoadedAvklaring } from './load-avklaring.js';
import { moveAvklaringStep } from './move-avklaring-step.js';
import { pendingProblem } from './record-meeting-held.js';

export type NoShowResult =
  | { ok: true; next: Extract<NoShowOutcome, { ok: true }>['next'] }
  | { ok: false; problem: 'not_pending' | 'signed' | 'not_yet' | 'avgjerd_med_ot_manglar' | 'kontakt_ikkje_provd' };

export async function recordNoShow(
  db: Db,
  avklaring: LoadedAvklaring,
  found: FoundAvklaringMeeting,
  input: {
    contact: { channel: 'telefon' | 'sms'; who: string; outcome: string; note: string };
    unclearWhetherLeaving: boolean;
    decidedWithOt?: 'ny_samtale' | 'ingen_ny_samtale' | undefined;
    note: string;
    actorStaffId: string;
    today: string;
    now: Date;
  },
): Promise<NoShowResult> {
  const { kase } = avklaring;
  const problem = pendingProblem(avklaring, found, input.today);
  if (problem) return { ok: false, problem };
  const outcome = noShowOutcome({ contactTried: true, unclearWhetherLeaving: input.unclearWhetherLeaving, decidedWithOt: input.decidedWithOt });
  if (!outcome.ok) return { ok: false, problem: outcome.problem };

  return db.transaction(async (tx) => {
    const who = { kase, actorStaffId: input.actorStaffId };
    await recordHomeContact(tx, who, { contactedAt: input.now.toISOString(), guardianId: null, contactedName: input.contact.who, channel: input.contact.channel, outcome: input.contact.outcome, note: input.contact.note });
    await tx.update(meetings).set({ outcome: 'ikkje_mott' }).where(and(eq(meetings.ownerId, kase.ownerId), eq(meetings.id, found.meeting.id)));
    await appendCaseEvent(
      tx,
      eventIn(who, 'ikkje_mott', input.note || null, {
        meetingId: found.meeting.id,
        unclearWhetherLeaving: input.unclearWhetherLeaving,
        decidedWithOt: input.decidedWithOt ?? null,
        next: outcome.next,
        ...(outcome.next === 'kall_inn_ny' ? { reason: outcome.reason } : {}),
      }),
    );
    const calendar = await caseCalendar(tx, kase.ownerId, kase.schoolId, input.today);
    if (outcome.next === 'kall_inn_ny') {
      await moveAvklaringStep(tx, {
        kase,
        to: 'forebuing',
        dueOn: addSchoolDays(calendar, input.today, newMeetingSchoolDays),
        task: 'kall_inn_ny_avklaringssamtale',
        actorStaffId: input.actorStaffId,
        today: input.today,
        now: input.now,
        why: 'no_show',
      });
    } else {
      await moveAvklaringStep(tx, { kase, to: 'avtale', dueOn: stepDueOn(calendar, 'avtale', input.today), task: 'avslutt_avklaring', actorStaffId: input.actorStaffId, today: input.today, now: input.now, why: 'no_show' });
    }
    return { ok: true as const, next: outcome.next };
  });
}
