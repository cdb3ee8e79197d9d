/**
 * Starting Varde: configuration → database → migrations → demo school → HTTP. Each fault a
 * newcomer can meet (bad variable, unreachable server, unwritable data directory, port in use,
 * failing migration) ends in a one-line message that names it; nothing is half-written.
 * The demo school is handed in by the caller (main.ts), so that the server does not depend on
 * the demo generator, which itself builds on the data layer.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { DemoSignIns } from '../shared/api.js';
import { openDatabase, reason, type Database } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import { buildApp } from './app.js';
import { signInThrottleSettings } from './auth/sign-in-throttle.js';
import { systemClock } from '../lib/clock.js';
import { startDailyEvaluation } from './daily-evaluation.js';
import { createFintClient } from '../imports/fint/fint-client.js';
import { readFintConfigOrExplain } from '../imports/fint/fint-config.js';
import { startFintScheduler } from '../imports/fint/fint-scheduler.js';
import { configuredChannels } from '../notices/channels/configured-channels.js';
import type { NoticeChannel } from '../notices/channels/notice-channel.js';
import { startNoticeSender, type NoticeSender } from './notices/notice-sender.js';
import { startNoticeSchedule } from './notices/notice-schedule.js';

export class StartError extends Error {}

export interface Running {
  app: FastifyInstance;
  database: Database;
  url: string;
  /** The demo school's sign-ins when it is on and loaded; null otherwise. */
  demo: DemoSignIns | null;
  /** The notice channels this server sends by; none: notices are logged as not sent. */
  noticeChannels: NoticeChannel['kind'][];
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Loads the demo school into a migrated database; called only when VARDE_DEMO is on. Returns
   * the demo sign-ins when the demo school is there (loaded now or before), for the sign-in page.
   */
  loadDemo?: (database: Database, today: string) => Promise<DemoSignIns | null>;
  /**
   * Finds demo accounts that still take the published password; asked under production when the
   * demo is off, so that a database once started as a demo is not served as a school's own.
   */
  findDemo?: (database: Database) => Promise<DemoSignIns | null>;
  /** The notice channels; read from the environment (VARDE_SMTP_*, VARDE_SMS_*, VARDE_SVARUT_*) unless given. */
  noticeChannels?: readonly NoticeChannel[];
}

/** What the start says about the demo school, in its log line. */
/** What the start says about notices, in its log line. */
export function describeNotices(channels: readonly NoticeChannel['kind'][]): string {
  const words = { epost: 'e-mail', sms: 'SMS', digital_post: 'digital post' } as const;
  return channels.length > 0 ? `notices by ${channels.map((c) => words[c]).join(', ')}` : 'notices not sent (no channel configured)';
}

export function describeDemo(config: Pick<Config, 'loadDemo' | 'production'>, demo: DemoSignIns | null): string {
  if (!config.loadDemo) return config.production ? 'demo school off (production; VARDE_DEMO=1 loads it)' : 'demo school off (VARDE_DEMO=false)';
  if (!demo) return 'demo school on, but no demo account takes the published password (other data, or passwords changed)';
  const warning = config.production ? ' — VARDE_DEMO=1 under production: anyone who reads the README can sign in' : '';
  return `demo school loaded: ${demo.accounts.length} accounts with the published password${warning}`;
}

export async function startVarde(config: Config, options: StartOptions = {}): Promise<Running> {
  // Read before the database opens: a half-configured channel stops the start with its variable named.
  const channels = options.noticeChannels ?? configuredChannels();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await runMigrations(database);
    const demo = config.loadDemo && options.loadDemo ? await options.loadDemo(database, systemClock.today()) : null;
    if (!config.loadDemo && config.production && options.findDemo && (await options.findDemo(database))) {
      throw new StartError(
        'The database holds the demo school with its published password, and NODE_ENV=production: start on an empty database, or set VARDE_DEMO=1 to serve the demo on purpose',
      );
    }
    const app = await buildApp({
      database,
      logLevel: config.logLevel,
      secureCookies: config.secureCookies,
      signInThrottle: signInThrottleSettings(config.signInLimit),
      sessionIdleMinutes: config.sessionIdleMinutes,
      demo,
      signIn: config.signIn,
      secretKey: config.secretKey,
      noticeChannels: { configured: channels.map((c) => c.kind) },
    });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new StartError(`Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT to a free port`);
      if (code === 'EACCES') throw new StartError(`Not allowed to listen on port ${config.port}: choose a PORT above 1023`);
      throw new StartError(`Cannot listen on ${config.host}:${config.port}: ${reason(error)}`);
    }
    // The sender runs only where a channel is on; without one, notices are logged as not sent and nothing is queued.
    let sender: NoticeSender | undefined;
    try {
      sender = channels.length > 0 ? await startNoticeSender(database, { channels, publicUrl: config.signIn.publicUrl, clock: systemClock }, { log: app.log }) : undefined;
    } catch (error) {
      await app.close();
      throw new StartError(`Cannot start the notice queue: ${reason(error)}`);
    }
    // Always: a school that turned the same-day notice on sees it logged as not sent when no channel is on.
    const noticeSchedule = startNoticeSchedule(database.db, { channels: { configured: channels.map((c) => c.kind) }, clock: systemClock, log: app.log });
    const daily = startDailyEvaluation(database.db, systemClock, app.log);
    // The schools' daily FINT syncs (docs/imports/fint.md); FINT's configuration is read when one is due.
    const fint = startFintScheduler(database.db, { clock: systemClock, client: () => createFintClient(readFintConfigOrExplain()), log: app.log });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      database,
      url: `http://${config.host}:${port}`,
      demo,
      noticeChannels: channels.map((c) => c.kind),
      stop: async () => {
        await daily.stop();
        await fint.stop();
        // Before the sender, whose queue the schedule's notices go on.
        await noticeSchedule.stop();
        await app.close();
        // After the HTTP server, so that no request enqueues while the sender stops; before the database closes.
        await sender?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
