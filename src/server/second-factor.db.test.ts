/**
 * The second factor of a local sign-in (issue 14, part 3), through the API on the demo school:
 * leadership and administrators enrol an authenticator at their first sign-in and give a code
 * every time after; a wrong, reused or late code gets nobody in and is counted and audited; the
 * administrator resets a lost phone; password sign-in can be turned off altogether.
 */
import { createHash } from 'node:crypto';
import { desc, eq, gt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_SECRET_KEY, type SignInConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { accounts, auditLog, sessions, signInThrottles } from '../db/schema.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import { osloDate, type Clock } from '../lib/clock.js';
import { serverKeys } from '../lib/server-keys.js';
import type { ApiError, SecondFactorChallenge, Session, SignInResult } from '../shared/api.js';
import type { SignInOptions } from '../shared/sign-in-api.js';
import { openTestDatabase } from '../test/test-database.js';
import { testClock } from '../test/test-clock.js';
import { buildApp } from './app.js';

// The server's clock, moved by the tests: the codes are computed for the same instant.
let at = testClock.now().getTime();
const clock: Clock = { now: () => new Date(at), today: () => osloDate(new Date(at)) };
const advance = (seconds: number) => (at += seconds * 1000);
const epoch = () => Math.floor(at / 1000);

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

// Each test its own address, so that one test's refusals do not make another's wait.
let address = 10;
const nextAddress = () => `192.0.2.${address++}`;

const signIn = (app: FastifyInstance, username: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { username, password: DEMO_PASSWORD }, remoteAddress });
const giveCode = (app: FastifyInstance, challenge: string, code: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/session/second-factor', payload: { challenge, code }, remoteAddress });
const codeAt = (secret: string, seconds = epoch()) => generate({ secret, epoch: seconds });
const challengeOf = (response: { json: <T>() => T }) => response.json<SecondFactorChallenge>().secondFactor;
const sessionCookie = (response: { cookies: Array<{ name: string; value: string; httpOnly?: boolean; sameSite?: string }> }) => response.cookies.find((c) => c.name === 'varde_session');
const errorCode = (response: { json: <T>() => T }) => response.json<ApiError>().error.code;

async function accountOf(username: string) {
  const [account] = await database.db.select().from(accounts).where(eq(accounts.username, username));
  return account!;
}
async function lastAuditId() {
  const [last] = await database.db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return last?.id ?? 0;
}
const entriesSince = (id: number) => database.db.select().from(auditLog).where(gt(auditLog.id, id)).orderBy(auditLog.id);

/** The secrets the people of these tests enrolled, as their authenticator apps keep them. */
const authenticators = new Map<string, string>();

/** Signs in with password and code, enrolling first if the server asks; the session's answer. */
async function signInWithCode(app: FastifyInstance, username: string) {
  const from = nextAddress();
  const first = await signIn(app, username, from);
  expect(first.statusCode).toBe(200);
  const challenge = challengeOf(first);
  if (challenge.step === 'enrol') authenticators.set(username, challenge.secret!);
  const response = await giveCode(app, challenge.challenge, await codeAt(authenticators.get(username)!), from);
  expect(response.statusCode).toBe(200);
  return response;
}

describe('a second factor for leadership and administrators', () => {
  it('has rektor enrol at the first sign-in, and keeps the secret only once a first code is confirmed', async () => {
    const from = nextAddress();
    const first = await signIn(required, 'rektor', from);
    expect(first.statusCode).toBe(200);
    expect(sessionCookie(first)).toBeUndefined();
    const challenge = challengeOf(first);
    expect(challenge.step).toBe('enrol');
    expect(challenge.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(challenge.otpauthUri).toBe(`otpauth://totp/Varde:rektor?secret=${challenge.secret}&issuer=Varde`);
    expect('csrfToken' in first.json<SignInResult>()).toBe(false);
    // Nothing is kept before the first code: a sign-in abandoned here leaves no half-made authenticator.
    expect((await accountOf('rektor')).totpSecret).toBeNull();

    const before = await lastAuditId();
    const confirmed = await giveCode(required, challenge.challenge, await codeAt(challenge.secret!), from);
    expect(confirmed.statusCode).toBe(200);
    const session = confirmed.json<Session>();
    expect(session.roles.some((r) => r.role === 'skoleleder')).toBe(true);
    const cookie = sessionCookie(confirmed)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    authenticators.set('rektor', challenge.secret!);

    const account = await accountOf('rektor');
    expect(account.totpConfirmedAt).toEqual(clock.now());
    expect(account.totpSecret).not.toContain(challenge.secret!);
    expect(serverKeys(DEVELOPMENT_SECRET_KEY).open(account.totpSecret!)).toBe(challenge.secret);

    const [row] = await database.db.select({ method: sessions.method }).from(sessions).where(eq(sessions.tokenHash, createHash('sha256').update(cookie.value).digest('hex')));
    expect(row?.method).toBe('password_totp');
    const signedIn = (await entriesSince(before)).filter((e) => e.action === 'sign_in');
    expect(signedIn.map((e) => [e.actorStaffId, e.detail])).toEqual([[session.staffId, { method: 'password_totp' }]]);

    const me = await required.inject({ method: 'GET', url: '/api/session', headers: { cookie: `varde_session=${cookie.value}` } });
    expect(me.statusCode).toBe(200);
  });

  it('asks rektor only for a code the next time', async () => {
    advance(60);
    const from = nextAddress();
    const first = await signIn(required, 'rektor', from);
    const challenge = challengeOf(first);
    expect(challenge).toEqual({ step: 'verify', challenge: expect.any(String) });
    const response = await giveCode(required, challenge.challenge, await codeAt(authenticators.get('rektor')!), from);
    expect(response.statusCode).toBe(200);
    expect(sessionCookie(response)).toBeDefined();
  });

  it('takes a code from the step before or after, for a phone whose clock is off', async () => {
    advance(60);
    const from = nextAddress();
    const challenge = challengeOf(await signIn(required, 'rektor', from));
    const response = await giveCode(required, challenge.challenge, await codeAt(authenticators.get('rektor')!, epoch() + 30), from);
    expect(response.statusCode).toBe(200);
  });

  it('refuses a wrong code, counts it against the username and audits it', async () => {
    advance(60);
    const from = nextAddress();
    const challenge = challengeOf(await signIn(required, 'rektor', from));
    const right = await codeAt(authenticators.get('rektor')!);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    const before = await lastAuditId();
    const response = await giveCode(required, challenge.challenge, wrong, from);
    expect(response.statusCode).toBe(401);
    expect(errorCode(response)).toBe('second_factor_failed');
    expect(sessionCookie(response)).toBeUndefined();

    const rektor = await accountOf('rektor');
    const failed = (await entriesSince(before)).filter((e) => e.action === 'sign_in_failed');
    expect(failed.map((e) => [e.ownerId, e.actorStaffId, e.address, e.detail])).toEqual([[rektor.ownerId, rektor.staffId, from, { factor: 'totp', reason: 'wrong_code' }]]);
    const usernameKey = createHash('sha256').update('username:rektor').digest('hex');
    const [throttle] = await database.db.select().from(signInThrottles).where(eq(signInThrottles.key, usernameKey));
    expect(throttle?.score).toBeGreaterThan(0);

    // Not a digit code at all: the same refusal, not a validation error that would tell more.
    expect((await giveCode(required, challenge.challenge, 'abcdef', from)).statusCode).toBe(401);
    // The right code still gets in on the same challenge, and clears the username's failures.
    expect((await giveCode(required, challenge.challenge, right, from)).statusCode).toBe(200);
    expect(await database.db.select().from(signInThrottles).where(eq(signInThrottles.key, usernameKey))).toEqual([]);
  });

  it('refuses a code used before, even with a new challenge', async () => {
    advance(60);
    const from = nextAddress();
    const code = await codeAt(authenticators.get('rektor')!);
    const once = challengeOf(await signIn(required, 'rektor', from));
    expect((await giveCode(required, once.challenge, code, from)).statusCode).toBe(200);

    const twice = challengeOf(await signIn(required, 'rektor', from));
    const before = await lastAuditId();
    const replayed = await giveCode(required, twice.challenge, code, from);
    expect(replayed.statusCode).toBe(401);
    expect(errorCode(replayed)).toBe('second_factor_failed');
    expect((await entriesSince(before)).filter((e) => e.action === 'sign_in_failed').map((e) => e.detail)).toEqual([{ factor: 'totp', reason: 'reused' }]);
    // A code from the step before the one used is older still: refused too.
    expect((await giveCode(required, twice.challenge, await codeAt(authenticators.get('rektor')!, epoch() - 30), from)).statusCode).toBe(401);
  });

  it('refuses a challenge after five minutes, and a forged one', async () => {
    advance(60);
    const from = nextAddress();
    const challenge = challengeOf(await signIn(required, 'rektor', from));
    advance(5 * 60 + 1);
    const before = await lastAuditId();
    const late = await giveCode(required, challenge.challenge, await codeAt(authenticators.get('rektor')!), from);
    expect(late.statusCode).toBe(401);
    expect(errorCode(late)).toBe('second_factor_failed');

    const [head, iv, tag, body] = challenge.challenge.split('.');
    const changed = [head, iv, tag, `${body!.slice(0, -2)}${body!.endsWith('AA') ? 'BB' : 'AA'}`].join('.');
    const forged = await giveCode(required, changed, await codeAt(authenticators.get('rektor')!), from);
    expect(forged.statusCode).toBe(401);
    const failed = (await entriesSince(before)).filter((e) => e.action === 'sign_in_failed');
    expect(failed.map((e) => e.detail)).toEqual([
      { factor: 'totp', reason: 'challenge' },
      { factor: 'totp', reason: 'challenge' },
    ]);
    // A forged challenge names nobody.
    expect(failed[1]!.actorStaffId).toBeNull();
  });

  it('gives a kontaktlærer the session at once', async () => {
    const response = await signIn(required, 'kontaktlaerer', nextAddress());
    expect(response.statusCode).toBe(200);
    expect(response.json<Session>().csrfToken).toEqual(expect.any(String));
    expect('secondFactor' in response.json<SignInResult>()).toBe(false);
    expect(sessionCookie(response)).toBeDefined();
  });

  it('asks nobody with the second factor off, and the session says a password was used', async () => {
    const off = await appWith({ secondFactor: 'off' });
    for (const username of ['rektor', 'admin', 'skoleeier']) {
      const response = await signIn(off, username, nextAddress());
      expect(response.statusCode, username).toBe(200);
      expect(response.json<Session>().csrfToken).toEqual(expect.any(String));
      const [row] = await database.db.select({ method: sessions.method }).from(sessions).where(eq(sessions.tokenHash, createHash('sha256').update(sessionCookie(response)!.value).digest('hex')));
      expect(row?.method).toBe('password');
    }
  });

  it('lets the administrator reset a lost phone: the person enrols again', async () => {
    const rektorStaffId = (await accountOf('rektor')).staffId;
    // Rektor is in the leadership, not the owner's administrator.
    const rektorSession = await signInWithCode(required, 'rektor');
    const byRektor = await required.inject({
      method: 'DELETE',
      url: `/api/staff/${rektorStaffId}/second-factor`,
      headers: { cookie: `varde_session=${sessionCookie(rektorSession)!.value}`, 'x-csrf-token': rektorSession.json<Session>().csrfToken },
    });
    expect(byRektor.statusCode).toBe(403);

    const adminSession = await signInWithCode(required, 'admin');
    const admin = adminSession.json<Session>();
    const before = await lastAuditId();
    const reset = await required.inject({
      method: 'DELETE',
      url: `/api/staff/${rektorStaffId}/second-factor`,
      headers: { cookie: `varde_session=${sessionCookie(adminSession)!.value}`, 'x-csrf-token': admin.csrfToken },
    });
    expect(reset.statusCode).toBe(204);
    const entries = (await entriesSince(before)).filter((e) => e.entity === 'account_second_factor');
    expect(entries.map((e) => [e.action, e.actorStaffId, e.entityId])).toEqual([['delete', admin.staffId, rektorStaffId]]);
    const account = await accountOf('rektor');
    expect([account.totpSecret, account.totpConfirmedAt]).toEqual([null, null]);

    advance(60);
    const from = nextAddress();
    const again = challengeOf(await signIn(required, 'rektor', from));
    expect(again.step).toBe('enrol');
    // The old phone's codes are no good any more.
    expect((await giveCode(required, again.challenge, await codeAt(authenticators.get('rektor')!), from)).statusCode).toBe(401);
    expect((await giveCode(required, again.challenge, await codeAt(again.secret!), from)).statusCode).toBe(200);
  });

  it('refuses a reset of nobody, as of another owner’s person', async () => {
    advance(60);
    const adminSession = await signInWithCode(required, 'admin');
    const headers = { cookie: `varde_session=${sessionCookie(adminSession)!.value}`, 'x-csrf-token': adminSession.json<Session>().csrfToken };
    const otherOwners = (await accountOf('gs-rektor')).staffId;
    const [nobody, stranger] = await Promise.all(
      ['00000000-0000-4000-8000-00000000dead', otherOwners].map((id) => required.inject({ method: 'DELETE', url: `/api/staff/${id}/second-factor`, headers })),
    );
    expect(nobody!.statusCode).toBe(404);
    expect(stranger!.json()).toEqual(nobody!.json());
  });
});

describe('the API description', () => {
  it('describes the sign-in answer as the session or a challenge, and the second-factor routes', async () => {
    const spec = (await required.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { anyOf?: unknown[] } }> }> }>> }>();
    expect(spec.paths['/api/session']!.post!.responses['200']!.content['application/json']!.schema.anyOf).toHaveLength(2);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/session/second-factor', '/api/staff/{staffId}/second-factor', '/api/sign-in/options']));
  });
});

describe('password sign-in turned off', () => {
  it('is refused with its own code and audited, and the options say so', async () => {
    const feideOnly = await appWith({ passwordSignIn: false, feide: { issuer: 'https://auth.example', clientId: 'varde', clientSecret: 'secret', groupsApi: 'https://groups.example' } });
    const before = await lastAuditId();
    const response = await signIn(feideOnly, 'kontaktlaerer', nextAddress());
    expect(response.statusCode).toBe(403);
    expect(errorCode(response)).toBe('password_sign_in_off');
    expect(sessionCookie(response)).toBeUndefined();
    const failed = (await entriesSince(before)).filter((e) => e.action === 'sign_in_failed');
    expect(failed.map((e) => e.detail)).toEqual([{ passwordSignIn: 'off' }]);

    const options = await feideOnly.inject({ method: 'GET', url: '/api/sign-in/options' });
    expect(options.json<SignInOptions>()).toEqual({ password: false, feide: true, idPorten: false });
    expect((await required.inject({ method: 'GET', url: '/api/sign-in/options' })).json<SignInOptions>()).toEqual({ password: true, feide: false, idPorten: false });
  });
});
