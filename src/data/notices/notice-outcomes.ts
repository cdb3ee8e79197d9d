/**
 * What the sender writes back to the delivery log. Each change is guarded by the status it
 * expects, so a job that runs twice (the queue delivers at least once) changes nothing the
 * second time; the sender reads the row again first and stops when it is no longer queued.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { NoticeChannel, NoticeKind, NoticeReason, NoticeLanguage, NoticeRecipientKind, NoticeStatus } from '../../domain/notices/notice-kinds.js';
import type { StoredFacts } from './queue-notices.js';

/** Why a try failed: the code, and the provider's own words where it gave some. */
export interface NoticeFailure {
  code: NoticeReason;
  detail: string | null;
}

export interface NoticeToSend {
  ownerId: string;
  id: string;
  schoolId: string;
  schoolName: string;
  studentId: string | null;
  caseId: string | null;
  kind: NoticeKind;
  subjectId: string | null;
  facts: StoredFacts<NoticeKind>;
  recipientKind: NoticeRecipientKind;
  recipientId: string;
  recipientName: string;
  channel: NoticeChannel | null;
  language: NoticeLanguage;
  day: string;
  status: NoticeStatus;
  attempts: number;
  createdBy: string | null;
  /** The address read now from the person's row (the log keeps only a masked one). */
  email: string | null;
  phone: string | null;
  /** The student's names, which no e-mail or SMS may carry. */
  studentNames: string[];
}

export async function loadNoticeToSend(db: Db, ownerId: string, noticeId: string): Promise<NoticeToSend | undefined> {
  const [row] = await queryRows<{
    id: string;
    school_id: string;
    school_name: string;
    student_id: string | null;
    case_id: string | null;
    kind: NoticeKind;
    subject_id: string | null;
    facts: StoredFacts<NoticeKind>;
    recipient_kind: NoticeRecipientKind;
    recipient_id: string;
    recipient_name: string;
    channel: NoticeChannel | null;
    language: NoticeLanguage;
    day: string;
    status: NoticeStatus;
    attempts: number;
    created_by: string | null;
    email: string | null;
    phone: string | null;
    given_name: string | null;
    family_name: string | null;
  }>(
    db,
    sql`select n.id, n.school_id, sc.name as school_name, n.student_id, n.case_id, n.kind, n.subject_id, n.facts, n.recipient_kind, n.recipient_id, n.recipient_name,
          n.channel, n.language, n.day::text as day, n.status, n.attempts, n.created_by,
          coalesce(g.email, s.email) as email, g.phone, st.given_name, st.family_name
        from notices n
        join schools sc on sc.owner_id = n.owner_id and sc.id = n.school_id
        left join guardians g on n.recipient_kind = 'foresatt' and g.owner_id = n.owner_id and g.id = n.recipient_id
        left join staff s on n.recipient_kind = 'ansatt' and s.owner_id = n.owner_id and s.id = n.recipient_id
        left join students st on st.owner_id = n.owner_id and st.id = n.student_id
        where n.owner_id = ${ownerId} and n.id = ${noticeId}`,
  );
  if (!row) return undefined;
  return {
    ownerId,
    id: row.id,
    schoolId: row.school_id,
    schoolName: row.school_name,
    studentId: row.student_id,
    caseId: row.case_id,
    kind: row.kind,
    subjectId: row.subject_id,
    facts: row.facts,
    recipientKind: row.recipient_kind,
    recipientId: row.recipient_id,
    recipientName: row.recipient_name,
    channel: row.channel,
    language: row.language,
    day: row.day,
    status: row.status,
    attempts: row.attempts,
    createdBy: row.created_by,
    email: row.email,
    phone: row.phone,
    studentNames: [row.given_name, row.family_name].filter((n): n is string => !!n),
  };
}

/** Counts an attempt before it is made: the attempt's number, or null when the notice is no longer queued (another run settled it). */
export async function beginAttempt(db: Db, notice: Pick<NoticeToSend, 'ownerId' | 'id'>): Promise<number | null> {
  const rows = await queryRows<{ attempts: number }>(
    db,
    sql`update notices set attempts = attempts + 1 where owner_id = ${notice.ownerId} and id = ${notice.id} and status = 'queued' returning attempts`,
  );
  return rows[0]?.attempts ?? null;
}

export async function markSent(db: Db, notice: Pick<NoticeToSend, 'ownerId' | 'id'>, result: { status: 'sent' | 'delivered'; externalId?: string | undefined; at: Date }): Promise<void> {
  await queryRows(
    db,
    sql`update notices set status = ${result.status}, external_id = ${result.externalId ?? null}, sent_at = ${result.at.toISOString()}::timestamptz,
          delivered_at = ${result.status === 'delivered' ? result.at.toISOString() : null}::timestamptz, status_reason = null, status_detail = null
        where owner_id = ${notice.ownerId} and id = ${notice.id} and status = 'queued'`,
  );
}

/** A failed try that will be retried: the reason shows while it waits. */
export async function noteRetry(db: Db, notice: Pick<NoticeToSend, 'ownerId' | 'id'>, reason: NoticeFailure): Promise<void> {
  await queryRows(
    db,
    sql`update notices set status_reason = ${reason.code}, status_detail = ${reason.detail} where owner_id = ${notice.ownerId} and id = ${notice.id} and status = 'queued'`,
  );
}

/** Failed for good. Returns whether this call failed it (false when it was already settled). */
export async function markFailed(db: Db, notice: Pick<NoticeToSend, 'ownerId' | 'id'>, reason: NoticeFailure, at: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update notices set status = 'failed', status_reason = ${reason.code}, status_detail = ${reason.detail}, failed_at = ${at.toISOString()}::timestamptz
        where owner_id = ${notice.ownerId} and id = ${notice.id} and status in ('queued', 'sent') returning id`,
  );
  return rows.length > 0;
}

/** What a provider said later about a message it took (digital post's LEST, LEVERT, AVVIST). */
export async function markDelivery(db: Db, notice: Pick<NoticeToSend, 'ownerId' | 'id'>, status: { status: 'sent' | 'delivered' | 'failed'; providerStatus: string }, at: Date): Promise<void> {
  await queryRows(
    db,
    sql`update notices set provider_status = ${status.providerStatus},
          status = case when ${status.status} = 'sent' then status else ${status.status} end,
          delivered_at = case when ${status.status} = 'delivered' then ${at.toISOString()}::timestamptz else delivered_at end,
          failed_at = case when ${status.status} = 'failed' then ${at.toISOString()}::timestamptz else failed_at end
        where owner_id = ${notice.ownerId} and id = ${notice.id} and status = 'sent'`,
  );
}

/** The digital letters the provider took but has not yet said were delivered, across owners (the status check walks them all). */
export async function findUnsettledDigitalPost(db: Db, limit = 100): Promise<Array<{ ownerId: string; id: string; externalId: string }>> {
  const rows = await queryRows<{ owner_id: string; id: string; external_id: string }>(
    db,
    sql`select owner_id, id, external_id from notices where status = 'sent' and channel = 'digital_post' and external_id is not null order by sent_at limit ${limit}`,
  );
  return rows.map((r) => ({ ownerId: r.owner_id, id: r.id, externalId: r.external_id }));
}

