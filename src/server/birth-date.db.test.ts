/**
 * A student without a birth date through the API (issue 17): the demo school's one such student
 * is listed for the school's leadership and the owner's administrator to complete, the student
 * page says it is missing and counts the student as a minor, the overgang matches no former
 * school until it is completed, and completing it is refused for a date that cannot be, for a
 * date Varde already has, and for those who may not.
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, schools, students } from '../db/schema.js';
import type { StudentDetail } from '../shared/api.js';
import type { CompletedBirthDate, StudentsWithoutBirthDate } from '../shared/birth-date-api.js';
import type { IncomingView } from '../shared/overgang-api.js';
import { addFormerSchool } from '../test/former-school-fixture.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;
type ErrorBody = { error: { code: string; details?: Array<{ path: string; message: string }> } };

let rektor: SignedIn;
let admin: SignedIn;
let radgiver: SignedIn;
let kontaktlaerer: SignedIn;
let schoolId: string;
/** The demo school's student whose file lacked a birth date (src/demo/generate-demo-school.ts). */
let missing: { id: string; givenName: string; familyName: string };

const list = (who: SignedIn) => who.call<StudentsWithoutBirthDate>('GET', `/api/schools/${schoolId}/students-without-birth-date`);
const complete = (who: SignedIn, studentId: string, birthDate: string) => who.call<CompletedBirthDate & ErrorBody>('PUT', `/api/students/${studentId}/birth-date`, { birthDate });

beforeAll(async () => {
  rektor = await api.signIn('rektor');
  admin = await api.signIn('admin');
  radgiver = await api.signIn('radgiver');
  kontaktlaerer = await api.signIn('kontaktlaerer');
  schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  const rows = await api.database.db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName })
    .from(students)
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(and(eq(students.schoolId, schoolId), isNull(students.birthDate)));
  expect(rows).toHaveLength(1);
  missing = rows[0]!;
});

describe('the students whose birth date is missing', () => {
  it('are listed, with their class, for the school’s leadership and the administrator, and for nobody else', async () => {
    const answer = await list(rektor);
    expect(answer.status).toBe(200);
    expect(answer.body.students).toEqual([{ id: missing.id, givenName: missing.givenName, familyName: missing.familyName, className: expect.stringMatching(/^2/) }]);
    expect((await list(admin)).body).toEqual(answer.body);
    expect((await list(radgiver)).status).toBe(403);
    expect((await list(kontaktlaerer)).status).toBe(403);
    expect((await rektor.call('GET', '/api/schools/00000000-0000-4000-8000-00000000dead/students-without-birth-date')).status).toBe(404);
  });

  it('have a student page that says the birth date is missing, with no age, and offers to complete it to those who may', async () => {
    const page = await rektor.call<StudentDetail>('GET', `/api/students/${missing.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ birthDate: null, age: null, mayCompleteBirthDate: true });
    expect((await radgiver.call<StudentDetail>('GET', `/api/students/${missing.id}`)).body).toMatchObject({ birthDate: null, mayCompleteBirthDate: false });
  });
});

describe('completing a missing birth date', () => {
  it('is refused for those who may not, for a date that cannot be a birth date, and for a date Varde has', async () => {
    const [other] = await api.database.db.select({ id: students.id }).from(students).where(and(eq(students.schoolId, schoolId), isNotNull(students.birthDate))).limit(1);
    const refusedFor = await complete(radgiver, missing.id, '2010-06-01');
    expect(refusedFor.status).toBe(403);
    expect((await complete(kontaktlaerer, '00000000-0000-4000-8000-00000000dead', '2010-06-01')).status).toBe(404);
    for (const [date, message] of [
      ['2099-01-01', `must not be after today (${TEST_TODAY})`],
      ['1989-12-31', 'is before 1990: check the year'],
    ] as const) {
      const refused = await complete(rektor, missing.id, date);
      expect(refused.status, date).toBe(400);
      expect(refused.body.error.details).toEqual([{ path: 'body.birthDate', message }]);
    }
    expect((await complete(rektor, missing.id, '2010-02-30')).status).toBe(400);
    expect((await complete(rektor, missing.id, '2010-2-3')).status).toBe(400);
    expect((await complete(rektor, other!.id, '2010-06-02')).status).toBe(409);
    expect((await list(rektor)).body.students.map((s) => s.id)).toEqual([missing.id]);
  });

  it('lets an overgang find the former school only once it is completed', async () => {
    // A student with a known birth date and a former school of another owner; then the date goes missing.
    const [receiving] = await api.database.db.select({ id: students.id, birthDate: students.birthDate }).from(students).where(and(eq(students.schoolId, schoolId), isNotNull(students.birthDate))).limit(1).offset(3);
    const former = await addFormerSchool(api.database.db, { studentId: receiving!.id });
    const incoming = () => rektor.call<IncomingView & ErrorBody>('GET', `/api/students/${receiving!.id}/overgang/incoming`);
    expect((await incoming()).body).toEqual({ formerSchools: [expect.objectContaining({ fromStudentId: former.studentId })], birthDateMissing: false });

    await api.database.db.update(students).set({ birthDate: null }).where(eq(students.id, receiving!.id));
    expect((await incoming()).body).toEqual({ formerSchools: [], birthDateMissing: true });
    const ask = await rektor.call<ErrorBody>('POST', `/api/students/${receiving!.id}/overgang/incoming/${former.studentId}/ask`);
    expect(ask.status).toBe(409);
    expect(ask.body.error.code).toBe('conflict');

    const done = await complete(rektor, receiving!.id, receiving!.birthDate!);
    expect(done.status).toBe(200);
    expect((await incoming()).body).toEqual({ formerSchools: [expect.objectContaining({ fromStudentId: former.studentId })], birthDateMissing: false });
  });

  it('stores the date, in the audit log, once: a second completion is refused as a correction', async () => {
    const done = await complete(rektor, missing.id, '2010-03-14');
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ id: missing.id, birthDate: '2010-03-14', age: Number(TEST_TODAY.slice(0, 4)) - 2010 - (TEST_TODAY.slice(5) < '03-14' ? 1 : 0) });
    const again = await complete(admin, missing.id, '2010-03-15');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    const [stored] = await api.database.db.select({ birthDate: students.birthDate }).from(students).where(eq(students.id, missing.id));
    expect(stored!.birthDate).toBe('2010-03-14');
    const entries = await api.database.db.select().from(auditLog).where(and(eq(auditLog.studentId, missing.id), eq(auditLog.action, 'update'), eq(auditLog.entity, 'student')));
    // The rådgiver's refusal is in the log too (as every refusal is); the completion once.
    expect(entries.filter((e) => !(e.detail as { refused?: boolean }).refused)).toEqual([expect.objectContaining({ actorStaffId: rektor.session.staffId, detail: { completed: 'birthDate' } })]);
    expect(entries.filter((e) => (e.detail as { refused?: boolean }).refused).map((e) => e.actorStaffId)).toEqual([radgiver.session.staffId]);
    expect((await list(rektor)).body.students).toEqual([]);
    expect((await rektor.call<StudentDetail>('GET', `/api/students/${missing.id}`)).body).toMatchObject({ birthDate: '2010-03-14', mayCompleteBirthDate: false });
  });

  it('is the administrator’s too', async () => {
    const [student] = await api.database.db.select({ id: students.id }).from(students).where(eq(students.schoolId, schoolId)).limit(1);
    await api.database.db.update(students).set({ birthDate: null }).where(eq(students.id, student!.id));
    expect((await complete(admin, student!.id, '2010-09-09')).status).toBe(200);
  });
});
