/**
 * Sends one notice from the queue (issue 15). The queue delivers a job at least once, so this
 * reads the delivery log first and does nothing for a notice no longer queued; it counts the
 * attempt before the provider is called, and marks the notice sent right after. A failure the
 * provider calls temporary is thrown back to the queue, which tries again with backoff; the job's
 * last try (whatever stops it), or a failure that no retry can mend, fails the notice — and a
 * summons to a guardian that failed becomes a task for whoever summoned
 * (create-notice-failed-task.ts).
 *
 * A crash while sending (kill -9, a lost connection) leaves the notice queued and its job active
 * until pg-boss's expiry gives the job back; the retry finds the notice still queued and sends.
 * The rule, and why: the attempt is counted (beginAttempt) right before the provider is called,
 * with nothing that can fail between the two, so the log tells that a try reached the provider's
 * door. A process killed before the provider took the message has sent nothing, and the retry
 * sends it once. One killed after the provider took it but before markSent cannot be told apart
 * from that: Varde then sends again (at least once), because a summons lost is worse than one
 * that arrives twice — and the second is the same message under the same reference (the
 * e-mail's Message-ID, SvarUt's eksternReferanse, the meeting's .ics UID), so the duplicate can
 * be recognised and a calendar keeps one entry. For the same reason a failed markSent is not a
 * failed send: it is neither logged as the provider's failure nor fails the notice. And the
 * job's expiry outlasts the slowest send (NOTICE_RETRY), so no retry starts while a send runs.
 */
import type { Db } from '../../db/database.js';
import { createNoticeFailedTask } from '../../data/notices/create-notice-failed-task.js';
import { beginAttempt, loadNoticeToSend, markFailed, markSent, noteRetry, type NoticeFailure, type NoticeToSend } from '../../data/notices/notice-outcomes.js';
import type { NoticeReason } from '../../domain/notices/notice-kinds.js';
import type { NoticeJob } from '../../data/notices/queue-notices.js';
import { SensitiveContentError } from '../../domain/notices/sensitive-content.js';
import type { Clock } from '../../lib/clock.js';
import { ChannelError, type NoticeChannel, type SendResult } from '../../notices/channels/notice-channel.js';
import { composeNotice } from './compose-notice.js';

export interface NoticeSending {
  channels: readonly NoticeChannel[];
  /** Where people reach Varde (VARDE_PUBLIC_URL): the notices point there. */
  publicUrl: string;
  clock: Clock;
}

const because = (code: NoticeReason, detail: string | null = null): NoticeFailure => ({ code, detail });

/** A provider's failure: the code says whether it was out of reach or refused; its own words come beside it. */
function providerFailure(error: unknown): NoticeFailure {
  if (!(error instanceof ChannelError)) return because('unknown');
  return because(error.retryable ? 'provider_unreachable' : 'provider_refused', error.message);
}

export interface SendOptions {
  /**
   * This is the job's last try (pg-boss counts them, crashes included): whatever stops it fails
   * the notice, which must not stay queued once its job is gone.
   */
  lastTry?: boolean;
}

export async function sendNotice(db: Db, job: NoticeJob, sending: NoticeSending, options: SendOptions = {}): Promise<void> {
  const lastTry = options.lastTry ?? false;
  const notice = await loadNoticeToSend(db, job.ownerId, job.noticeId);
  if (!notice || notice.status !== 'queued') return;
  let result: SendResult | null;
  try {
    result = await trySend(db, notice, sending, lastTry);
  } catch (error) {
    // Not only the provider's failures: a notice that cannot even be composed would otherwise
    // stay queued, its tries used up without one reaching the provider.
    if (!lastTry) throw error;
    return failForGood(db, notice, because('unknown'), sending.clock);
  }
  // Outside the try: a failed write here is not a failed send (the provider has the message).
  if (result) await markSent(db, notice, { ...result, at: sending.clock.now() });
}

/** The provider's answer, or null when the notice was settled without one (failed for good, or by another run). */
async function trySend(db: Db, notice: NoticeToSend, sending: NoticeSending, lastTry: boolean): Promise<SendResult | null> {
  const fail = async (reason: NoticeFailure) => {
    await failForGood(db, notice, reason, sending.clock);
    return null;
  };
  const channel = sending.channels.find((c) => c.kind === notice.channel);
  if (!channel) return fail(because('channel_gone'));
  const to = notice.channel === 'epost' ? notice.email : notice.channel === 'sms' ? notice.phone : null;
  if (!to) return fail(because(notice.channel === 'digital_post' ? 'no_national_id' : 'address_gone'));
  let message;
  try {
    message = await composeNotice(db, notice, { to, publicUrl: sending.publicUrl, now: sending.clock.now() });
  } catch (error) {
    if (error instanceof SensitiveContentError) return fail(because('sensitive'));
    throw error;
  }
  // Nothing that can fail stands between counting the attempt and calling the provider (see above).
  if ((await beginAttempt(db, notice)) === null) return null;
  try {
    return await channel.send(message);
  } catch (error) {
    const reason = providerFailure(error);
    const retryable = !(error instanceof ChannelError) || error.retryable;
    if (retryable && !lastTry) {
      await noteRetry(db, notice, reason);
      throw error;
    }
    return fail(reason);
  }
}

async function failForGood(db: Db, notice: NoticeToSend, reason: NoticeFailure, clock: Clock): Promise<void> {
  await db.transaction(async (tx) => {
    if (await markFailed(tx, notice, reason, clock.now())) await createNoticeFailedTask(tx, notice, clock.today());
  });
}
