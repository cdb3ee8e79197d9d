/**
 * The sender's guarantees (issue 15, part 3), on the engine under test: a summons recorded is
 * sent once, with its invitation and without the student's name; a change rolled back leaves
 * neither notice nor job; a temporary failure is retried, a lasting one fails the notice at once
 * (and a failed summons to a guardian becomes one task for who summoned), and used-up retries
 * fail it; a notice queued while no sender runs is sent when one starts; digital post's later
 * word moves a letter to delivered.
 *
 * A crash while sending: the sender that dies holds the job, the job's expiry gives it back, and
 * the next sender sends the notice exactly once. On PostgreSQL this is a real kill -9 of a child
 * process (tsx, src/test/notice-sender-crash-child.ts) whose channel never answers; on both
 * engines also in process, by cutting the dying queue's connection (PGlite lives in this process,
 * so it has no child to kill). What this proves is the rule for a process killed before the
 * provider took the message: it is sent once, never twice. A process killed after the provider
 * took it, before markSent, cannot be told from that one, and the notice is then sent again —
 * at least once, under the same reference (Message-ID, eksternReferanse, the meeting's .ics UID);
 * send-notice.ts says why.
 *
 * Retry delays and expiry are the queue's settings, made short here through startNoticeSender's
 * `retry` (production keeps NOTICE_RETRY). Every wait polls the state it waits for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database } from '../../db/database.js';
import { cases, guardians, notices, studentGuardians, students, tasks } from '../../db/schema.js';
import { recordMeeting } from '../../data/cases/record-meeting.js';
import { loadCase, type LoadedCase } from '../../data/cases/load-case.js';
import { NOTICE_QUEUE, NOTICE_RETRY, queueNotices, type NoticeChannels } from '../../data/notices/queue-notices.js';
import { seedDemoCases } from '../../demo/seed-demo-cases.js';
import { meetingEventUid } from '../../domain/calendar/calendar-events.js';
import { noticeFailedTaskKind } from '../../domain/notices/notice-kinds.js';
import { createFakeChannel, type FakeChannel } from '../../notices/channels/fake-channel.js';
import { ChannelError, type NoticeChannel, type OutgoingNotice } from '../../notices/channels/notice-channel.js';
import { countJobs, startQueueOver, type RetryOptions } from '../../queue/job-queue.js';
import { queueConnection, type QueueConnection } from '../../queue/queue-connection.js';
import { TEST_TODAY, testClock } from '../../test/test-clock.js';
import { openTestDatabase } from '../../test/test-database.js';
import { startNoticeSender, type NoticeSender } from './notice-sender.js';
import { sendNotice, type NoticeSending } from './send-notice.js';

const onPostgres = process.env.VARDE_TEST_DATABASE === 'postgres';
const publicUrl = 'https://varde.example.no';
const epostOnly: NoticeChannels = { configured: ['epost'] };
/** No retry in a hurry: the test sets what it needs. */
const quick: RetryOptions = { retryDelay: 0, retryBackoff: false, expireInSeconds: 5 };

let database: Database;
let kase: LoadedCase;
let actorStaffId: string;
let guardian: { id: string; name: string; email: string };
let studentNames: string[];
const running: NoticeSender[] = [];
const queueErrors: unknown[] = [];
const log = { error: (...detail: unknown[]) => void queueErrors.push(detail), warn: () => {} };

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  await seedDemoCases(db, TEST_TODAY);
  const [row] = await db
    .select({ caseId: cases.id, ownerId: cases.ownerId, guardianId: guardians.id, givenName: guardians.givenName, familyName: guardians.familyName, email: guardians.email })
    .from(cases)
    .innerJoin(studentGuardians, and(eq(studentGuardians.ownerId, cases.ownerId), eq(studentGuardians.studentId, cases.studentId)))
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(sql`${guardians.email} is not null`)
    .orderBy(cases.id)
    .limit(1);
  kase = (await loadCase(db, row!.ownerId, row!.caseId))!;
  actorStaffId = kase.responsibleStaffId;
  guardian = { id: row!.guardianId, name: `${row!.givenName} ${row!.familyName}`, email: row!.email! };
  const [student] = await db.select().from(students).where(and(eq(students.ownerId, kase.ownerId), eq(students.id, kase.studentId)));
  studentNames = [student!.givenName, student!.familyName];
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
  expect(queueErrors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await database.close();
});

