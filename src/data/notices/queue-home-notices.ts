/**
 * The notices to the home that a change in a case causes, queued in that change's transaction:
 * the summons to a meeting (to the people of the home it invites), and a copy of a document (to
 * the people of the home on its distribution list). The school's staff are not sent these: they
 * see the meeting and the document in Varde.
 */
import type { Db } from '../../db/database.js';
import type { CopiedDocumentKind } from '../../domain/notices/notice-kinds.js';
import type { MeetingKind } from '../../domain/vocabulary.js';
import { findHomeOfStudent, homeRecipientsNamed, type HomeOfStudent } from './find-notice-recipients.js';
import { queueNotices, type NoticeChannels, type NoticeRecipient } from './queue-notices.js';

export interface HomeNoticeContext {
  ownerId: string;
  studentId: string;
  caseId: string;
  createdBy: string;
  /** Today in Norway. */
  day: string;
  channels: NoticeChannels;
}

export async function queueSummonsNotices(
  tx: Db,
  context: HomeNoticeContext,
  meeting: { id: string; kind: MeetingKind; startsAt: string; place: string; invitedNames: readonly string[] },
): Promise<string[]> {
  const home = await findHomeOfStudent(tx, context.ownerId, context.studentId);
  if (!home) return [];
  return queueNotices(
    tx,
    {
      ...causeOf(context, home),
      kind: 'innkalling',
      reason: `meeting:${meeting.id}`,
      subjectId: meeting.id,
      facts: { schoolName: home.schoolName, meetingKind: meeting.kind, startsAt: meeting.startsAt, place: meeting.place },
    },
    homeRecipientsNamed(home, meeting.invitedNames),
    context.channels,
  );
}

export async function queueCopyNotices(
  tx: Db,
  context: HomeNoticeContext,
  document: { id: string; kind: CopiedDocumentKind; sentTo: readonly string[] },
  /** Who gets it when the distribution list names nobody of the home (a plan shared with the home). */
  recipients?: (home: HomeOfStudent) => NoticeRecipient[],
): Promise<string[]> {
  const home = await findHomeOfStudent(tx, context.ownerId, context.studentId);
  if (!home) return [];
  return queueNotices(
    tx,
    { ...causeOf(context, home), kind: 'kopi', reason: `document:${document.id}`, subjectId: document.id, facts: { schoolName: home.schoolName, documentKind: document.kind } },
    recipients ? recipients(home) : homeRecipientsNamed(home, document.sentTo),
    context.channels,
  );
}

function causeOf(context: HomeNoticeContext, home: HomeOfStudent) {
  return { ownerId: context.ownerId, schoolId: home.schoolId, studentId: context.studentId, caseId: context.caseId, day: context.day, createdBy: context.createdBy };
}
