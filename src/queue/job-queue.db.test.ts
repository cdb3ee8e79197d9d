/**
 * The durable queue on the engine under test: a job exists only if the transaction that enqueued
 * it commits, a failing handler is retried with backoff, a stop or a crash loses no job, and a
 * singleton key enqueues one job per window. Waits poll the job's state; pg-boss's own times
 * (retry delays, expiry, maintenance) are kept at their minimum of one second.
 */
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { openTestDatabase } from '../test/test-database.js';
import { countJobs, enqueueInTransaction, startQueue, startQueueOver, type JobQueue, type JobState, type QueueOptions } from './job-queue.js';
import { queueConnection, type QueueConnection } from './queue-connection.js';

let database: Database;
const running: JobQueue[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  // Stands for the change that causes a notice (a summons, a registered absence).
  await database.db.execute(sql`create table queue_test_cause (id int primary key)`);
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((q) => q.stop({ timeoutMs: 1000 })));
});
afterAll(async () => {
  await database.close();
});

async function start(options: QueueOptions, connection?: QueueConnection): Promise<JobQueue> {
  const queue = connection ? await startQueueOver(connection, options) : await startQueue(database, options);
  running.push(queue);
  return queue;
}

async function stopped(queue: JobQueue): Promise<void> {
  running.splice(running.indexOf(queue), 1);
  await queue.stop({ timeoutMs: 1000 });
}

const fast = { pollingIntervalSeconds: 0.5 } as const;

async function waitForState(queue: JobQueue, name: string, id: string, state: JobState, timeout = 10_000): Promise<void> {
  await vi.waitFor(
    async () => {
      expect((await queue.status(name, id))?.state).toBe(state);
    },
    { timeout, interval: 100 },
  );
}

async function causes(): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(database.db, sql`select id from queue_test_cause order by id`);
  return rows.map((r) => r.id);
}

