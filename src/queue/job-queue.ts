/**
 * The durable job queue (issue 15): jobs are rows in the same database as everything else, so a
 * job is enqueued in the same transaction as the change that causes it, and survives a restart.
 *
 * Why pg-boss 10: it is a kept PostgreSQL queue whose v10 takes a caller's connection (`db`) both
 * for the whole queue and for a single `send`, which is what enqueueing inside a drizzle
 * transaction needs. pg-boss 11+ and graphile-worker need Node 22, and Varde runs on Node 20.19.
 *
 * How PGlite is served: pg-boss runs on Varde's own connection (queue-connection.ts says what
 * pg-boss sends and why that is safe on PGlite's single connection). Its schema `pgboss` is
 * created or migrated by pg-boss at start, on both engines, with no extension.
 * Turned off: cron scheduling (`schedule`) — Varde has its own timers (daily evaluation, FINT),
 * and pg-boss's timekeeper would add a queue, a worker and a clock-skew query for nothing — and
 * the state monitor. Maintenance (`supervise`) stays on: it gives back the jobs of a worker that
 * died while working (expiry) and archives old jobs.
 *
 * Guarantees: a job runs at least once. A worker killed mid-job leaves its job `active`; after the
 * job's `expireInSeconds` the next maintenance (every `maintenanceIntervalSeconds`) fails it, which
 * is a retry if any are left — so a queue must keep `retryLimit` ≥ 1 to survive a crash. A
 * graceful stop fails the jobs still running after its timeout the same way, at once. Handlers
 * must therefore be idempotent. Times (retry delays, expiry, singleton windows) are the
 * database's `now()`, not Varde's injectable clock.
 */
import PgBoss from 'pg-boss';
import type { Db, Database } from '../db/database.js';
import { queryRows } from '../db/database.js';
import { sql } from 'drizzle-orm';
import { queueConnection, transactionConnection, type QueueConnection } from './queue-connection.js';

/** pg-boss's own schema; pg-boss creates it. */
const SCHEMA = 'pgboss';

/**
 * How long a singleton key holds when the sender names no window. pg-boss counts windows from
 * the epoch (`floor(now / seconds)`), so a day is a UTC calendar day, not the last 24 hours.
 */
export const DEFAULT_SINGLETON_SECONDS = 24 * 60 * 60;

/**
 * Completed jobs move to the archive after this long, and a singleton key is checked only against
 * jobs not yet archived: so this is also the longest singleton window pg-boss accepts.
 */
const ARCHIVE_COMPLETED_AFTER_SECONDS = DEFAULT_SINGLETON_SECONDS;

/** Retry and expiry; pg-boss's names and units (seconds). */
export interface RetryOptions {
  /** Retries after the first attempt; at least 1 for a job to survive a crash mid-work. */
  retryLimit?: number;
  /** Seconds before a retry; with backoff the base of an exponential, jittered delay (≥ 1). */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Seconds a worker may hold the job: its handler is failed after it, and a dead worker's job given back. */
  expireInSeconds?: number;
}

export interface QueueDefinition extends RetryOptions {
  name: string;
}

export interface QueueOptions {
  /** The queues this process sends to or works; created (or updated to these settings) at start. */
  queues: readonly QueueDefinition[];
  /** How often an idle worker asks for a job (pg-boss: 2 s, at least 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How often expired jobs are given back and old ones archived (pg-boss: 120 s, at least 1 s). */
  maintenanceIntervalSeconds?: number;
  /** Errors of the queue's own work (a failed poll or maintenance); a handler's error fails its job instead. */
  onError?: (error: Error) => void;
}

export interface EnqueueOptions extends RetryOptions {
  /**
   * At most one job with this key in the queue per window of `singletonSeconds`
   * (default DEFAULT_SINGLETON_SECONDS): a second send in the window enqueues nothing.
   */
  singletonKey?: string;
  singletonSeconds?: number;
  /** Seconds to wait before the job may run. */
  startAfterSeconds?: number;
}