async function startSender(channels: NoticeChannel[], retry: RetryOptions = quick, maintenanceIntervalSeconds?: number): Promise<NoticeSender> {
  const sender = await startNoticeSender(database, sending(channels), {
    log,
    pollingIntervalSeconds: 0.5,
    retry,
    ...(maintenanceIntervalSeconds === undefined ? {} : { maintenanceIntervalSeconds }),
  });
  running.push(sender);
  return sender;
}

async function stopSender(sender: NoticeSender): Promise<void> {
  running.splice(running.indexOf(sender), 1);
  await sender.stop();
}

function sending(channels: NoticeChannel[]): NoticeSending {
  return { channels, publicUrl, clock: testClock };
}

const meetingInput = () => ({
  kind: 'kartleggingsmote',
  startsAt: '2026-12-01T09:00:00+01:00',
  place: 'Møterom 2',
  invited: [{ name: guardian.name, role: 'foresatt' }],
  summonsChannel: 'e_post',
  purpose: 'Kartlegging av skolemiljøet',
  sentOn: TEST_TODAY,
});

/** Records a meeting summoning the guardian by e-mail; its notice's id, with the meeting's. */
async function summon(db = database.db): Promise<{ meetingId: string; noticeId: string }> {
  const meetingId = await recordMeeting(db, { kase, actorStaffId }, meetingInput(), epostOnly);
  const [row] = await db
    .select({ id: notices.id })
    .from(notices)
    .where(and(eq(notices.ownerId, kase.ownerId), eq(notices.reason, `meeting:${meetingId}`), eq(notices.recipientId, guardian.id)));
  return { meetingId, noticeId: row!.id };
}

interface LogRow {
  status: string;
  attempts: number;
  status_reason: string | null;
  status_detail: string | null;
  sent_at: Date | string | null;
  failed_at: Date | string | null;
  delivered_at: Date | string | null;
  provider_status: string | null;
}

async function logRow(noticeId: string): Promise<LogRow> {
  const rows = await queryRows<LogRow>(
    database.db,
    sql`select status, attempts, status_reason, status_detail, sent_at, failed_at, delivered_at, provider_status from notices where owner_id = ${kase.ownerId} and id = ${noticeId}`,
  );
  return rows[0]!;
}

async function waitForLog(noticeId: string, expected: Partial<LogRow>, timeout = 15_000): Promise<LogRow> {
  await vi.waitFor(async () => expect(await logRow(noticeId)).toMatchObject(expected), { timeout, interval: 100 });
  return logRow(noticeId);
}

async function failedSummonsTasks(): Promise<number> {
  const rows = await database.db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.ownerId, kase.ownerId), eq(tasks.kind, noticeFailedTaskKind), eq(tasks.assigneeStaffId, actorStaffId), eq(tasks.caseId, kase.id)));
  return rows.length;
}

