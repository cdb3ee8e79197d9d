/**
 * Sessions that end when they should (a disabled account, inactivity, signing out everywhere) and
 * sign-in throttling that survives a restart without locking anybody out for good. The clock is
 * moved by hand: nothing here waits for time.
 */
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts, auditLog, sessions } from '../db/schema.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import type { Clock } from '../lib/clock.js';
import { signInTo, useTestApp } from '../test/api-test-app.js';
import { testClock } from '../test/test-clock.js';
import { buildApp } from './app.js';

/** The test clock's day, at a time the test moves forward. */
function movableClock(): Clock & { advance(ms: number): void } {
  let at = testClock.now();
  return {
    now: () => at,
    today: () => testClock.today(),
    advance: (ms) => {
      at = new Date(at.getTime() + ms);
    },
  };
}

const minute = 60_000;
const clock = movableClock();
const api = useTestApp(clock);

async function attempt(username: string, password: string, address = '10.0.0.1', app = api.app) {
  return app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: address });
}

async function whoAmI(cookie: string) {
  return (await api.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode;
}

async function staffIdOf(username: string) {
  const [row] = await api.database.db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username));
  return row!.staffId;
}

async function sessionsOf(username: string) {
  const [row] = await api.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(eq(sessions.staffId, await staffIdOf(username)));
  return row!.n;
}

describe('a disabled account', () => {
  it('has its session refused on the next request, even if its sessions were left in the table', async () => {
    const { cookie } = await signInTo(api.app, 'miljoterapeut');
    expect(await whoAmI(cookie)).toBe(200);
    // Without the trigger the sessions stay: the check on every request must refuse them alone.
    await api.database.db.execute(sql`alter table accounts disable trigger accounts_disabled_end_sessions`);
    try {
      await api.database.db.update(accounts).set({ disabledAt: clock.now() }).where(eq(accounts.username, 'miljoterapeut'));
    } finally {
      await api.database.db.execute(sql`alter table accounts enable trigger accounts_disabled_end_sessions`);
    }
    expect(await sessionsOf('miljoterapeut')).toBe(1);
    expect(await whoAmI(cookie)).toBe(401);
  });

  it('loses every session the moment it is disabled, and cannot sign in again', async () => {
    const first = await signInTo(api.app, 'sosiallaerer');
    const second = await signInTo(api.app, 'sosiallaerer');
    expect(await sessionsOf('sosiallaerer')).toBe(2);
    await api.database.db.update(accounts).set({ disabledAt: clock.now() }).where(eq(accounts.username, 'sosiallaerer'));
    expect(await sessionsOf('sosiallaerer')).toBe(0);
    expect(await whoAmI(first.cookie)).toBe(401);
    expect(await whoAmI(second.cookie)).toBe(401);
    const again = await attempt('sosiallaerer', DEMO_PASSWORD, '10.0.1.1');
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('invalid_credentials');
  });
});

describe('the inactivity timeout', () => {
  it('ends a session unused for 30 minutes, while use keeps it alive', async () => {
    const { cookie } = await signInTo(api.app, 'helsesykepleier');
    clock.advance(29 * minute);
    expect(await whoAmI(cookie)).toBe(200);
    clock.advance(29 * minute);
    expect(await whoAmI(cookie)).toBe(200);
    clock.advance(31 * minute);
    expect(await whoAmI(cookie)).toBe(401);
  });

  it('still ends a session in use after its absolute 8 hours', async () => {
    const { cookie } = await signInTo(api.app, 'avdelingsleder');
    for (let elapsed = 0; elapsed < 7 * 60 + 45; elapsed += 15) {
      clock.advance(15 * minute);
      expect(await whoAmI(cookie)).toBe(200);
    }
    clock.advance(15 * minute);
    expect(await whoAmI(cookie)).toBe(401);
  });

  it('can be set shorter', async () => {
    const short = await buildApp({ database: api.database, clock, logLevel: 'silent', webRoot: '/nonexistent', sessionIdleMinutes: 5 });
    try {
      const { cookie } = await signInTo(short, 'skoleeier');
      clock.advance(6 * minute);
      expect((await short.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the person, on every device, and no one else’s', async () => {
    const laptop = await signInTo(api.app, 'radgiver');
    const phone = await signInTo(api.app, 'radgiver');
    const colleague = await signInTo(api.app, 'kontaktlaerer');
    expect(await api.app.inject({ method: 'DELETE', url: '/api/sessions', headers: { cookie: laptop.cookie } }).then((r) => r.statusCode)).toBe(403);

    const { status } = await laptop.call('DELETE', '/api/sessions');
    expect(status).toBe(204);
    expect(await whoAmI(laptop.cookie)).toBe(401);
    expect(await whoAmI(phone.cookie)).toBe(401);
    expect(await whoAmI(colleague.cookie)).toBe(200);
    const [logged] = await api.database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.actorStaffId, await staffIdOf('radgiver')), eq(auditLog.action, 'sign_out')));
    expect(logged!.detail).toEqual({ everywhere: true, sessions: 2 });
  });
});

