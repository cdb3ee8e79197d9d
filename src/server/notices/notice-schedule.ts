/**
 * The notices Varde sends on its own (issue 15, docs/notices.md): each minute the same-day sweep
 * (guardians of students away without notice, at schools that turned it on), and once a day from
 * 07:00 in Norway the staff's digests and deadline reminders — run at the first tick at or after
 * 07:00, so a server started later in the working day catches up; not after 16:00, when a digest
 * of "today" would land in the evening (a deadline still gets its reminder the next morning:
 * src/domain/notices/deadline-reminder.ts catches up until the deadline day).
 *
 * Nothing is remembered here that the database does not also know: each pass finds its work
 * from the data and the delivery log, so a restart (or a second server) finds what is left and
 * the log's unique key (`notices_once_a_day`) keeps a second pass from adding anything. The day
 * of the last daily pass is kept only to save the work of running it again.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import type { NoticeChannels } from '../../data/notices/queue-notices.js';
import { queueSameDayNotices } from '../../data/notices/queue-same-day-notices.js';
import { queueDailyDigests, queueDeadlineReminders } from '../../data/notices/queue-staff-notices.js';
import { osloMinuteOfDay } from '../../domain/notices/same-day-rule.js';
import type { Clock } from '../../lib/clock.js';

/** The working day in Norway in which the daily notices go (minutes after midnight). */
export const DAILY_FROM_MINUTE = 7 * 60;
export const DAILY_UNTIL_MINUTE = 16 * 60;
const TICK_MS = 60_000;
/** After a failed daily pass, how long before it is tried again (not every minute: the log would fill). */
const DAILY_RETRY_MS = 30 * 60_000;

export interface NoticeSchedule {
  /** One pass now, as the timer makes it, once the pass running (if any) has ended. */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a running pass. */
  stop(): Promise<void>;
}

export function startNoticeSchedule(
  db: Db,
  options: { channels: NoticeChannels; clock: Clock; log: Pick<FastifyBaseLogger, 'info' | 'error'> },
): NoticeSchedule {
  const { channels, clock, log } = options;
  let dailyDoneFor: string | undefined;
  let dailyFailedAt: number | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function sameDay(now: Date): Promise<void> {
    try {
      const added = await queueSameDayNotices(db, { now, channels });
      if (added > 0) log.info({ added }, 'same-day absence notices made');
    } catch (error) {
      log.error({ err: error }, 'the same-day absence notices failed; tried again at the next tick');
    }
  }

  async function daily(now: Date): Promise<void> {
    const today = clock.today();
    const minute = osloMinuteOfDay(now);
    if (dailyDoneFor === today || minute < DAILY_FROM_MINUTE || minute >= DAILY_UNTIL_MINUTE) return;
    if (dailyFailedAt !== undefined && now.getTime() - dailyFailedAt < DAILY_RETRY_MS) return;
    try {
      const digests = await queueDailyDigests(db, { today, channels });
      const reminders = await queueDeadlineReminders(db, { today, channels });
      dailyDoneFor = today;
      dailyFailedAt = undefined;
      log.info({ digests, reminders }, `daily notices made for ${today}`);
    } catch (error) {
      dailyFailedAt = now.getTime();
      log.error({ err: error }, 'the daily notices failed; tried again in half an hour');
    }
  }

  function pass(): Promise<void> {
    running = running.then(async () => {
      if (stopped) return;
      const now = clock.now();
      await sameDay(now);
      await daily(now);
    });
    return running;
  }

  const timer = setInterval(() => void pass(), TICK_MS);
  timer.unref();
  return {
    runNow: pass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
