/**
 * Sign-in with Feide and ID-porten against local stand-ins (src/test/oidc/): a teacher through
 * Feide, a guardian through ID-porten who reads and signs a tiltaksplan that the school then sees
 * signed, and every refusal the issue names — wrong state, replayed code, wrong nonce, an expired
 * ID token, a guardian without parental responsibility, a guardian of a student who turned 18 —
 * each sent back to the sign-in page with its reason, and audited.
 */
import type { FastifyInstance } from 'fastify';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { accounts, auditLog, cases, feideGroupSnapshots, guardians, planVersions, plans, sessions, staff, studentGuardians, students } from '../db/schema.js';
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import { serverKeys } from '../lib/server-keys.js';
import { demoFeideGroups } from '../test/oidc/demo-feide-groups.js';
import { startFakeIdentityProviders, type FakeIdentityProviders } from '../test/oidc/fake-identity-providers.js';
import { startHostileProvider, type HostileMode } from '../test/oidc/hostile-provider.js';
import { signInWithoutBrowser } from '../test/oidc/sign-in-without-browser.js';
import { seedDemoCases } from '../demo/seed-demo-cases.js';
import { TEST_TODAY, testClock } from '../test/test-clock.js';
import { openTestDatabase } from '../test/test-database.js';
import { buildApp } from './app.js';

const VARDE = 'http://varde.test';
const keys = serverKeys(DEVELOPMENT_SECRET_KEY);
// Synthetic identity numbers (month + 80), as ID-porten's TestID gives them.
const GUARDIAN_NR = '01817500087';
const OTHER_NR = '02817500016';

let database: Database;
let providers: FakeIdentityProviders;
let app: FastifyInstance;
let planTarget: Awaited<ReturnType<typeof studentWithPlan>>;

const cookieOf = (response: { cookies: Array<{ name: string; value: string }> }, name: string) => response.cookies.find((c) => c.name === name)?.value;

/** Begins at Varde, signs in at the provider as `identity`, and brings the answer back to Varde. */
async function signIn(on: FastifyInstance, provider: 'feide' | 'id-porten', identity: string) {
  const begun = await on.inject({ method: 'GET', url: `/api/sign-in/${provider}` });
  expect(begun.statusCode).toBe(302);
  const stateCookie = cookieOf(begun, 'varde_sign_in')!;
  const { callbackUrl } = await signInWithoutBrowser({ authorizationUrl: begun.headers.location!, identity, varde: VARDE });
  const path = `${callbackUrl.pathname}${callbackUrl.search}`;
  const back = await on.inject({ method: 'GET', url: path, headers: { cookie: `varde_sign_in=${stateCookie}` } });
  return { back, path, stateCookie, location: back.headers.location ?? '' };
}

async function lastRefusal() {
  const [row] = await database.db.select({ detail: auditLog.detail }).from(auditLog).where(eq(auditLog.action, 'sign_in_failed')).orderBy(desc(auditLog.id)).limit(1);
  return row?.detail as { refusal: string; reason?: string } | undefined;
}

/** A student under 18 with a signed tiltaksplan, and a guardian with parental responsibility who has not signed it. */
async function studentWithPlan() {
  const [row] = await database.db
    .select({ studentId: students.id, ownerId: students.ownerId, guardianId: studentGuardians.guardianId, planId: plans.id, caseId: cases.id })
    .from(plans)
    .innerJoin(cases, and(eq(cases.ownerId, plans.ownerId), eq(cases.id, plans.caseId)))
    .innerJoin(students, and(eq(students.ownerId, cases.ownerId), eq(students.id, cases.studentId)))
    .innerJoin(studentGuardians, and(eq(studentGuardians.ownerId, students.ownerId), eq(studentGuardians.studentId, students.id), eq(studentGuardians.parentalResponsibility, true)))
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(
      and(
        eq(plans.kind, 'tiltaksplan'),
        sql`${students.birthDate} > '2008-11-23'`,
        sql`exists (select 1 from plan_versions v where v.owner_id = ${plans.ownerId} and v.plan_id = ${plans.id} and jsonb_array_length(v.signatures) > 0)`,
        sql`not exists (select 1 from plan_versions v, jsonb_array_elements(v.signatures) e where v.owner_id = ${plans.ownerId} and v.plan_id = ${plans.id} and e->>'name' = ${guardians.givenName} || ' ' || ${guardians.familyName})`,
      ),
    )
    .limit(1);
  return row!;
}