describe('sign-in throttling', () => {
  it('makes a username wait after five failures, from any address, then lets the right password in', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('ot', `gjett-${i}`, `10.1.0.${i}`)).statusCode).toBe(401);
    expect((await attempt('ot', 'gjett-5', '10.1.0.5')).statusCode).toBe(401);

    // The sixth failure costs a wait: even the right password, from a fresh address, must wait.
    const refused = await attempt('ot', DEMO_PASSWORD, '10.1.0.6');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.headers['retry-after']).toBe('1');

    clock.advance(1000);
    expect((await attempt('ot', DEMO_PASSWORD, '10.1.0.6')).statusCode).toBe(200);
    // Success clears the username's count: one more mistake costs nothing.
    expect((await attempt('ot', 'feil', '10.1.0.7')).statusCode).toBe(401);
    expect((await attempt('ot', DEMO_PASSWORD, '10.1.0.7')).statusCode).toBe(200);
  });

  it('doubles a username’s wait per failure up to a minute, never a lock the right password cannot pass', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const address = `10.2.0.${i}`;
      let response = await attempt('faglaerer', `gjett-${i}`, address);
      if (response.statusCode === 429) {
        waits.push(Number(response.headers['retry-after']));
        clock.advance(Number(response.headers['retry-after']) * 1000);
        response = await attempt('faglaerer', `gjett-${i}`, address);
      }
      expect(response.statusCode).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    const refused = await attempt('faglaerer', DEMO_PASSWORD, '10.2.1.1');
    expect(refused.statusCode).toBe(429);
    clock.advance(60_000);
    expect((await attempt('faglaerer', DEMO_PASSWORD, '10.2.1.1')).statusCode).toBe(200);
  });

  it('is stricter per address: ten failures on any usernames make the address wait, up to 15 minutes', async () => {
    const address = '10.3.0.1';
    for (let i = 0; i < 10; i++) expect((await attempt(`ingen-${i}`, 'feil', address)).statusCode).toBe(401);
    expect((await attempt('ingen-10', 'feil', address)).statusCode).toBe(401);
    const refused = await attempt('rektor', DEMO_PASSWORD, address);
    expect(refused.statusCode).toBe(429);
    // Another address is not held up by this one's failures.
    expect((await attempt('rektor', DEMO_PASSWORD, '10.3.0.2')).statusCode).toBe(200);

    let wait = 0;
    for (let i = 11; i < 30; i++) {
      wait = Number((await attempt(`ingen-${i}`, 'feil', address)).headers['retry-after'] ?? 0);
      clock.advance(wait * 1000);
      expect((await attempt(`ingen-${i}`, 'feil', address)).statusCode).toBe(401);
    }
    expect(wait).toBe(15 * 60);
    // A successful sign-in from the address does not wipe its failures.
    clock.advance(15 * minute);
    expect((await attempt('rektor', DEMO_PASSWORD, address)).statusCode).toBe(200);
    expect((await attempt('ingen-x', 'feil', address)).statusCode).toBe(401);
    expect((await attempt('rektor', DEMO_PASSWORD, address)).statusCode).toBe(429);
  });

  it('survives building a new app on the same database', async () => {
    for (let i = 0; i < 6; i++) await attempt('skoleeier', `gjett-${i}`, `10.4.0.${i}`);
    expect((await attempt('skoleeier', DEMO_PASSWORD, '10.4.1.1')).statusCode).toBe(429);

    const restarted = await buildApp({ database: api.database, clock, logLevel: 'silent', webRoot: '/nonexistent' });
    try {
      const refused = await attempt('skoleeier', DEMO_PASSWORD, '10.4.1.1', restarted);
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      clock.advance(1000);
      expect((await attempt('skoleeier', DEMO_PASSWORD, '10.4.1.1', restarted)).statusCode).toBe(200);
    } finally {
      await restarted.close();
    }
  });

  it('forgets failures slowly: their weight halves every hour', async () => {
    for (let i = 0; i < 5; i++) await attempt('admin', `gjett-${i}`, `10.5.0.${i}`);
    clock.advance(60 * minute);
    // About 2.5 failures left: two more cost nothing, a third makes the next attempt wait.
    expect((await attempt('admin', 'gjett-5', '10.5.0.5')).statusCode).toBe(401);
    expect((await attempt('admin', 'gjett-6', '10.5.0.6')).statusCode).toBe(401);
    expect((await attempt('admin', 'gjett-7', '10.5.0.7')).statusCode).toBe(401);
    expect((await attempt('admin', DEMO_PASSWORD, '10.5.0.8')).statusCode).toBe(429);
  });

  it('keeps neither addresses nor usernames in its table', async () => {
    const rows = await api.database.db.execute(sql`select key from sign_in_throttles`);
    const keys = JSON.stringify(rows);
    expect(keys).not.toContain('10.');
    expect(keys).not.toContain('admin');
  });
});

describe('the session cookie over HTTPS', () => {
  it('is named __Host- with Secure and Path=/ and no Domain, and only that name is read', async () => {
    const secure = await buildApp({ database: api.database, clock, logLevel: 'silent', webRoot: '/nonexistent', secureCookies: true });
    try {
      const response = await secure.inject({ method: 'POST', url: '/api/session', payload: { username: 'kontaktlaerer', password: DEMO_PASSWORD }, remoteAddress: '10.6.0.1' });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === '__Host-varde_session')!;
      expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'Strict' });
      expect(cookie.domain).toBeUndefined();
      const get = (header: string) => secure.inject({ method: 'GET', url: '/api/session', headers: { cookie: header } }).then((r) => r.statusCode);
      expect(await get(`__Host-varde_session=${cookie.value}`)).toBe(200);
      expect(await get(`varde_session=${cookie.value}`)).toBe(401);
    } finally {
      await secure.close();
    }
  });
});