async function noticeCount(): Promise<number> {
  const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from notices where owner_id = ${kase.ownerId}`);
  return rows[0]!.n;
}

const sentTo = (fake: FakeChannel, noticeId: string) => fake.sent.filter((m) => m.reference === noticeId);

/** The words a message carries: subject, text, html, and every attachment's text. */
function wordsOf(message: OutgoingNotice): string {
  return [message.subject, message.text, message.html ?? '', ...(message.attachments ?? []).map((a) => a.content.toString('utf8'))].join('\n');
}

describe('a summons recorded with e-mail configured', () => {
  it('is sent once to the guardian, with the meeting’s invitation and without the student’s name', async () => {
    const fake = createFakeChannel('epost');
    await startSender([fake]);
    const { meetingId, noticeId } = await summon();

    const row = await waitForLog(noticeId, { status: 'sent', attempts: 1, status_reason: null });
    expect(row.sent_at).not.toBeNull();
    expect(fake.sent).toHaveLength(1);
    const [message] = fake.sent;
    expect(message!.to).toBe(guardian.email);
    expect(message!.reference).toBe(noticeId);
    const invitation = message!.attachments?.find((a) => a.contentType.startsWith('text/calendar'));
    expect(invitation?.filename).toMatch(/\.ics$/);
    expect(invitation!.content.toString('utf8')).toContain(`UID:${meetingEventUid(meetingId)}`);
    const words = wordsOf(message!);
    expect(words).toContain(publicUrl);
    for (const name of studentNames) expect(words).not.toMatch(asWord(name));
  });
});

describe('a change rolled back', () => {
  it('leaves neither a log row nor a job', async () => {
    const fake = createFakeChannel('epost');
    // The queue exists, so that a job enqueued would be kept if the transaction committed.
    await startSender([fake]);
    const noticesBefore = await noticeCount();
    const jobs = await countJobs(database.db, NOTICE_QUEUE);

    await expect(
      database.db.transaction(async (tx) => {
        await recordMeeting(tx, { kase, actorStaffId }, meetingInput(), epostOnly);
        throw new Error('the meeting was not stored');
      }),
    ).rejects.toThrow('the meeting was not stored');
    let queued: string[] = [];
    await expect(
      database.db.transaction(async (tx) => {
        queued = await queueNotices(
          tx,
          { ownerId: kase.ownerId, schoolId: kase.schoolId, studentId: kase.studentId, caseId: kase.id, kind: 'kopi', reason: 'document:rolled-back', facts: { schoolName: 'Skolen', documentKind: 'referat' }, day: TEST_TODAY },
          [{ kind: 'foresatt', id: guardian.id, name: guardian.name, email: guardian.email, phone: null, language: 'nb' }],
          epostOnly,
        );
        throw new Error('the document was not stored');
      }),
    ).rejects.toThrow('the document was not stored');

    // Both were queued inside their transactions: what is gone went with the rollback.
    expect(queued).toHaveLength(1);
    expect(await noticeCount()).toBe(noticesBefore);
    expect(await countJobs(database.db, NOTICE_QUEUE)).toBe(jobs);
    expect(fake.sent).toEqual([]);
  });
});

describe('a failed send', () => {
  it('is retried when the provider’s failure is temporary, showing the reason while it waits', async () => {
    const fake = createFakeChannel('epost');
    fake.failNext(new ChannelError('epost', 'SMTP-tjeneren svarer ikke', { retryable: true }));
    // The retry waits at the gate until the test has seen the reason in the log.
    let retryReached!: () => void;
    const reached = new Promise<void>((resolve) => (retryReached = resolve));
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let sends = 0;
    const gated: NoticeChannel = {
      kind: 'epost',
      async send(message) {
        sends += 1;
        if (sends === 2) {
          retryReached();
          await gate;
        }
        return fake.send(message);
      },
    };
    await startSender([gated], { ...quick, retryLimit: 3, retryDelay: 1 });
    const { noticeId } = await summon();

    await reached;
    expect(await logRow(noticeId)).toMatchObject({ status: 'queued', attempts: 2, status_reason: 'provider_unreachable', status_detail: 'SMTP-tjeneren svarer ikke' });
    openGate();
    const row = await waitForLog(noticeId, { status: 'sent', attempts: 2, status_reason: null });
    expect(row.sent_at).not.toBeNull();
    expect(sentTo(fake, noticeId)).toHaveLength(1);
  });

  it('fails the notice at once when no retry can mend it, and makes one task for who summoned', async () => {
    const fake = createFakeChannel('epost');
    fake.failNext(new ChannelError('epost', 'Mottakeren finnes ikke', { retryable: false }));
    const tasksBefore = await failedSummonsTasks();
    await startSender([fake], { ...quick, retryLimit: 3 });
    const { noticeId } = await summon();

    const row = await waitForLog(noticeId, { status: 'failed', attempts: 1, status_reason: 'provider_refused', status_detail: 'Mottakeren finnes ikke' });
    expect(row.failed_at).not.toBeNull();
    expect(row.sent_at).toBeNull();
    expect(await failedSummonsTasks()).toBe(tasksBefore + 1);

    // The queue delivers at least once: the same job run again adds nothing and sends nothing.
    await sendNotice(database.db, { ownerId: kase.ownerId, noticeId }, sending([fake]));
    expect(await failedSummonsTasks()).toBe(tasksBefore + 1);
    expect(fake.sent).toEqual([]);
    expect(await logRow(noticeId)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('fails the notice when its retries are used up', async () => {
    const fake = createFakeChannel('epost');
    for (let i = 0; i < 3; i++) fake.failNext(new ChannelError('epost', 'SMTP-tjeneren svarer ikke', { retryable: true }));
    await startSender([fake], { ...quick, retryLimit: 1 });
    const { noticeId } = await summon();

    const row = await waitForLog(noticeId, { status: 'failed', attempts: 2, status_reason: 'provider_unreachable', status_detail: 'SMTP-tjeneren svarer ikke' });
    expect(row.failed_at).not.toBeNull();
    expect(fake.sent).toEqual([]);
  });

  it('fails the notice on the last try even when no try reached the provider', async () => {
    await stopSender(await startSender([createFakeChannel('epost')], { ...quick, retryLimit: 1 }));
    const { noticeId } = await summon();
    // A time no text can be written with: composing fails on every try, before any attempt.
    await database.db.execute(sql`update notices set facts = jsonb_set(facts, '{startsAt}', '"ikke et tidspunkt"') where owner_id = ${kase.ownerId} and id = ${noticeId}`);
    const fake = createFakeChannel('epost');
    await startSender([fake], { ...quick, retryLimit: 1 });

    const row = await waitForLog(noticeId, { status: 'failed', attempts: 0, status_reason: 'unknown', status_detail: null });
    expect(row.failed_at).not.toBeNull();
    expect(fake.sent).toEqual([]);
  });
});

describe('a restart', () => {
  it('sends, once, a notice queued while no sender ran', async () => {
    await stopSender(await startSender([createFakeChannel('epost')]));
    const { noticeId } = await summon();
    expect(await logRow(noticeId)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await countJobs(database.db, NOTICE_QUEUE, 'created')).toBeGreaterThanOrEqual(1);

    const fake = createFakeChannel('epost');
    await startSender([fake]);
    await waitForLog(noticeId, { status: 'sent', attempts: 1 });
    expect(fake.sent.map((m) => m.reference)).toEqual([noticeId]);
  });
});

describe('a crash while sending', () => {
  /** The dying sender's job expires after this; the next sender's maintenance gives it back. */
  const crashRetry: RetryOptions = { ...quick, retryLimit: 2, expireInSeconds: 2 };

  it('(in process: the queue’s connection cut) loses nothing, and the next sender sends once', async () => {
    // The dying sender: its queue's connection answers nothing once cut, and its channel never
    // answers, as a process killed while the provider was being called.
    const cut = cuttable(queueConnection(database));
    const dying = await startQueueOver(cut, { pollingIntervalSeconds: 0.5, queues: [{ name: NOTICE_QUEUE, ...NOTICE_RETRY, ...crashRetry }] });
    const sendBegan = deferred<string>();
    const stuck: NoticeChannel = {
      kind: 'epost',
      send(message) {
        sendBegan.resolve(message.reference);
        return new Promise(() => {});
      },
    };
    await dying.work<{ ownerId: string; noticeId: string }>(NOTICE_QUEUE, (job) => sendNotice(database.db, job.data, sending([stuck])));
    const { noticeId } = await summon();
    expect(await sendBegan.promise).toBe(noticeId);
    cut.cut();
    // Clears the dead queue's timers; its last writes never land, so the stop never ends.
    void dying.stop({ timeoutMs: 100 });
    await expectCrashRecovery(noticeId, crashRetry);
  });

  it.runIf(onPostgres)('(kill -9 of a sending process) loses nothing, and the next sender sends once', async () => {
    const [current] = await queryRows<{ name: string }>(database.db, sql`select current_database() as name`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${current!.name}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/test/notice-sender-crash-child.ts'], {
      env: { ...process.env, CRASH_DATABASE_URL: url.toString(), CRASH_RETRY: JSON.stringify(crashRetry) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const lines = linesOf(child);
      await lines.until((line) => line === 'ready');
      const { noticeId } = await summon();
      await lines.until((line) => line === `sending ${noticeId}`);
      child.kill('SIGKILL');
      await once(child, 'exit');
      expect(await logRow(noticeId)).toMatchObject({ status: 'queued', attempts: 1 });
      await expectCrashRecovery(noticeId, crashRetry);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  /** The job of the dead sender is given back after its expiry, and a new sender sends it once. */
  async function expectCrashRecovery(noticeId: string, retry: RetryOptions): Promise<void> {
    expect(await logRow(noticeId)).toMatchObject({ status: 'queued', attempts: 1 });
    const fake = createFakeChannel('epost');
    await startSender([fake], retry, 1);
    await waitForLog(noticeId, { status: 'sent', attempts: 2 }, 20_000);
    expect(fake.sent.map((m) => m.reference)).toEqual([noticeId]);
  }
});

describe('digital post', () => {
  it('moves a letter the provider took to delivered when the provider says so', async () => {
    const digital = createFakeChannel('digital_post');
    const sender = await startSender([createFakeChannel('epost'), digital]);
    const [letter] = await database.db
      .insert(notices)
      .values({
        ownerId: kase.ownerId,
        schoolId: kase.schoolId,
        studentId: kase.studentId,
        caseId: kase.id,
        kind: 'kopi',
        reason: 'document:digital-post-test',
        facts: { schoolName: 'Skolen', documentKind: 'referat' },
        recipientKind: 'foresatt',
        recipientId: guardian.id,
        recipientName: guardian.name,
        channel: 'digital_post',
        addressHint: 'digital postkasse',
        language: 'nb',
        day: TEST_TODAY,
        status: 'sent',
        externalId: 'svarut-forsendelse-1',
        attempts: 1,
        sentAt: new Date(),
      })
      .returning({ id: notices.id });

    await sender.checkDeliveries();
    expect(await logRow(letter!.id)).toMatchObject({ status: 'sent', provider_status: 'FAKE_SENT', delivered_at: null });

    digital.setStatus('svarut-forsendelse-1', { status: 'delivered', providerStatus: 'LEST' });
    await sender.checkDeliveries();
    const row = await logRow(letter!.id);
    expect(row).toMatchObject({ status: 'delivered', provider_status: 'LEST' });
    expect(row.delivered_at).not.toBeNull();
  });
});

/** The name as a word of its own (\b knows no Æ, Ø, Å). */
function asWord(name: string): RegExp {
  return new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu');
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
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

/** The child's stdout, line by line; `until` resolves at the first line (seen or to come) that matches. */
function linesOf(child: ChildProcess): { until(match: (line: string) => boolean): Promise<void> } {
  const seen: string[] = [];
  const waiting: Array<{ match: (line: string) => boolean; resolve: () => void }> = [];
  let stderr = '';
  let buffer = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      seen.push(line);
      for (const w of waiting.splice(0)) {
        if (w.match(line)) w.resolve();
        else waiting.push(w);
      }
    }
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the sending process ended (${String(code)}) before it was killed: ${stderr}`);
  });
  exited.catch(() => {});
  return {
    until(match) {
      if (seen.some(match)) return Promise.resolve();
      return Promise.race([new Promise<void>((resolve) => waiting.push({ match, resolve })), exited]);
    },
  };
}
