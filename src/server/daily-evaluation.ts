/**
 * The rules about "today" (absent without notice today, the weekly and monthly checks) must be
 * run again when the day changes, even if nobody registers anything. Varde runs a full
 * re-evaluation after start-up and then whenever the date in Norway has moved on; it runs in the
 * background, so a large county does not hold up the start.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.js';
import { reevaluateAll } from '../data/reevaluate-all.js';
import { syncAllWheelTasks } from '../data/leadership/sync-wheel-tasks.js';
import type { Clock } from '../lib/clock.js';

export function startDailyEvaluation(db: Db, clock: Clock, log: FastifyBaseLogger): { stop(): Promise<void> } {
  let lastDay: string | undefined;
  let running: Promise<void> = Promise.resolve();
  const runIfNewDay = () => {
    const today = clock.today();
    if (today === lastDay) return;
    lastDay = today;
    running = running
      .then(async () => {
        const started = performance.now();
        const result = await reevaluateAll(db, today);
        log.info({ ...result, ms: Math.round(performance.now() - started) }, `identification rules evaluated for ${today}`);
        // The annual wheel's duties coming up, and those the data shows done.
        const wheel = await syncAllWheelTasks(db, today);
        log.info(wheel, `annual wheel tasks brought up to date for ${today}`);
      })
      .catch((error: unknown) => log.error({ err: error }, 'the daily evaluation failed'));
  };
  runIfNewDay();
  const timer = setInterval(runIfNewDay, 10 * 60_000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
