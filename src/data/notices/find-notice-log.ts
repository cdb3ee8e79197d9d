/**
 * The delivery log as the student's page and the case read it (issue 15, part 4): the notices
 * about a student or sent in a case, newest first, with the name of the person who caused each.
 */
import { and, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, notices, staff } from '../../db/schema.js';
import type { NoticeChannel, NoticeKind, NoticeReason, NoticeRecipientKind, NoticeStatus } from '../../domain/notices/notice-kinds.js';

export interface NoticeLogRow {
  id: string;
  schoolId: string;
  studentId: string | null;
  caseId: string | null;
  kind: NoticeKind;
  recipientKind: NoticeRecipientKind;
  recipientId: string;
  recipientName: string;
  channel: NoticeChannel | null;
  addressHint: string | null;
  status: NoticeStatus;
  statusReason: NoticeReason | null;
  statusDetail: string | null;
  day: string;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
  attempts: number;
  createdByName: string | null;
}

/** A staff member's own notices (the digest, a deadline reminder) are theirs, not the student's. */
const staffOwnKinds: NoticeKind[] = ['daglig_oppsummering', 'frist_paaminnelse'];

const columns = {
  id: notices.id,
  schoolId: notices.schoolId,
  studentId: notices.studentId,
  caseId: notices.caseId,
  kind: sql<NoticeKind>`${notices.kind}`,
  recipientKind: sql<NoticeRecipientKind>`${notices.recipientKind}`,
  recipientId: notices.recipientId,
  recipientName: notices.recipientName,
  channel: sql<NoticeChannel | null>`${notices.channel}`,
  addressHint: notices.addressHint,
  status: sql<NoticeStatus>`${notices.status}`,
  statusReason: sql<NoticeReason | null>`${notices.statusReason}`,
  statusDetail: notices.statusDetail,
  day: notices.day,
  createdAt: notices.createdAt,
  sentAt: notices.sentAt,
  deliveredAt: notices.deliveredAt,
  failedAt: notices.failedAt,
  attempts: notices.attempts,
  createdByName: sql<string | null>`case when ${staff.id} is null then null else ${staff.givenName} || ' ' || ${staff.familyName} end`,
};

function selectLog(db: Db) {
  return db
    .select(columns)
    .from(notices)
    .leftJoin(staff, and(eq(staff.ownerId, notices.ownerId), eq(staff.id, notices.createdBy)));
}

/** The notices about a student to the home (not staff's own), newest first. */
export async function findStudentNoticeLog(db: Db, ownerId: string, studentId: string): Promise<NoticeLogRow[]> {
  return selectLog(db)
    .where(and(eq(notices.ownerId, ownerId), eq(notices.studentId, studentId), notInArray(notices.kind, staffOwnKinds), sql`${notices.recipientKind} <> 'ansatt'`))
    .orderBy(desc(notices.createdAt), desc(notices.id));
}

/** Every notice sent in a case (a reminder of its step's deadline included), newest first. */
export async function findCaseNoticeLog(db: Db, ownerId: string, caseId: string): Promise<NoticeLogRow[]> {
  return selectLog(db)
    .where(and(eq(notices.ownerId, ownerId), eq(notices.caseId, caseId)))
    .orderBy(desc(notices.createdAt), desc(notices.id));
}

export async function findNoticeLine(db: Db, ownerId: string, noticeId: string): Promise<NoticeLogRow | undefined> {
  const [row] = await selectLog(db).where(and(eq(notices.ownerId, ownerId), eq(notices.id, noticeId)));
  return row;
}

/** The cases the log's lines were sent in, as the access policy asks about them. */
export async function findCasesOfNotices(db: Db, ownerId: string, rows: readonly NoticeLogRow[]): Promise<Array<{ id: string; schoolId: string; studentId: string }>> {
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  if (caseIds.length === 0) return [];
  return db
    .select({ id: cases.id, schoolId: cases.schoolId, studentId: cases.studentId })
    .from(cases)
    .where(and(eq(cases.ownerId, ownerId), inArray(cases.id, caseIds)));
}