describe('a job enqueued in a transaction', () => {
  it('is worked once when the transaction commits, and never exists when it rolls back', async () => {
    const queue = await start({ ...fast, queues: [{ name: 'tx-test' }] });
    const worked: unknown[] = [];
    await queue.work<{ cause: number }>('tx-test', async (job) => {
      worked.push(job.data);
    });

    const committed = await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into queue_test_cause (id) values (1)`);
      return enqueueInTransaction(tx, 'tx-test', { cause: 1 });
    });
    let rolledBack: string | null = null;
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into queue_test_cause (id) values (2)`);
        rolledBack = await enqueueInTransaction(tx, 'tx-test', { cause: 2 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    expect(committed).toEqual(expect.any(String));
    expect(rolledBack).toEqual(expect.any(String));
    await waitForState(queue, 'tx-test', committed!, 'completed');
    expect(worked).toEqual([{ cause: 1 }]);
    expect(await queue.status('tx-test', rolledBack!)).toBeNull();
    expect(await countJobs(database.db, 'tx-test')).toBe(1);
    expect(await causes()).toEqual([1]);
  });

  it('must go to a queue that was started', async () => {
    await start({ queues: [] });
    await expect(database.db.transaction((tx) => enqueueInTransaction(tx, 'no-such-queue', {}))).rejects.toThrow('No job queue named no-such-queue');
  });
});

describe('a failing handler', () => {
  it('is retried with backoff until it succeeds', async () => {
    const queue = await start({ ...fast, queues: [{ name: 'retry-test', retryLimit: 3, retryDelay: 1, retryBackoff: true }] });
    const attempts: number[] = [];
    await queue.work('retry-test', async () => {
      attempts.push(Date.now());
      if (attempts.length < 3) throw new Error(`attempt ${attempts.length} failed`);
    });

    const id = await queue.enqueue('retry-test', { to: 'a guardian' });
    // Backoff with a delay of 1 s waits 1–2 s, then 2–4 s, plus the polling.
    await waitForState(queue, 'retry-test', id!, 'completed', 20_000);

    expect(attempts).toHaveLength(3);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(1000);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(2000);
    expect((await queue.status('retry-test', id!))?.retryCount).toBe(2);
  });

  it('fails for good when its retries are used up, keeping the reason', async () => {
    const queue = await start({ ...fast, queues: [{ name: 'give-up-test', retryLimit: 0 }] });
    await queue.work('give-up-test', async () => {
      throw new Error('the SMS gateway said no');
    });
    const id = await queue.enqueue('give-up-test', {});
    await waitForState(queue, 'give-up-test', id!, 'failed');
    expect(JSON.stringify((await queue.status('give-up-test', id!))?.output)).toContain('the SMS gateway said no');
  });
});

describe('a restart', () => {
  it('keeps a queued job, which the next queue works once', async () => {
    const definition = { queues: [{ name: 'restart-queued-test' }], ...fast };
    const first = await start(definition);
    const id = await database.db.transaction((tx) => enqueueInTransaction(tx, 'restart-queued-test', { n: 1 }));
    await stopped(first);

    const second = await start(definition);
    const worked: string[] = [];
    await second.work('restart-queued-test', async (job) => {
      worked.push(job.id);
    });
    await waitForState(second, 'restart-queued-test', id!, 'completed');
    expect(worked).toEqual([id]);
  });

  it('gives back a job whose worker died while working it, and the next queue works it again', async () => {
    const definition = { name: 'restart-crash-test', retryLimit: 2, expireInSeconds: 1 };
    // The first queue's connection is cut mid-job, as when the process is killed: from then on
    // nothing it sends reaches the database (and no maintenance of its own runs before).
    const cut = cuttable(queueConnection(database));
    const first = await startQueueOver(cut, { ...fast, queues: [definition] });
    const attempts: string[] = [];
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    await first.work('restart-crash-test', async (job) => {
      attempts.push(job.id);
      if (attempts.length === 1) {
        started();
        await new Promise(() => {}); // never finishes: the process died
      }
    });
    const id = await first.enqueue('restart-crash-test', {});
    await firstStarted;
    cut.cut();
    // Clears the dead queue's timers; its last writes never land, so the stop never ends.
    void first.stop({ timeoutMs: 1000 });
    expect((await jobRow(id!)).state).toBe('active');

    const second = await start({ ...fast, maintenanceIntervalSeconds: 1, queues: [definition] });
    await second.work('restart-crash-test', async (job) => {
      attempts.push(job.id);
    });
    await waitForState(second, 'restart-crash-test', id!, 'completed', 15_000);
    expect(attempts).toEqual([id, id]);
  });

  it('fails a job still running at a graceful stop, so that the next queue works it again', async () => {
    const definition = { queues: [{ name: 'restart-stop-test', retryLimit: 2 }], ...fast };
    const first = await start(definition);
    const attempts: string[] = [];
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    await first.work('restart-stop-test', async (job) => {
      attempts.push(job.id);
      started();
      await new Promise(() => {}); // still sending when the stop comes
    });
    const id = await first.enqueue('restart-stop-test', {});
    await firstStarted;
    await stopped(first);
    expect((await jobRow(id!)).state).toBe('retry');

    const second = await start(definition);
    await second.work('restart-stop-test', async (job) => {
      attempts.push(job.id);
    });
    await waitForState(second, 'restart-stop-test', id!, 'completed');
    expect(attempts).toEqual([id, id]);
  });
});

describe('the queue connection', () => {
  it('stays usable after a failed script of pg-boss’s (BEGIN; …; COMMIT;)', async () => {
    const connection = queueConnection(database);
    await expect(connection.executeSql('BEGIN; select 1; select 1/0; COMMIT;')).rejects.toThrow('division by zero');
    expect(await causes()).toEqual(expect.any(Array));
    expect((await connection.executeSql('select $1::int + $1::int as n', [2])).rows).toEqual([{ n: 4 }]);
  });
});

describe('a singleton key', () => {
  it('enqueues one job for two sends within the window', async () => {
    await start({ queues: [{ name: 'singleton-test' }] });
    const send = (key: string) => database.db.transaction((tx) => enqueueInTransaction(tx, 'singleton-test', { key }, { singletonKey: key }));

    const first = await send('guardian-1/summons-1');
    const again = await send('guardian-1/summons-1');
    const other = await send('guardian-2/summons-1');

    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    expect(other).toEqual(expect.any(String));
    expect(await countJobs(database.db, 'singleton-test')).toBe(2);
  });
});

async function jobRow(id: string): Promise<{ state: string }> {
  const rows = await queryRows<{ state: string }>(database.db, sql`select state::text from pgboss.job where id = ${id}`);
  return rows[0]!;
}

/** A connection that, once cut, answers nothing, like a database whose client was killed. */
function cuttable(connection: QueueConnection): QueueConnection & { cut(): void } {
  let isCut = false;
  return {
    executeSql: (text, values) => (isCut ? new Promise(() => {}) : connection.executeSql(text, values)),
    cut: () => {
      isCut = true;
    },
  };
}
