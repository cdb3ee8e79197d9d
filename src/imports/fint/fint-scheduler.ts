/**
 * Runs the daily FINT syncs that are due (docs/imports/fint.md). Each tick claims one due
 * schedule at a time — moving its `next_run_at` to the next day in the same statement that
 * finds it, with `for update skip locked` — so that two Varde servers on one database never run
 * the same school's sync twice, and a sync that fails is not retried in a loop: it waits for its
 * next time, and its run is kept with the failure for the administrator to see.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { Clock } from '../../lib/clock.js';
import type { FintClient } from './fint-client.js';
import { nextDailyRun } from './fint-schedule.js';
import { runFintSync } from './fint-sync-runs.js';

/** How soon a scheduled sync that could not read FINT is tried again. */
export const RETRY_AFTER_MS = 30 * 60_000;

export interface FintSchedulerOptions {
  clock: Clock;
  /** A client for FINT; throws when FINT is not configured (the run is then skipped and logged). */
  client: () => FintClient;
  log: { info(message: string): void; warn(message: string): void };
}

async function claimDue(db: Db, now: Date) {
  return db.transaction(async (tx) => {
    const [due] = await queryRows<{ owner_id: string; school_id: string; fint_school: string; time_of_day: string }>(
      tx,
      sql`select owner_id, school_id, fint_school, time_of_day from fint_sync_schedules
          where enabled and next_run_at <= ${now.toISOString()}::timestamptz
          order by next_run_at limit 1 for update skip locked`,
    );
    if (!due) return undefined;
    await tx.execute(
      sql`update fint_sync_schedules set next_run_at = ${nextDailyRun(due.time_of_day, now).toISOString()}::timestamptz
          where owner_id = ${due.owner_id} and school_id = ${due.school_id}`,
    );
    return due;
  });
}

/** Runs every schedule that is due now, one after another; answers how many ran. */
export async function runDueFintSyncs(db: Db, options: FintSchedulerOptions): Promise<number> {
  let ran = 0;
  for (;;) {
    const due = await claimDue(db, options.clock.now());
    if (!due) return ran;
    let client: FintClient;
    try {
      client = options.client();
    } catch (error) {
      options.log.warn(`The scheduled FINT sync of school ${due.school_id} did not run: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const { result } = await runFintSync(db, { ownerId: due.owner_id, schoolId: due.school_id, fintSchool: due.fint_school, client, trigger: 'schedule', startedBy: null, clock: options.clock });
    ran++;
    // FINT could not be read: try again in half an hour, until the next day's time. Refused data waits for a person.
    if (result.status === 'failed') {
      await db.execute(
        sql`update fint_sync_schedules set next_run_at = least(next_run_at, ${new Date(options.clock.now().getTime() + RETRY_AFTER_MS).toISOString()}::timestamptz)
            where owner_id = ${due.owner_id} and school_id = ${due.school_id}`,
      );
    }
    options.log.info(`Scheduled FINT sync of school ${due.school_id} (FINT ${due.fint_school}): ${result.status}`);
  }
}

/** Checks for due syncs every `intervalMs` until stopped; one tick at a time. */
export function startFintScheduler(db: Db, options: FintSchedulerOptions & { intervalMs?: number }): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await runDueFintSyncs(db, options);
      } catch (error) {
        options.log.warn(`The FINT scheduler's check failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }, options.intervalMs ?? 60_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