beforeAll(async () => {
  database = await openTestDatabase();
  providers = await startFakeIdentityProviders({ varde: VARDE, feideGroups: (name) => demoFeideGroups(name) });
  app = await buildApp({
    database,
    clock: testClock,
    logLevel: 'silent',
    webRoot: '/nonexistent',
    signIn: { publicUrl: VARDE, feide: providers.feide, idPorten: providers.idPorten },
  });
  await seedDemoCases(database.db, TEST_TODAY);
  planTarget = await studentWithPlan();
  await database.db.update(staff).set({ feideName: 'kontaktlaerer@demo.varde.no' }).where(sql`${staff.id} = (select staff_id from accounts where username = 'kontaktlaerer')`);
});

afterAll(async () => {
  await app?.close();
  await providers?.stop();
  await database?.close();
});

describe('Feide for staff', () => {
  it("signs a teacher in by the Feide name, keeps Feide's groups for comparison, and signs out at Feide too", async () => {
    const { back, location } = await signIn(app, 'feide', 'kontaktlaerer@demo.varde.no');
    expect(location).toBe('/');
    const token = cookieOf(back, 'varde_session')!;
    const me = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `varde_session=${token}` } });
    expect(me.statusCode).toBe(200);
    const [account] = await database.db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, 'kontaktlaerer'));
    const [stored] = await database.db.select({ method: sessions.method, idToken: sessions.idToken }).from(sessions).where(eq(sessions.staffId, account!.staffId)).orderBy(desc(sessions.createdAt)).limit(1);
    expect(stored?.method).toBe('feide');
    expect(stored?.idToken).toBeTruthy();
    const [snapshot] = await database.db.select().from(feideGroupSnapshots).where(eq(feideGroupSnapshots.staffId, account!.staffId));
    expect((snapshot?.groups as Array<{ name: string }>).map((g) => g.name)).toContain('1STA');

    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: `varde_session=${token}`, 'x-csrf-token': me.json().csrfToken } });
    const endSessionUrl = new URL(out.json().endSessionUrl);
    expect(endSessionUrl.href.startsWith(providers.feide.issuer)).toBe(true);
    expect(endSessionUrl.searchParams.get('id_token_hint')).toBe(stored!.idToken);
    expect(endSessionUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${VARDE}/logg-inn`);
  });

  it('refuses a Feide name nobody in Varde has', async () => {
    const { location } = await signIn(app, 'feide', 'ukjent@demo.varde.no');
    expect(location).toBe('/logg-inn?feil=feide_unknown');
    expect((await lastRefusal())?.refusal).toBe('feide_unknown');
  });

  it('refuses an answer whose state was used before (a replay), or that comes to another browser', async () => {
    const first = await signIn(app, 'feide', 'kontaktlaerer@demo.varde.no');
    expect(first.location).toBe('/');
    const again = await app.inject({ method: 'GET', url: first.path, headers: { cookie: `varde_sign_in=${first.stateCookie}` } });
    expect(again.headers.location).toBe('/logg-inn?feil=state_invalid');
    expect((await lastRefusal())?.refusal).toBe('state_invalid');

    const begun = await app.inject({ method: 'GET', url: '/api/sign-in/feide' });
    const { callbackUrl } = await signInWithoutBrowser({ authorizationUrl: begun.headers.location!, identity: 'kontaktlaerer@demo.varde.no', varde: VARDE });
    const elsewhere = await app.inject({ method: 'GET', url: `${callbackUrl.pathname}${callbackUrl.search}` });
    expect(elsewhere.headers.location).toBe('/logg-inn?feil=state_invalid');
    expect((await lastRefusal())?.reason).toMatch(/another browser/);
  });

  it('refuses a replayed code under a fresh state: the provider will not take it twice', async () => {
    const first = await signIn(app, 'feide', 'kontaktlaerer@demo.varde.no');
    const usedCode = new URL(first.path, VARDE).searchParams.get('code')!;
    const begun = await app.inject({ method: 'GET', url: '/api/sign-in/feide' });
    const state = new URL(begun.headers.location!).searchParams.get('state')!;
    const replay = await app.inject({
      method: 'GET',
      url: `/api/sign-in/callback/feide?code=${encodeURIComponent(usedCode)}&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(providers.feide.issuer)}`,
      headers: { cookie: `varde_sign_in=${cookieOf(begun, 'varde_sign_in')}` },
    });
    expect(replay.headers.location).toBe('/logg-inn?feil=token_invalid');
    expect((await lastRefusal())?.refusal).toBe('token_invalid');
  });

  it('sends the person back with provider_error when they cancel at the provider', async () => {
    const begun = await app.inject({ method: 'GET', url: '/api/sign-in/feide' });
    const { callbackUrl } = await signInWithoutBrowser({ authorizationUrl: begun.headers.location!, identity: 'x', varde: VARDE, cancel: true });
    const back = await app.inject({ method: 'GET', url: `${callbackUrl.pathname}${callbackUrl.search}`, headers: { cookie: `varde_sign_in=${cookieOf(begun, 'varde_sign_in')}` } });
    expect(back.headers.location).toBe('/logg-inn?feil=provider_error');
  });
});

describe('a provider whose ID token does not hold', () => {
  for (const mode of ['expired_id_token', 'wrong_nonce', 'wrong_audience', 'bad_signature'] satisfies HostileMode[]) {
    it(`refuses ${mode.replaceAll('_', ' ')}`, async () => {
      const hostile = await startHostileProvider({ varde: VARDE, mode, claims: { [`https://n.feide.no/claims/eduPersonPrincipalName`]: 'kontaktlaerer@demo.varde.no' } });
      const hostileApp = await buildApp({
        database,
        clock: testClock,
        logLevel: 'silent',
        webRoot: '/nonexistent',
        signIn: { publicUrl: VARDE, feide: { ...hostile, groupsApi: 'http://127.0.0.1:9' } },
      });
      try {
        const begun = await hostileApp.inject({ method: 'GET', url: '/api/sign-in/feide' });
        const answer = await fetch(begun.headers.location!, { redirect: 'manual' });
        const callback = new URL(answer.headers.get('location')!);
        const back = await hostileApp.inject({ method: 'GET', url: `${callback.pathname}${callback.search}`, headers: { cookie: `varde_sign_in=${cookieOf(begun, 'varde_sign_in')}` } });
        expect(back.headers.location).toBe('/logg-inn?feil=token_invalid');
        expect(cookieOf(back, 'varde_session')).toBeUndefined();
        expect((await lastRefusal())?.refusal).toBe('token_invalid');
      } finally {
        await hostileApp.close();
        await hostile.stop();
      }
    });
  }
});

