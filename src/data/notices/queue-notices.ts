/**
 * Puts notices in the delivery log and, where a channel reaches the person, on the send queue —
 * in the caller's transaction, so a notice exists if and only if the change that caused it was
 * stored (a summons recorded, a document kept). A second cause on the same day for the same
 * person and reason finds its row already there and adds nothing (`notices_once_a_day`).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { enqueueInTransaction } from '../../queue/job-queue.js';
import type { NoticeChannel, NoticeFacts, NoticeKind, NoticeLanguage, NoticeRecipientKind } from '../../domain/notices/notice-kinds.js';
import { chooseChannel, maskAddress, addressFor, whyNotSent, type NoticeContact } from '../../domain/notices/notice-routing.js';

/** The queue the sender works (src/notices/notice-sender.ts). */
export const NOTICE_QUEUE = 'notice-send';

/** A notice job carries ids only: the address and the words are read when it is sent. */
export interface NoticeJob {
  ownerId: string;
  noticeId: string;
}

/** What a stored notice keeps of its facts: all but the sign-in address, which is the server's and added when it is sent. */
export type StoredFacts<K extends NoticeKind> = Omit<NoticeFacts[K], 'signInAddress'>;

export interface NoticeRecipient extends NoticeContact {
  kind: NoticeRecipientKind;
  id: string;
  name: string;
  /** The person's own choice of language, else the school's. */
  language: NoticeLanguage;
}

export interface NoticeCause<K extends NoticeKind> {
  ownerId: string;
  schoolId: string;
  studentId?: string | null;
  caseId?: string | null;
  kind: K;
  /** With the recipient and the day, what makes the notice one: `meeting:<id>`, `document:<id>`, `absence:<day>`… */
  reason: string;
  subjectId?: string | null;
  facts: StoredFacts<K>;
  /** The Norwegian day it is for. */
  day: string;
  createdBy?: string | null;
}

/** Which channels this server has; none: every notice is logged as not sent. */
export interface NoticeChannels {
  configured: readonly NoticeChannel[];
}

export const noChannels: NoticeChannels = { configured: [] };

/** Returns the ids of the notices added (none for a recipient already noticed for this reason today). */
export async function queueNotices<K extends NoticeKind>(tx: Db, cause: NoticeCause<K>, recipients: readonly NoticeRecipient[], channels: NoticeChannels): Promise<string[]> {
  const added: string[] = [];
  for (const recipient of recipients) {
    const channel = chooseChannel(cause.kind, recipient, channels.configured);
    const address = channel ? addressFor(channel, recipient) : null;
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`insert into notices (owner_id, school_id, student_id, case_id, kind, reason, subject_id, facts, recipient_kind, recipient_id, recipient_name,
            channel, address_hint, language, day, status, status_reason, created_by)
          values (${cause.ownerId}, ${cause.schoolId}, ${cause.studentId ?? null}, ${cause.caseId ?? null}, ${cause.kind}, ${cause.reason}, ${cause.subjectId ?? null},
            ${JSON.stringify(cause.facts)}::jsonb, ${recipient.kind}, ${recipient.id}, ${recipient.name},
            ${channel}, ${channel && address ? maskAddress(channel, address) : null}, ${recipient.language}, ${cause.day},
            ${channel ? 'queued' : 'not_sent'}, ${channel ? null : whyNotSent(cause.kind, recipient, channels.configured)}, ${cause.createdBy ?? null})
          on conflict (owner_id, kind, reason, recipient_kind, recipient_id, day) do nothing
          returning id`,
    );
    const id = rows[0]?.id;
    if (!id) continue;
    added.push(id);
    if (channel) await enqueueNotice(tx, { ownerId: cause.ownerId, noticeId: id });
  }
  return added;
}

/**
 * Retries: five more tries over about an hour (pg-boss's backoff doubles 60 s each time), then the
 * notice is failed. They are the queue's settings (the sender creates the queue with them).
 *
 * The expiry must outlast the slowest send a channel allows (SvarUt's 16-minute read timeout):
 * pg-boss fails a handler still running at its expiry without stopping it, and its retry would
 * then send while the first send is still under way — the same letter twice. The cost is that a
 * sender killed mid-send leaves its notice for up to 20 minutes before the next one takes it.
 */
export const NOTICE_RETRY = { retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 20 * 60 } as const;

export async function enqueueNotice(tx: Db, job: NoticeJob): Promise<void> {
  // No retry options of the job's own: pg-boss then takes the queue's (its insert coalesces job,
  // queue, defaults), so the retry limit the sender counts with is the one the queue applies.
  await enqueueInTransaction(tx, NOTICE_QUEUE, job);
}
