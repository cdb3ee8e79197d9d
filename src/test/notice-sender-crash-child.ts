/**
 * A notice sender that dies while sending, for notice-sender.db.test.ts: run with tsx as a child
 * process against the PostgreSQL database named by CRASH_DATABASE_URL, it works the send queue
 * with an e-mail channel that never answers, says on stdout when the queue is ready and when a
 * send began (with the notice's id), and waits to be killed with SIGKILL.
 */
import { openDatabase } from '../db/database.js';
import type { RetryOptions } from '../queue/job-queue.js';
import type { NoticeChannel } from '../notices/channels/notice-channel.js';
import { startNoticeSender } from '../server/notices/notice-sender.js';
import { testClock } from './test-clock.js';

const database = await openDatabase({ databaseUrl: process.env.CRASH_DATABASE_URL });
const retry = JSON.parse(process.env.CRASH_RETRY ?? '{}') as RetryOptions;
const stuck: NoticeChannel = {
  kind: 'epost',
  send(message) {
    process.stdout.write(`sending ${message.reference}\n`);
    return new Promise(() => {});
  },
};
const log = { error: (...detail: unknown[]) => void process.stderr.write(`${JSON.stringify(detail)}\n`), warn: () => {} };
await startNoticeSender(database, { channels: [stuck], publicUrl: 'https://varde.example.no', clock: testClock }, { log, pollingIntervalSeconds: 0.5, retry });
process.stdout.write('ready\n');
