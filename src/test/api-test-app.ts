/**
 * The API under test, as the database tests drive it: the app on a fresh database for the test
 * file, and a demo user signed in who calls it with the session cookie and CSRF token.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import type { Clock } from '../lib/clock.js';
import { buildApp, type AppOptions } from '../server/app.js';
import type { Session } from '../shared/api.js';
import { testClock } from './test-clock.js';
import { openTestDatabase } from './test-database.js';

/**
 * The app on a fresh database (the demo school) for the test file's tests, on the test clock unless
 * given another: opened before them and closed after. `signIn` signs a demo user in to it.
 */
export function useTestApp(clock: Clock = testClock, options: Partial<Pick<AppOptions, 'noticeChannels'>> = {}) {
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  const routes: Array<{ method: string; url: string }> = [];
  beforeAll(async () => {
    database = await openTestDatabase();
    app = await buildApp({
      database,
      clock,
      logLevel: (process.env.VARDE_TEST_LOG as 'error' | undefined) ?? 'silent',
      webRoot: '/nonexistent',
      onRoute: ({ method, url }) => routes.push(...[method].flat().map((m) => ({ method: m, url }))),
      ...options,
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  return {
    get database(): Database {
      return database!;
    },
    get app(): FastifyInstance {
      return app!;
    },
    signIn: (username: string) => signInTo(app!, username),
    /** Every route the app registered, one per method. */
    routes: routes as ReadonlyArray<{ method: string; url: string }>,
  };
}

export type ApiCall = <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => Promise<{ status: number; body: T }>;

/** Signs a demo user in; `call` sends the session cookie and CSRF token, and reads JSON answers as JSON. */
export async function signInTo(app: FastifyInstance, username: string): Promise<{ session: Session; cookie: string; call: ApiCall }> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password: DEMO_PASSWORD } });
  const cookie = `varde_session=${response.cookies.find((c) => c.name === 'varde_session')!.value}`;
  const session = response.json<Session>();
  const call: ApiCall = async (method, url, payload) => {
    const r = await app.inject({ method, url, payload: payload as object, headers: { cookie, 'x-csrf-token': session.csrfToken } });
    return { status: r.statusCode, body: String(r.headers['content-type'] ?? '').startsWith('application/json') ? r.json() : (r.body as never) };
  };
  return { session, cookie, call };
}