export interface QueuedJob<T> {
  id: string;
  name: string;
  data: T;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobStatus {
  state: JobState;
  /** Attempts after the first. */
  retryCount: number;
  /** What the last attempt left: the handler's error when it failed. */
  output: unknown;
}

export interface JobQueue {
  /** Works the queue's jobs one at a time; a handler that throws fails the attempt (and is retried). */
  work<T>(name: string, handler: (job: QueuedJob<T>) => Promise<void>): Promise<void>;
  /** Enqueues outside any transaction; null when a job with the same singleton key is already there. */
  enqueue<T extends object>(name: string, data: T, options?: EnqueueOptions): Promise<string | null>;
  status(name: string, id: string): Promise<JobStatus | null>;
  /**
   * Stops polling and waits up to `timeoutMs` for running handlers; those still running are
   * failed (so retried), then the queue's last writes are awaited. The database stays open.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

export async function startQueue(database: Database, options: QueueOptions): Promise<JobQueue> {
  return startQueueOver(queueConnection(database), options);
}

/** startQueue on a given connection; tests use it to cut a queue's connection, as a crash does. */
export async function startQueueOver(connection: QueueConnection, options: QueueOptions): Promise<JobQueue> {
  const tracked = trackWrites(connection);
  const boss = new PgBoss({
    db: tracked,
    schema: SCHEMA,
    schedule: false,
    supervise: true,
    migrate: true,
    archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_AFTER_SECONDS,
    ...(options.maintenanceIntervalSeconds === undefined ? {} : { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }),
    ...(options.pollingIntervalSeconds === undefined ? {} : { pollingIntervalSeconds: options.pollingIntervalSeconds }),
  });
  // An EventEmitter's 'error' without a listener would throw from inside pg-boss's timers.
  boss.on('error', (error: Error) => options.onError?.(error));
  await boss.start();
  for (const queue of options.queues) {
    // createQueue keeps an existing queue as it was; updateQueue brings it to today's settings.
    await boss.createQueue(queue.name, { ...queue });
    await boss.updateQueue(queue.name, { ...queue });
  }
  return {
    async work<T>(name: string, handler: (job: QueuedJob<T>) => Promise<void>) {
      await boss.work<T>(name, { batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await handler({ id: job.id, name: job.name, data: job.data });
      });
    },
    enqueue: (name, data, enqueueOptions) => send(boss, tracked, name, data, enqueueOptions),
    async status(name, id) {
      const job = await boss.getJobById(name, id, { includeArchive: true });
      return job ? { state: job.state, retryCount: job.retryCount, output: job.output } : null;
    },
    async stop(stopOptions = {}) {
      await boss.stop({ graceful: true, wait: true, close: false, timeout: stopOptions.timeoutMs ?? 30_000 });
      // pg-boss completes and fails jobs without awaiting the write; let those land before the
      // caller closes the database.
      await tracked.drain();
    },
  };
}

/**
 * Enqueues a job inside a drizzle transaction (either engine): the job exists if and only if
 * the transaction commits. Returns the job's id, or null when a job with the same singleton key
 * is already in its window. The queue must have been created by startQueue on this database.
 */
export async function enqueueInTransaction<T extends object>(tx: Db, name: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
  return send(sender(), transactionConnection(tx), name, data, options);
}

async function send(boss: PgBoss, db: QueueConnection, name: string, data: object, options: EnqueueOptions = {}): Promise<string | null> {
  const { singletonKey, singletonSeconds, startAfterSeconds, ...retry } = options;
  const id = await boss.send(name, data, {
    ...retry,
    db: db as PgBoss.Db,
    ...(singletonKey === undefined ? {} : { singletonKey, singletonSeconds: singletonSeconds ?? DEFAULT_SINGLETON_SECONDS }),
    ...(startAfterSeconds === undefined ? {} : { startAfter: startAfterSeconds }),
  });
  // pg-boss inserts by joining its queue table: a queue never created swallows the job silently.
  if (id === null && !(await queueExists(db, name))) throw new Error(`No job queue named ${name}: start the queue with it first`);
  return id;
}

async function queueExists(db: QueueConnection, name: string): Promise<boolean> {
  const { rows } = await db.executeSql(`select 1 from ${SCHEMA}.queue where name = $1`, [name]);
  return rows.length > 0;
}

/**
 * A pg-boss that is never started, used only for `send` with the caller's transaction as its
 * connection: it holds the same settings as the running queue, and no connection of its own.
 */
let senderBoss: PgBoss | undefined;

function sender(): PgBoss {
  senderBoss ??= new PgBoss({
    db: { executeSql: () => Promise.reject(new Error('The sender has no connection of its own')) },
    schema: SCHEMA,
    schedule: false,
    supervise: false,
    migrate: false,
    archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_AFTER_SECONDS,
  });
  return senderBoss;
}

/** The connection, counting the writes in flight so that stop can wait for them. */
function trackWrites(connection: QueueConnection): QueueConnection & { drain(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  return {
    executeSql(text, values) {
      const running = connection.executeSql(text, values);
      const settled = running.then(
        () => undefined,
        () => undefined,
      );
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      return running;
    },
    async drain() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/** The jobs of a queue in a state, for tests and the delivery log's counts. */
export async function countJobs(db: Db, name: string, state?: JobState): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.raw(SCHEMA)}.job where name = ${name}${state ? sql` and state = ${state}::${sql.raw(SCHEMA)}.job_state` : sql``}`,
  );
  return rows[0]?.n ?? 0;
}
