/**
 * The API through an in-process server on a fresh copy of the demo school: sign-in, sessions,
 * CSRF, need-to-know access, the audit trail and the one error shape.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { accounts, auditLog, groupMemberships, groups, schools, students } from '../db/schema.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import type { MyStudents, Session, StudentDetail, SchoolOverview } from '../shared/api.js';
import { openTestDatabase } from '../test/test-database.js';
import { testClock } from '../test/test-clock.js';
import { buildApp } from './app.js';

let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({
    database,
    clock: testClock,
    logLevel: 'silent',
    webRoot: '/nonexistent',
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function signIn(username: string, password = DEMO_PASSWORD) {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'varde_session')!;
  const session = response.json<Session>();
  return { cookie: `varde_session=${cookie.value}`, session, setCookie: cookie };
}

async function get<T>(url: string, cookie?: string) {
  const response = await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return { status: response.statusCode, body: response.json<T>() };
}

async function staffIdOf(username: string) {
  const [row] = await database.db.select({ staffId: accounts.staffId }).from(accounts).where(eq(accounts.username, username));
  return row!.staffId;
}

describe('the system routes', () => {
  it('reports health with the database in use', async () => {
    const { status, body } = await get<{ status: string; database: string }>('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: database.kind });
    // The demo sign-ins are named only when main.ts found the demo school at start.
    expect(body).toHaveProperty('demo', null);
  });

  it('publishes the OpenAPI document with every route', async () => {
    const { status, body } = await get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/session', '/api/me/students', '/api/students/{studentId}', '/api/schools/{schoolId}/overview']),
    );
  });

  it('answers unknown API routes with the error shape', async () => {
    const { status, body } = await get<{ error: { code: string } }>('/api/nowhere');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('signing in', () => {
  it('refuses a wrong password without telling which part was wrong', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'rektor', password: 'feil' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'ingen-slik', password: 'feil' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
  });

  it('says what is wrong with a malformed body, field by field', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username: '' } });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['body.username', 'body.password']));
  });

  it('rejects a body that is not JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "rektor",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and returns the roles', async () => {
    const { setCookie, session } = await signIn('kontaktlaerer');
    expect(setCookie.httpOnly).toBe(true);
    expect(setCookie.sameSite).toBe('Strict');
    expect(session.roles.map((r) => r.role)).toContain('kontaktlaerer');
    expect(session.csrfToken.length).toBeGreaterThan(20);
  });

  it('signs out only with the CSRF token, and the session is gone afterwards', async () => {
    const { cookie, session } = await signIn('radgiver');
    const without = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie, 'x-csrf-token': session.csrfToken } });
    expect(out.statusCode).toBe(200);
    // A password session began at no provider: there is nowhere else to sign out.
    expect(out.json()).toEqual({ endSessionUrl: null });
    expect((await get('/api/session', cookie)).status).toBe(401);
  });
});

describe('need-to-know access', () => {
  let teacher: Awaited<ReturnType<typeof signIn>>;
  let mine: MyStudents;

  beforeAll(async () => {
    teacher = await signIn('kontaktlaerer');
    mine = (await get<MyStudents>('/api/me/students', teacher.cookie)).body;
  });

  it('shows the contact teacher own class with absence this term', async () => {
    const own = mine.groups.find((g) => g.relation === 'kontaktlaerer');
    expect(own?.name).toBe('1STA');
    expect(own!.students.length).toBeGreaterThan(20);
    expect(mine.term!.startsOn <= '2026-11-23').toBe(true);
    const total = own!.students.reduce((sum, s) => sum + s.absence.hours + s.absence.days, 0);
    expect(total).toBeGreaterThan(0);
  });

  it('lets the contact teacher open a student of own class, guardians included, and logs the read', async () => {
    const student = mine.groups.find((g) => g.relation === 'kontaktlaerer')!.students[0]!;
    const { status, body } = await get<StudentDetail>(`/api/students/${student.id}`, teacher.cookie);
    expect(status).toBe(200);
    expect(body.guardians.length).toBeGreaterThan(0);
    expect(body.groups.some((g) => g.name === '1STA')).toBe(true);
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.studentId, student.id), eq(auditLog.entity, 'student'), eq(auditLog.actorStaffId, await staffIdOf('kontaktlaerer'))));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe('read');
  });

  it('answers a student of another class as a missing one (404), and logs the attempt', async () => {
    const other = await studentOfClass('2STA');
    const { status, body } = await get<{ error: { code: string } }>(`/api/students/${other}`, teacher.cookie);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    const [refused] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.studentId, other), sql`${auditLog.detail}->>'refused' = 'true'`));
    expect(refused!.n).toBe(1);
  });

  it('gives a subject teacher only the own subject, and no guardians', async () => {
    const subjectTeacher = await signIn('faglaerer');
    const groupsOfTeacher = (await get<MyStudents>('/api/me/students', subjectTeacher.cookie)).body.groups;
    expect(groupsOfTeacher.length).toBeGreaterThan(0);
    expect(groupsOfTeacher.every((g) => g.relation === 'faglaerer')).toBe(true);
    const group = groupsOfTeacher[0]!;
    const { status, body } = await get<StudentDetail>(`/api/students/${group.students[0]!.id}`, subjectTeacher.cookie);
    expect(status).toBe(200);
    expect(body.guardians).toEqual([]);
    const subjects = new Set(body.absence.map((a) => a.subjectName));
    expect([...subjects].every((s) => s === group.subjectName)).toBe(true);
    expect(body.absence.every((a) => a.scope === 'time')).toBe(true);
  });

  it('lets leadership see every class of own school', async () => {
    const rektor = await signIn('rektor');
    const schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
    const { status, body } = await get<SchoolOverview>(`/api/schools/${schoolId}/overview`, rektor.cookie);
    expect(status).toBe(200);
    expect(body.classes.map((c) => c.name)).toEqual(expect.arrayContaining(['1STA', '2STA']));
    expect(body.classes.every((c) => c.absencePercent >= 0 && c.absencePercent < 100)).toBe(true);
    expect(body.schoolDaysSoFar).toBeGreaterThan(40);
    const someStudent = await studentOfClass('3STA');
    expect((await get(`/api/students/${someStudent}`, rektor.cookie)).status).toBe(200);
  });

  it('keeps the school overview from a contact teacher', async () => {
    const [school] = await database.db.select({ id: schools.id }).from(schools).where(eq(schools.name, 'Varde videregående skole'));
    expect((await get(`/api/schools/${school!.id}/overview`, teacher.cookie)).status).toBe(403);
  });

  it('lets nobody see a student of another school, not even its leadership', async () => {
    // Another school of rektor's own owner, the county.
    const [owner] = await database.db.select({ ownerId: schools.ownerId }).from(schools).where(eq(schools.name, 'Varde videregående skole'));
    const [otherSchool] = await database.db
      .insert(schools)
      .values({ ownerId: owner!.ownerId, name: 'Annen videregående skole', kind: 'vgs' })
      .returning({ id: schools.id });
    const [stranger] = await database.db
      .insert(students)
      .values({ ownerId: owner!.ownerId, schoolId: otherSchool!.id, givenName: 'Ola', familyName: 'Fremmed', birthDate: '2010-03-01' })
      .returning({ id: students.id });
    const rektor = await signIn('rektor');
    expect((await get(`/api/students/${stranger!.id}`, rektor.cookie)).status).toBe(404);
    expect((await get(`/api/schools/${otherSchool!.id}/overview`, rektor.cookie)).status).toBe(403);
  });

  it('answers 404 for an unknown student and 400 for a malformed id', async () => {
    expect((await get('/api/students/00000000-0000-4000-8000-000000000000', teacher.cookie)).status).toBe(404);
    const malformed = await get<{ error: { code: string; details: Array<{ path: string }> } }>('/api/students/abc', teacher.cookie);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0]!.path).toBe('params.studentId');
  });

  it('asks for sign-in when there is no session', async () => {
    const { status, body } = await get<{ error: { code: string } }>('/api/me/students');
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthenticated');
  });
});

async function studentOfClass(name: string): Promise<string> {
  const [row] = await database.db
    .select({ id: groupMemberships.studentId })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .where(eq(groups.name, name))
    .limit(1);
  if (!row) throw new Error(`No student in ${name}`);
  return row.id;
}
