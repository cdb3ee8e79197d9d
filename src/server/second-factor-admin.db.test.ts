/**
 * The administrator's list of second factors (issue 14, part 3), through the API on the demo
 * school: who signs in with a password and needs a code, and whether each has set up an
 * authenticator — before and after a reset of a lost phone. Only the owner's administrator sees it.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignInConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { accounts } from '../db/schema.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import { osloDate, type Clock } from '../lib/clock.js';
import type { SecondFactorChallenge, Session } from '../shared/api.js';
import type { PersonSecondFactor, SecondFactorOverview } from '../shared/second-factor-api.js';
import { openTestDatabase } from '../test/test-database.js';
import { testClock } from '../test/test-clock.js';
import { buildApp } from './app.js';

let at = testClock.now().getTime();
const clock: Clock = { now: () => new Date(at), today: () => osloDate(new Date(at)) };
const advance = (seconds: number) => (at += seconds * 1000);

let database: Database;
const apps: FastifyInstance[] = [];
let required: FastifyInstance;

async function appWith(signIn: Partial<SignInConfig>) {
  const app = await buildApp({ database, clock, logLevel: 'silent', webRoot: '/nonexistent', signIn });
  apps.push(app);
  return app;
}

beforeAll(async () => {
  database = await openTestDatabase();
  required = await appWith({ secondFactor: 'required' });
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database?.close();
});

let address = 10;
/** The secrets enrolled, as the people's authenticator apps keep them. */
const authenticators = new Map<string, string>();

/** Signs in with password and code, enrolling first if asked; the cookie and CSRF token to go on with. */
async function signInWithCode(app: FastifyInstance, username: string) {
  const remoteAddress = `192.0.2.${address++}`;
  const first = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password: DEMO_PASSWORD }, remoteAddress });
  const { secondFactor } = first.json<SecondFactorChallenge>();
  if (secondFactor.step === 'enrol') authenticators.set(username, secondFactor.secret!);
  const code = await generate({ secret: authenticators.get(username)!, epoch: Math.floor(at / 1000) });
  const response = await app.inject({ method: 'POST', url: '/api/session/second-factor', payload: { challenge: secondFactor.challenge, code }, remoteAddress });
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'varde_session')!.value;
  return { headers: { cookie: `varde_session=${cookie}`, 'x-csrf-token': response.json<Session>().csrfToken } };
}

async function overview(app: FastifyInstance, headers: Record<string, string>) {
  const response = await app.inject({ method: 'GET', url: '/api/owner/second-factors', headers });
  expect(response.statusCode).toBe(200);
  return response.json<SecondFactorOverview>();
}
const byUsername = (view: SecondFactorOverview, username: string): PersonSecondFactor | undefined => view.people.find((p) => p.username === username);
const staffIdOf = async (username: string) => (await database.db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username)))[0]!.staffId;

describe("the administrator's list of second factors", () => {
  it('lists leaders and administrators with a password, not teachers nor another owner’s people', async () => {
    const admin = await signInWithCode(required, 'admin');
    const view = await overview(required, admin.headers);
    expect(view.secondFactor).toBe('required');
    const usernames = view.people.map((p) => p.username);
    expect(usernames).toEqual(expect.arrayContaining(['admin', 'rektor', 'skoleeier']));
    expect(usernames).not.toContain('kontaktlaerer');
    expect(usernames).not.toContain('gs-rektor');

    expect(byUsername(view, 'admin')!.state).toEqual({ kind: 'enrolled', since: clock.now().toISOString() });
    const rektor = byUsername(view, 'rektor')!;
    expect(rektor.state).toEqual({ kind: 'not_enrolled' });
    expect(rektor.staffId).toBe(await staffIdOf('rektor'));
    expect(rektor.roles).toContainEqual({ role: 'skoleleder', schoolName: expect.any(String) });
    expect(byUsername(view, 'skoleeier')!.roles).toContainEqual({ role: 'skoleeier', schoolName: null });
  });

  it('shows rektor enrolled after the first code, and not enrolled after a reset', async () => {
    advance(60);
    await signInWithCode(required, 'rektor');
    const enrolledAt = clock.now().toISOString();
    advance(60);
    const admin = await signInWithCode(required, 'admin');
    expect(byUsername(await overview(required, admin.headers), 'rektor')!.state).toEqual({ kind: 'enrolled', since: enrolledAt });

    const reset = await required.inject({ method: 'DELETE', url: `/api/staff/${await staffIdOf('rektor')}/second-factor`, headers: admin.headers });
    expect(reset.statusCode).toBe(204);
    expect(byUsername(await overview(required, admin.headers), 'rektor')!.state).toEqual({ kind: 'not_enrolled' });
  });

  it('refuses rektor, who is the school’s leader and not the owner’s administrator', async () => {
    advance(60);
    const rektor = await signInWithCode(required, 'rektor');
    const response = await required.inject({ method: 'GET', url: '/api/owner/second-factors', headers: rektor.headers });
    expect(response.statusCode).toBe(403);
  });

  it('leaves out an account without a password, and says when the second factor is off on the server', async () => {
    await database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.username, 'skoleeier'));
    const off = await appWith({ secondFactor: 'off' });
    const signedIn = await off.inject({ method: 'POST', url: '/api/session', payload: { username: 'admin', password: DEMO_PASSWORD }, remoteAddress: `192.0.2.${address++}` });
    const headers = { cookie: `varde_session=${signedIn.cookies.find((c) => c.name === 'varde_session')!.value}` };
    const view = await overview(off, headers);
    expect(view.secondFactor).toBe('off');
    expect(byUsername(view, 'skoleeier')).toBeUndefined();
    expect(byUsername(view, 'rektor')).toBeDefined();
  });
});
