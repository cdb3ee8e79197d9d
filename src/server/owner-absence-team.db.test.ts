/**
 * The municipality's absence team (issue 13, part 4) through the API: a municipality of its own
 * beside the demo county — two ungdomsskoler, trinn 8 and 9, absence, staircase cases at different
 * steps, pattern flags — inserted here, and read as its skoleeier: the figures per school and
 * trinn, small counts hidden also in the totals, no names, no per-student reads in the audit log;
 * a contact teacher is refused, and the county's skoleeier sees nothing of the municipality.
 */
import { randomUUID } from 'node:crypto';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  absenceRecords,
  accounts,
  auditLog,
  cases,
  flags,
  groupMemberships,
  groupTeachers,
  groups,
  owners,
  schools,
  schoolYears,
  staff,
  staffRoles,
  students,
  terms,
  timetableSlots,
} from '../db/schema.js';
import type { AbsenceTeam } from '../shared/owner-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

const api = useTestApp();
const ownerId = randomUUID();
const schoolA = randomUUID();
const schoolB = randomUUID();
let skoleeierStaff = '';
let caseHolder = '';

/** A timestamp on a day in Norway, for the columns stored as moments. */
const at = (date: string) => new Date(`${date}T10:00:00+01:00`);

beforeAll(async () => {
  const { db } = api.database;
  const [{ passwordHash }] = (await db.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.username, 'rektor'))) as [{ passwordHash: string }];
  await db.insert(owners).values({ id: ownerId, name: 'Prøvestad kommune', kind: 'kommune' });
  await db.insert(schools).values([
    { ownerId, id: schoolA, name: 'Prøvestad ungdomsskole', kind: 'ungdomsskole' },
    { ownerId, id: schoolB, name: 'Åsen ungdomsskole', kind: 'ungdomsskole' },
  ]);
  const yearOf = new Map<string, string>();
  for (const schoolId of [schoolA, schoolB]) {
    const yearId = randomUUID();
    yearOf.set(schoolId, yearId);
    await db.insert(schoolYears).values({ ownerId, id: yearId, schoolId, name: '2026–2027', startsOn: '2026-08-17', endsOn: '2027-06-18' });
    await db.insert(terms).values([
      { ownerId, schoolYearId: yearId, name: 'Høst 2026', startsOn: '2026-08-17', endsOn: '2026-12-18' },
      { ownerId, schoolYearId: yearId, name: 'Vår 2027', startsOn: '2027-01-04', endsOn: '2027-06-18' },
    ]);
  }
  const [class8A, class9A, class8B] = [randomUUID(), randomUUID(), randomUUID()];
  await db.insert(groups).values([
    { ownerId, id: class8A, schoolId: schoolA, schoolYearId: yearOf.get(schoolA)!, kind: 'basisgruppe', name: '8A', level: '8' },
    { ownerId, id: class9A, schoolId: schoolA, schoolYearId: yearOf.get(schoolA)!, kind: 'basisgruppe', name: '9A', level: '9' },
    { ownerId, id: class8B, schoolId: schoolB, schoolYearId: yearOf.get(schoolB)!, kind: 'basisgruppe', name: '8B', level: '8' },
  ]);
  // 8A has six lessons a day: its absence is a share of lessons; 9A and 8B count whole days.
  await db.insert(timetableSlots).values(
    [1, 2, 3, 4, 5].flatMap((weekday) => [1, 2, 3, 4, 5, 6].map((lessonNumber) => ({ ownerId, groupId: class8A, weekday, lessonNumber, startsAt: `0${7 + lessonNumber}:00`.slice(-5), endsAt: `0${7 + lessonNumber}:45`.slice(-5) }))),
  );

  // Staff: the skoleeier of the municipality, and 8A's contact teacher, who holds the cases.
  skoleeierStaff = randomUUID();
  caseHolder = randomUUID();
  await db.insert(staff).values([
    { ownerId, id: skoleeierStaff, givenName: 'Siri', familyName: 'Skolesjef' },
    { ownerId, id: caseHolder, givenName: 'Kai', familyName: 'Kontaktlærer' },
  ]);
  await db.insert(staffRoles).values([
    { ownerId, staffId: skoleeierStaff, role: 'skoleeier', schoolId: null, title: 'Fraværsteamet' },
    { ownerId, staffId: caseHolder, role: 'kontaktlaerer', schoolId: schoolA, title: 'Kontaktlærer 8A' },
  ]);
  await db.insert(groupTeachers).values({ ownerId, groupId: class8A, staffId: caseHolder, role: 'kontaktlaerer' });
  await db.insert(accounts).values([
    { ownerId, staffId: skoleeierStaff, username: 'fravaersteam-provestad', passwordHash },
    { ownerId, staffId: caseHolder, username: 'kontaktlaerer-provestad', passwordHash },
  ]);

  const addStudents = async (schoolId: string, classId: string, howMany: number, prefix: string) => {
    const ids = Array.from({ length: howMany }, () => randomUUID());
    await db.insert(students).values(ids.map((id, i) => ({ ownerId, id, schoolId, givenName: `${prefix}navn${i}`, familyName: 'Prøveelev', birthDate: '2012-05-01' })));
    await db.insert(groupMemberships).values(ids.map((studentId) => ({ ownerId, groupId: classId, studentId })));
    return ids;
  };
  const in8A = await addStudents(schoolA, class8A, 10, 'Åtte');
  const in9A = await addStudents(schoolA, class9A, 12, 'Ni');
  const in8B = await addStudents(schoolB, class8B, 3, 'Bø');
  // One who left the school before today counts nowhere.
  const [left] = await addStudents(schoolA, class8A, 1, 'Sluttet');
  await db.update(students).set({ leftOn: '2026-10-01', leaveReason: 'AF' }).where(eq(students.id, left!));

  // Whole days away, each a school day from 17 August (71 school days to 23 November, 426 lessons in 8A).
  const schoolDays = weekdaysFrom('2026-08-17', TEST_TODAY);
  const awayDays = (schoolId: string, studentId: string, days: number, hours: number) =>
    schoolDays.slice(0, days).map((date) => ({ ownerId, schoolId, studentId, date, scope: 'dag' as const, hours, type: 'udokumentert' as const }));
  await db.insert(absenceRecords).values([
    // 8A: five at 10–20 % (8 days of 426 lessons: 11.3 %), two at 5–10 % (4 days: 5.6 %), one at 20 % or more (15 days: 21 %).
    ...in8A.slice(0, 5).flatMap((id) => awayDays(schoolA, id, 8, 6)),
    ...in8A.slice(5, 7).flatMap((id) => awayDays(schoolA, id, 4, 6)),
    ...awayDays(schoolA, in8A[7]!, 15, 6),
    // Single lessons and a late arrival: 2 of 426 lessons, under 5 %.
    { ownerId, schoolId: schoolA, studentId: in8A[8]!, date: '2026-09-01', scope: 'time' as const, lessonNumber: 1, hours: 1, type: 'udokumentert' as const },
    { ownerId, schoolId: schoolA, studentId: in8A[8]!, date: '2026-09-02', scope: 'time' as const, lessonNumber: 2, hours: 1, type: 'sykdom' as const },
    { ownerId, schoolId: schoolA, studentId: in8A[9]!, date: '2026-09-03', scope: 'time' as const, lessonNumber: 1, hours: 1, type: 'forsentkomming' as const },
    // 9A, without a timetable: one at 10–20 % of the school days (8 of 71).
    ...awayDays(schoolA, in9A[11]!, 8, 5),
    // Absence before the school year began is not this year's.
    { ownerId, schoolId: schoolB, studentId: in8B[0]!, date: '2026-06-10', scope: 'dag' as const, hours: 5, type: 'udokumentert' as const },
  ]);

  // Pattern flags (rule 8): five students of 8A this year, one dismissed, one raised last school year.
  const patternFlag = (studentId: string, state: 'ny' | 'bekreftet' | 'avvist', on: string) => ({
    ownerId,
    schoolId: schoolA,
    studentId,
    ruleCode: 'fravaersmonster',
    ruleProfileKey: 'fravaersrutine-grunnskole',
    ruleProfileVersion: 1,
    level: 'gul',
    concern: 'fravaersmonster',
    evidenceKey: `fravaersmonster:${on}:ukedag:1:${studentId}`,
    evidence: { facts: { pattern: 'ukedag', category: '1', inCategory: 6, of: 8, expectedPercent: 20, pValue: 0.001 }, records: [], findings: [] },
    state,
    detectedAt: at(on),
  });
  await db.insert(flags).values([
    ...in8A.slice(0, 4).map((id) => patternFlag(id, 'ny', '2026-10-05')),
    patternFlag(in8A[4]!, 'bekreftet', '2026-09-14'),
    patternFlag(in8A[5]!, 'avvist', '2026-10-05'),
    patternFlag(in8A[6]!, 'bekreftet', '2026-03-02'),
  ]);

  // The staircase: open cases at different steps, cases closed this year and last year.
  const staircase = (schoolId: string, studentId: string, step: string, openedOn: string, closed?: { on: string; outcome: 'effekt' | 'ikke_effekt' | 'avbrutt' }) => ({
    ownerId,
    schoolId,
    studentId,
    kind: 'fravaer' as const,
    step,
    status: closed ? 'avsluttet' : 'aapen',
    openedFrom: 'manuelt',
    responsibleStaffId: caseHolder,
    openedAt: at(openedOn),
    stepStartedOn: openedOn,
    stepDueOn: openedOn,
    ...(closed ? { closedAt: at(closed.on), closedBy: caseHolder, outcome: closed.outcome } : {}),
  });
  await db.insert(cases).values([
    // 8A: five at kartlegging, two at tiltak (hidden).
    ...in8A.slice(0, 5).map((id) => staircase(schoolA, id, 'kartlegging', '2026-11-02')),
    ...in8A.slice(5, 7).map((id) => staircase(schoolA, id, 'tiltak', '2026-10-01')),
    // 9A: five at kontakt, open 3, 10, 23, 30 and 90 days; the first had a case last school year.
    ...['2026-11-20', '2026-11-13', '2026-10-31', '2026-10-24', '2026-08-25'].map((on, i) => staircase(schoolA, in9A[i]!, 'kontakt', on)),
    staircase(schoolA, in9A[0]!, 'veien_videre', '2026-02-02', { on: '2026-04-20', outcome: 'effekt' }),
    // 9A: five closed this year with effect, after 10, 20, 30, 40 and 50 days.
    ...[10, 20, 30, 40, 50].map((days, i) => staircase(schoolA, in9A[5 + i]!, 'veien_videre', '2026-09-01', { on: addDays('2026-09-01', days), outcome: 'effekt' })),
    // Åsen: one open case.
    staircase(schoolB, in8B[0]!, 'kontakt', '2026-11-16'),
  ]);
});

