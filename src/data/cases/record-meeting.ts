/**
 * A case meeting with its summons: when, where, who is invited and why. A summons sent by e-mail
 * or digitally also queues a notice to each person of the home it invites, in the same
 * transaction (docs/notices.md); one sent as a letter goes on paper only.
 */
import type { Db } from '../../db/database.js';
import { meetings } from '../../db/schema.js';
import type { MeetingKind } from '../../domain/vocabulary.js';
import { queueSummonsNotices } from '../notices/queue-home-notices.js';
import type { NoticeChannels } from '../notices/queue-notices.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function recordMeeting(
  db: Db,
  who: CaseChange,
  input: { kind: string; startsAt: string; place: string; invited: Array<{ name: string; role: string }>; summonsChannel: string; purpose: string; sentOn: string },
  channels: NoticeChannels,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({
        ownerId: who.kase.ownerId,
        schoolId: who.kase.schoolId,
        caseId: who.kase.id,
        kind: input.kind,
        startsAt: new Date(input.startsAt),
        place: input.place,
        invited: input.invited,
        // A case meeting's agenda is its purpose, as the summons states it.
        agenda: [input.purpose],
        summonsSentOn: input.sentOn,
        summonsChannel: input.summonsChannel,
        createdBy: who.actorStaffId,
      })
      .returning({ id: meetings.id });
    await appendCaseEvent(tx, eventIn(who, 'meeting', input.purpose.slice(0, 200), { meetingId: row!.id, kind: input.kind, startsAt: input.startsAt }));
    if (input.summonsChannel !== 'brev') {
      await queueSummonsNotices(
        tx,
        { ownerId: who.kase.ownerId, studentId: who.kase.studentId, caseId: who.kase.id, createdBy: who.actorStaffId, day: input.sentOn, channels },
        { id: row!.id, kind: input.kind as MeetingKind, startsAt: input.startsAt, place: input.place, invitedNames: input.invited.map((p) => p.name) },
      );
    }
    return row!.id;
  });
}
