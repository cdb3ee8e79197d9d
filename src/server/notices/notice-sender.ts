/**
 * The notice sender a server runs when it has a channel (docs/notices.md): it works the send
 * queue, and asks digital post every ten minutes how the letters it took have fared. Several
 * servers may run it on one database: pg-boss hands each job to one worker at a time, and the
 * delivery log's guarded updates make a second run of the same job do nothing.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database.js';
import { findUnsettledDigitalPost, markDelivery } from '../../data/notices/notice-outcomes.js';
import { NOTICE_QUEUE, NOTICE_RETRY, type NoticeJob } from '../../data/notices/queue-notices.js';
import { startQueue, type RetryOptions } from '../../queue/job-queue.js';
import { sendNotice, type NoticeSending } from './send-notice.js';

const STATUS_CHECK_MS = 10 * 60 * 1000;

export interface NoticeSender {
  /** Asks the providers about the letters they took; the timer calls it, and so can a test. */
  checkDeliveries(): Promise<void>;
  stop(): Promise<void>;
}

export async function startNoticeSender(
  database: Database,
  sending: NoticeSending,
  options: {
    log: Pick<FastifyBaseLogger, 'error' | 'warn'>;
    pollingIntervalSeconds?: number;
    maintenanceIntervalSeconds?: number;
    /**
     * Tests only: retries and expiry other than NOTICE_RETRY's hour. They are the queue's own
     * settings, which every notice job takes (enqueueNotice names none), so a test need not wait
     * a minute for a retry.
     */
    retry?: RetryOptions;
  },
): Promise<NoticeSender> {
  const retry = { ...NOTICE_RETRY, ...options.retry };
  const queue = await startQueue(database, {
    queues: [{ name: NOTICE_QUEUE, ...retry }],
    ...(options.pollingIntervalSeconds === undefined ? {} : { pollingIntervalSeconds: options.pollingIntervalSeconds }),
    ...(options.maintenanceIntervalSeconds === undefined ? {} : { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }),
    onError: (error) => options.log.error({ err: error }, 'notice queue'),
  });
  await queue.work<NoticeJob>(NOTICE_QUEUE, async (job) => {
    // pg-boss's count of tries, not the log's: it also counts the tries that died before the
    // provider was called (a crash, a notice that could not be composed).
    const tries = (await queue.status(NOTICE_QUEUE, job.id))?.retryCount ?? 0;
    await sendNotice(database.db, job.data, sending, { lastTry: tries >= retry.retryLimit });
  });

  // Only digital post's letters are asked about (findUnsettledDigitalPost): another channel that can tell a status is not the one to ask.
  const statusChannel = sending.channels.find((c) => c.kind === 'digital_post' && c.checkStatus);
  async function checkDeliveries(): Promise<void> {
    if (!statusChannel?.checkStatus) return;
    for (const letter of await findUnsettledDigitalPost(database.db)) {
      try {
        await markDelivery(database.db, letter, await statusChannel.checkStatus(letter.externalId), sending.clock.now());
      } catch (error) {
        options.log.warn({ err: error, noticeId: letter.id }, 'digital post status not read; asked again at the next check');
      }
    }
  }
  let checking: Promise<void> = Promise.resolve();
  const timer = statusChannel
    ? setInterval(() => {
        checking = checkDeliveries().catch((error: unknown) => options.log.error({ err: error }, 'digital post status check'));
      }, STATUS_CHECK_MS)
    : undefined;
  timer?.unref();
  return {
    checkDeliveries,
    async stop() {
      if (timer) clearInterval(timer);
      await checking;
      await queue.stop({ timeoutMs: 10_000 });
    },
  };
}
