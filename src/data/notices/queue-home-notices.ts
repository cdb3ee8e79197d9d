/**
 * The notices to the home that a change in a case causes, queued in that change's transaction:
 * the summons to a meeting (to the people of the home it invites), and a copy of a document (to
 * the people of the home on its distribution list). The school's staff are not sent these: they
 * see the meeting and the document in Varde.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { CopiedDocumentKind } from '../../domain/notices/notice-kinds.js';
import type { MeetingKind } from '../../domain/vocabulary.js';
import { findHomeOfStudent, homeRecipientsNamed, sameDayRecipients, type HomeOfStudent } from './find-notice-recipients.js';
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

/**
 * A copy of a document to the people of the home. `reason` names what the document is of (the
 * conversation, the plan version, the agreement), not the stored PDF: a PDF is made again each
 * time someone downloads it, and the home is told of a document once — ever, not once a day —
 * unless someone sends it again from the delivery log.
 */
export async function queueCopyNotices(
  tx: Db,
  context: HomeNoticeContext,
  document: { reason: string; kind: CopiedDocumentKind; documentId: string | null; recipients: (home: HomeOfStudent) => NoticeRecipient[] },
): Promise<string[]> {
  const home = await findHomeOfStudent(tx, context.ownerId, context.studentId);
  if (!home) return [];
  const told = new Set(
    (
      await queryRows<{ recipient_id: string }>(
        tx,
        sql`select recipient_id from notices where owner_id = ${context.ownerId} and kind = 'kopi' and reason = ${document.reason} and student_id = ${context.studentId}`,
      )
    ).map((r) => r.recipient_id),
  );
  return queueNotices(
    tx,
    { ...causeOf(context, home), kind: 'kopi', reason: document.reason, subjectId: document.documentId, facts: { schoolName: home.schoolName, documentKind: document.kind } },
    document.recipients(home).filter((r) => !told.has(r.id)),
    context.channels,
  );
}

/** The people of the home named on a distribution list. */
export const namedIn =
  (names: readonly string[]) =>
  (home: HomeOfStudent): NoticeRecipient[] =>
    homeRecipientsNamed(home, names);

/**
 * A plan shared with the home: the guardians with parental responsibility while the student is a
 * minor. The student is told in school: Varde keeps no address of theirs.
 */
export const guardiansOf =
  (day: string) =>
  (home: HomeOfStudent): NoticeRecipient[] =>
    sameDayRecipients(home, day);

function causeOf(context: HomeNoticeContext, home: HomeOfStudent) {
  return { ownerId: context.ownerId, schoolId: home.schoolId, studentId: context.studentId, caseId: context.caseId, day: context.day, createdBy: context.createdBy };
}