describe('GET /api/owner/absence-team', () => {
  it('gives the skoleeier the figures per school and trinn, small counts hidden', async () => {
    const owner = await api.signIn('fravaersteam-provestad');
    const { status, body } = await owner.call<AbsenceTeam>('GET', '/api/owner/absence-team');
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.smallCount).toBe(5);
    expect(body.owner.name).toBe('Prøvestad kommune');
    expect(body.schools.map((s) => [s.name, s.kind, s.absenceFrom])).toEqual([
      ['Prøvestad ungdomsskole', 'ungdomsskole', '2026-08-17'],
      ['Åsen ungdomsskole', 'ungdomsskole', '2026-08-17'],
    ]);
    const [a, b] = body.schools;
    expect(a!.levels.map((l) => l.level)).toEqual(['8', '9']);
    const [eighth, ninth] = a!.levels;

    // Trinn 8: absence bands (five shown, two and one hidden), the staircase, the patterns.
    expect(eighth).toMatchObject({
      students: 10,
      absence: { fra_5: null, fra_10: 5, fra_20: null },
      steps: { kontakt: 0, kartlegging: 5, tiltak: null, evaluering: 0, veien_videre: 0 },
      openCases: { atLeast: 6 },
      openDays: { median: null, longest: null },
      closedCases: 0,
      patternStudents: 5,
      repeatedCases: 0,
    });
    // Trinn 9: five open at kontakt with their time open in calendar days, five closed with effect, one back in the staircase.
    expect(ninth).toMatchObject({
      students: 12,
      absence: { fra_5: 0, fra_10: null, fra_20: 0 },
      steps: { kontakt: 5, kartlegging: 0, tiltak: 0, evaluering: 0, veien_videre: 0 },
      openCases: 5,
      openDays: { median: 23, longest: 90 },
      outcomes: { effekt: 5, ikke_effekt: 0, avbrutt: 0 },
      closedCases: 5,
      closedDays: { median: 30 },
      patternStudents: 0,
      repeatedCases: null,
    });

    // The school's total is made of its trinn: a hidden trinn makes it "at least", never exact.
    expect(a!.total).toMatchObject({
      students: 22,
      // A hidden trinn beside trinn of none is the school's figure as it is: hidden.
      absence: { fra_5: null, fra_10: { atLeast: 6 }, fra_20: null },
      steps: { kontakt: 5, kartlegging: 5, tiltak: null },
      openCases: { atLeast: 11 },
      openDays: { median: null, longest: null },
      closedCases: 5,
      closedDays: { median: 30 },
      patternStudents: 5,
      repeatedCases: null,
    });
    // Åsen: three students, one open case (hidden), absence before the year left out.
    expect(b!.levels).toHaveLength(1);
    expect(b!.total).toMatchObject({ students: 3, absence: { fra_5: 0, fra_10: 0, fra_20: 0 }, steps: { kontakt: null }, openCases: null });
    // The municipality: 5 at kontakt in 9A and Åsen's hidden one.
    expect(body.total).toMatchObject({ students: 25, steps: { kontakt: { atLeast: 6 }, kartlegging: 5 }, openCases: { atLeast: 12 }, closedCases: 5 });
  });

  it('names nobody and writes no read per student', async () => {
    const owner = await api.signIn('fravaersteam-provestad');
    const reads = () =>
      api.database.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.ownerId, ownerId), eq(auditLog.actorStaffId, skoleeierStaff), eq(auditLog.action, 'read'), isNotNull(auditLog.studentId)));
    const [before] = await reads();
    const { body } = await owner.call<AbsenceTeam>('GET', '/api/owner/absence-team');
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/navn\d|Prøveelev|Kontaktlærer|givenName|familyName/);
    const [after] = await reads();
    expect(after!.n).toBe(before!.n);
  });

  it('refuses a contact teacher', async () => {
    const teacher = await api.signIn('kontaktlaerer-provestad');
    expect((await teacher.call('GET', '/api/owner/absence-team')).status).toBe(403);
    expect((await (await api.signIn('kontaktlaerer')).call('GET', '/api/owner/absence-team')).status).toBe(403);
    // The refusal is audited, as every refusal is.
    const [refused] = await api.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.ownerId, ownerId), eq(auditLog.actorStaffId, caseHolder), eq(auditLog.entity, '/api/owner/absence-team')));
    expect(refused!.n).toBe(1);
  });

  it('shows the skoleeier of another owner only that owner’s schools', async () => {
    const county = await api.signIn('skoleeier');
    const { status, body } = await county.call<AbsenceTeam>('GET', '/api/owner/absence-team');
    expect(status).toBe(200);
    expect(body.owner.id).not.toBe(ownerId);
    expect(body.schools.length).toBeGreaterThan(0);
    expect(body.schools.map((s) => s.id)).not.toContain(schoolA);
    expect(body.schools.map((s) => s.id)).not.toContain(schoolB);
    expect(JSON.stringify(body)).not.toMatch(/Prøvestad|Åsen/);
  });
});

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Monday to Friday from one date to another, both included (the fixture's year has no holidays before December). */
function weekdaysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(d);
  }
  return out;
}