describe('ID-porten for guardians', () => {
  it('lets a guardian read the tiltaksplan and sign it, and the school sees the signature', async () => {
    const target = planTarget;
    await database.db.update(guardians).set({ nationalIdHash: keys.hashNationalId(GUARDIAN_NR) }).where(and(eq(guardians.ownerId, target.ownerId), eq(guardians.id, target.guardianId)));
    const { back, location } = await signIn(app, 'id-porten', GUARDIAN_NR);
    expect(location).toBe('/hjem');
    const cookie = `varde_home=${cookieOf(back, 'varde_home')}`;
    const session = (await app.inject({ method: 'GET', url: '/api/home/session', headers: { cookie } })).json();
    expect(session.personKind).toBe('foresatt');
    expect(session.students.map((s: { id: string }) => s.id)).toContain(target.studentId);

    const overview = (await app.inject({ method: 'GET', url: `/api/home/students/${target.studentId}`, headers: { cookie } })).json();
    const plan = overview.plans.find((p: { planId: string }) => p.planId === target.planId);
    expect(plan).toMatchObject({ status: 'signed', canSign: true, signedByMe: false });
    expect(JSON.stringify(overview)).not.toMatch(/flag|risiko|varsel/i);

    const signed = await app.inject({
      method: 'POST',
      url: `/api/home/students/${target.studentId}/plans/${target.planId}/versions/${plan.version}/signature`,
      headers: { cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(signed.statusCode).toBe(201);
    expect(signed.json()).toMatchObject({ signedByMe: true, canSign: false });
    const twice = await app.inject({
      method: 'POST',
      url: `/api/home/students/${target.studentId}/plans/${target.planId}/versions/${plan.version}/signature`,
      headers: { cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(twice.statusCode).toBe(409);

    const [version] = await database.db.select({ signatures: planVersions.signatures }).from(planVersions).where(and(eq(planVersions.planId, target.planId), eq(planVersions.version, plan.version)));
    const mine = (version!.signatures as Array<{ method: string; role: string; signer?: { personId: string; identity: string } }>).find((s) => s.method === 'id_porten');
    expect(mine).toMatchObject({ role: 'foresatt', signer: { personId: target.guardianId } });
    expect(mine!.signer!.identity).not.toContain(GUARDIAN_NR);
    const audited = await database.db.select({ detail: auditLog.detail }).from(auditLog).where(and(eq(auditLog.entity, 'plan_signature'), eq(auditLog.studentId, target.studentId)));
    expect(audited.some((a) => (a.detail as { home?: { personKind: string } }).home?.personKind === 'foresatt')).toBe(true);
  });

  it('shows no other student: another id is answered as missing', async () => {
    const { back } = await signIn(app, 'id-porten', GUARDIAN_NR);
    const cookie = `varde_home=${cookieOf(back, 'varde_home')}`;
    const [other] = await database.db.select({ id: students.id }).from(students).limit(1).offset(7);
    const response = await app.inject({ method: 'GET', url: `/api/home/students/${other!.id}`, headers: { cookie } });
    expect(response.statusCode).toBe(404);
    // Nor can a home session reach a staff route.
    expect((await app.inject({ method: 'GET', url: '/api/me/students', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses a guardian without parental responsibility', async () => {
    const target = planTarget;
    await database.db.update(studentGuardians).set({ parentalResponsibility: false }).where(and(eq(studentGuardians.studentId, target.studentId), eq(studentGuardians.guardianId, target.guardianId)));
    try {
      const { location, back } = await signIn(app, 'id-porten', GUARDIAN_NR);
      expect(location).toBe('/logg-inn?feil=no_parental_responsibility');
      expect(cookieOf(back, 'varde_home')).toBeUndefined();
      expect((await lastRefusal())?.refusal).toBe('no_parental_responsibility');
    } finally {
      await database.db.update(studentGuardians).set({ parentalResponsibility: true }).where(and(eq(studentGuardians.studentId, target.studentId), eq(studentGuardians.guardianId, target.guardianId)));
    }
  });

  it("ends a guardian's access when the student turns 18, until the student consents; the adult student decides in the home view", async () => {
    const target = planTarget;
    const [before] = await database.db.select({ birthDate: students.birthDate }).from(students).where(eq(students.id, target.studentId));
    await database.db.update(students).set({ birthDate: '2008-11-23', nationalIdHash: keys.hashNationalId(OTHER_NR) }).where(eq(students.id, target.studentId));
    try {
      const refused = await signIn(app, 'id-porten', GUARDIAN_NR);
      expect(refused.location).toBe('/logg-inn?feil=student_is_adult');
      expect((await lastRefusal())?.refusal).toBe('student_is_adult');

      // The student (18 today) signs in with ID-porten and lets the guardian in.
      const own = await signIn(app, 'id-porten', OTHER_NR);
      expect(own.location).toBe('/hjem');
      const cookie = `varde_home=${cookieOf(own.back, 'varde_home')}`;
      const session = (await app.inject({ method: 'GET', url: '/api/home/session', headers: { cookie } })).json();
      expect(session.personKind).toBe('elev');
      const overview = (await app.inject({ method: 'GET', url: `/api/home/students/${target.studentId}`, headers: { cookie } })).json();
      expect(overview.guardianConsents.map((g: { guardianId: string }) => g.guardianId)).toContain(target.guardianId);
      const consentUrl = `/api/home/students/${target.studentId}/guardian-consents/${target.guardianId}`;
      expect((await app.inject({ method: 'PUT', url: consentUrl, headers: { cookie, 'x-csrf-token': session.csrfToken } })).statusCode).toBe(204);

      const allowed = await signIn(app, 'id-porten', GUARDIAN_NR);
      expect(allowed.location).toBe('/hjem');
      const guardianCookie = `varde_home=${cookieOf(allowed.back, 'varde_home')}`;
      const guardianSession = (await app.inject({ method: 'GET', url: '/api/home/session', headers: { cookie: guardianCookie } })).json();
      expect(guardianSession.students.find((s: { id: string }) => s.id === target.studentId)?.basis).toBe('consent');

      // Revoked: the guardian's open session loses the student at once.
      expect((await app.inject({ method: 'DELETE', url: consentUrl, headers: { cookie, 'x-csrf-token': session.csrfToken } })).statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: `/api/home/students/${target.studentId}`, headers: { cookie: guardianCookie } })).statusCode).toBe(404);
    } finally {
      await database.db.update(students).set({ birthDate: before!.birthDate, nationalIdHash: null }).where(eq(students.id, target.studentId));
    }
  });

  it('refuses an identity Varde does not know', async () => {
    const { location } = await signIn(app, 'id-porten', '03817500055');
    expect(location).toBe('/logg-inn?feil=id_unknown');
    expect((await lastRefusal())?.refusal).toBe('id_unknown');
  });
});
