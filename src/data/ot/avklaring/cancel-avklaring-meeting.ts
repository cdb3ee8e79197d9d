/**
 * A summoned clarification meeting called off before it is held (OT cannot come, the family asks
 * for another day): the meeting keeps the outcome "avlyst" with the reason, and the case goes back
 * to preparing, with the task to summon the new meeting within a week — a new written summons, so
 * that the student and guardians are told the new time the way they were told the first.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { meetings } from '../../../db/schema.js';
import { newMeetingSchoolDays } from '../../../domain/ot/avklaring-workflow.js';
import { addSchoolDays } from '../../../domain/school-calendar.js';
import { caseCalendar } from '../../cases/case-calendar.js';
import { appendCaseEvent, eventIn } from '../../cases/case-events.js';
import type { FoundAvklaringMeeting } from './find-pending-meeting.js';
import type { LoadedAvklaring } from './load-avklaring.js';
import { moveAvklaringStep } from './move-avklaring-step.js';
import { pendingProblem } from './record-meeting-held.js';

export type CancelResult = { ok: true } | { ok: false; problem: 'not_pending' | 'signed' };

export async function cancelAvklaringMeeting(
  db: Db,
  avklaring: LoadedAvklaring,
  found: FoundAvklaringMeeting,
  input: { reason: string; actorStaffId: string; today: string; now: Date },
): Promise<CancelResult> {
  const { kase } = avklaring;
  // Called off before its day as well as on it ('not_yet' is no hindrance); not once held, missed or called off.
  const problem = pendingProblem(avklaring, found, input.today);
  if (problem === 'not_pending' || problem === 'signed') return { ok: false, problem };

  return db.transaction(async (tx) => {
    const who = { kase, actorStaffId: input.actorStaffId };
    await tx.update(meetings).set({ outcome: 'avlyst' }).where(and(eq(meetings.ownerId, kase.ownerId), eq(meetings.id, found.meeting.id)));
    await appendCaseEvent(tx, eventIn(who, 'avlyst', input.reason, { meetingId: found.meeting.id }));
    const calendar = await caseCalendar(tx, kase.ownerId, kase.schoolId, input.today);
    await moveAvklaringStep(tx, {
      kase,
      to: 'forebuing',
      dueOn: addSchoolDays(calendar, input.today, newMeetingSchoolDays),
      task: 'kall_inn_ny_avklaringssamtale',
      actorStaffId: input.actorStaffId,
      today: input.today,
      now: input.now,
      why: 'avlyst',
    });
    return { ok: true as const };
  });
}
