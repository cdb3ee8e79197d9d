/**
 * The absence routine's rhythm in grunnskole (issue 13, part 3a), on the demo municipality:
 * Ukesjekken shows siblings at any of the municipality's schools, the school named, on the days
 * both were away; the monthly check is recorded with its meeting's day and which of the school's
 * resource persons took part; the semester check gives the system meeting an item "Status på
 * fravær" in counts without names; the review of the absence record is due in each half of the
 * month, recorded by the contact teacher, and leadership sees it per class. And the grunnskole
 * profile from end to end: registration → Ukesjekken → the staircase, with its deadlines on the
 * municipality's calendar.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { absenceRecords, auditLog, cases, checkRecords, groups, schools, staffRoles, studentGuardians, students } from '../db/schema.js';
import { caseCalendar } from '../data/cases/case-calendar.js';
import { loadIdentificationFacts } from '../data/load-identification-facts.js';
import { loadSchoolCalendar } from '../data/load-school-calendar.js';
import { halfMonthOf } from '../domain/checks/check-period.js';
import { stepDeadline, type CaseStep } from '../domain/cases/case-workflow.js';
import { schoolDaysBetween } from '../domain/school-calendar.js';
import { shownCount } from '../domain/owner/shown-count.js';
import type { z } from 'zod';
import type { ApiError, RegistrationResult, studentFlags } from '../shared/api.js';
import type { CaseDetail } from '../shared/case-api.js';
import type { CheckHistory, CheckRecord, MonthlyCheckView, SchoolProtokollStatus, SemesterCheck, WeeklyCheckView } from '../shared/workspace-api.js';
import { queryRows } from '../db/database.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

const api = useTestApp();
type SignedIn = Awaited<ReturnType<typeof api.signIn>>;

let teacher: SignedIn;
let rektor: SignedIn;
let ownerId: string;
let ungdomsskole: string;
let barneskole: string;
let nineA: string;

beforeAll(async () => {
  const { db } = api.database;
  teacher = await api.signIn('gs-kontaktlaerer');
  rektor = await api.signIn('gs-rektor');
  ungdomsskole = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  const [school] = await db.select({ ownerId: schools.ownerId }).from(schools).where(eq(schools.id, ungdomsskole));
  ownerId = school!.ownerId;
  const [other] = await db.select({ id: schools.id }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.kind, 'barneskole')));
  barneskole = other!.id;
  const [klass] = await db.select({ id: groups.id }).from(groups).where(and(eq(groups.schoolId, ungdomsskole), eq(groups.name, '9A'), eq(groups.kind, 'basisgruppe')));
  nineA = klass!.id;
});

const weeklyCheck = async () => {
  const { status, body } = await teacher.call<WeeklyCheckView>('GET', `/api/classes/${nineA}/weekly-check`);
  expect(status).toBe(200);
  return body;
};

/** The school days of the term so far at a school, latest first, on which none of `studentIds` was away. */
async function freeDays(schoolId: string, studentIds: string[]) {
  const { db } = api.database;
  const year = (await loadSchoolCalendar(db, ownerId, schoolId, TEST_TODAY))!;
  const away = new Set((await db.select({ date: absenceRecords.date }).from(absenceRecords).where(inArray(absenceRecords.studentId, studentIds))).map((r) => r.date));
  return schoolDaysBetween(year.calendar, year.currentTerm!.startsOn, TEST_TODAY)
    .filter((d) => d < TEST_TODAY && !away.has(d))
    .reverse();
}

const wholeDay = (studentId: string, schoolId: string, date: string) => ({ ownerId, schoolId, studentId, date, scope: 'dag' as const, hours: 6, type: 'sykdom' as const, noticeFromHome: true });

describe('siblings across the municipality’s schools', () => {
  /** A student of 9A and a sibling at the barneskole (a guardian in common). */
  let pair: { student: string; sibling: string };

  beforeAll(async () => {
    const { db } = api.database;
    const found = await queryRows<{ student: string; sibling: string }>(
      db,
      sql`
      select mine.student_id as student, other.student_id as sibling
      from ${studentGuardians} mine
      join ${studentGuardians} other on other.owner_id = mine.owner_id and other.guardian_id = mine.guardian_id and other.student_id <> mine.student_id
      join ${students} o on o.owner_id = other.owner_id and o.id = other.student_id
      where mine.owner_id = ${ownerId} and o.school_id = ${barneskole}
        and mine.student_id in (select m.student_id from group_memberships m where m.group_id = ${nineA})
      order by 1, 2 limit 1`,
    );
    expect(found.length, 'the demo municipality has a 9A student with a sibling at its barneskole').toBe(1);
    pair = found[0]!;
  });

  it('shows on Ukesjekken a sibling at the barneskole, its school named, with only the days both were away', async () => {
    const { db } = api.database;
    const [both, onlySibling] = await freeDays(ungdomsskole, [pair.student, pair.sibling]);
    await db.insert(absenceRecords).values([wholeDay(pair.student, ungdomsskole, both!), wholeDay(pair.sibling, barneskole, both!), wholeDay(pair.sibling, barneskole, onlySibling!)]);

    const before = (await db.select({ id: sql<number>`max(${auditLog.id})` }).from(auditLog))[0]!.id;
    const check = await weeklyCheck();
    const row = check.students.find((s) => s.id === pair.student)!;
    const [barneskoleName] = await db.select({ name: schools.name }).from(schools).where(eq(schools.id, barneskole));
    const shown = row.siblingsSameDays.find((s) => s.schoolName === barneskoleName!.name);
    expect(shown, JSON.stringify(row.siblingsSameDays)).toBeDefined();
    expect(shown!.dates).toContain(both);
    expect(shown!.dates).not.toContain(onlySibling);

    // Reading the sibling's absence is a read of the sibling.
    const reads = await db.select().from(auditLog).where(and(sql`${auditLog.id} > ${before}`, eq(auditLog.action, 'read'), eq(auditLog.studentId, pair.sibling)));
    expect(reads).toHaveLength(1);
  });

  it('gives the rules the same siblings for a whole school as for one student: rule 8 sees the sibling at the barneskole', async () => {
    const { db } = api.database;
    const one = (await loadIdentificationFacts(db, ownerId, ungdomsskole, TEST_TODAY, [pair.student]))!.facts[0]!;
    const all = (await loadIdentificationFacts(db, ownerId, ungdomsskole, TEST_TODAY))!.facts.find((f) => f.student.id === pair.student)!;
    const sorted = (siblings: typeof one.siblings) => [...siblings].sort((a, b) => a.studentId.localeCompare(b.studentId)).map((s) => ({ ...s, absenceDates: [...s.absenceDates].sort() }));
    expect(sorted(all.siblings)).toEqual(sorted(one.siblings));
    expect(one.siblings.map((s) => s.studentId)).toContain(pair.sibling);
    // And the other way round: the barneskole's student sees the sibling at the ungdomsskole.
    const younger = (await loadIdentificationFacts(db, ownerId, barneskole, TEST_TODAY))!.facts.find((f) => f.student.id === pair.sibling)!;
    expect(younger.siblings.map((s) => s.studentId)).toContain(pair.student);
  });
});

describe('the monthly check with the skolemiljøteam', () => {
  it('lists the school’s resource persons and records who took part on the meeting’s day', async () => {
    const { body: check } = await rektor.call<MonthlyCheckView>('GET', `/api/schools/${ungdomsskole}/monthly-check`);
    expect(check.resourcePersons.length).toBeGreaterThan(1);
    expect(check.resourcePersons.some((p) => p.roles.includes('skoleleder'))).toBe(true);
    const chosen = check.resourcePersons.slice(0, 2);
    const recorded = await rektor.call<CheckRecord>('POST', `/api/schools/${ungdomsskole}/checks`, {
      kind: 'manedssjekk',
      periodFrom: check.period.from,
      periodTo: check.period.to,
      meetingOn: TEST_TODAY,
      participants: chosen.map((p) => p.id),
      note: 'Gått gjennom årsakene med skolemiljøteamet.',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({ meetingOn: TEST_TODAY, participants: chosen.map((p) => ({ id: p.id, name: p.name })) });
    const history = await rektor.call<CheckHistory>('GET', `/api/schools/${ungdomsskole}/checks?kind=manedssjekk`);
    expect(history.body.records[0]).toMatchObject({ id: recorded.body.id, meetingOn: TEST_TODAY, participants: chosen.map((p) => ({ id: p.id, name: p.name })) });
  });

  it('refuses a participant who is no resource person of the school, at the participant, and a check without its meeting’s day', async () => {
    const { db } = api.database;
    const { body: check } = await rektor.call<MonthlyCheckView>('GET', `/api/schools/${ungdomsskole}/monthly-check`);
    const month = { kind: 'manedssjekk', periodFrom: check.period.from, periodTo: check.period.to, meetingOn: TEST_TODAY };
    const ok = check.resourcePersons[0]!.id;
    const [contactTeacher] = await db.select({ id: staffRoles.staffId }).from(staffRoles).where(and(eq(staffRoles.schoolId, ungdomsskole), eq(staffRoles.role, 'kontaktlaerer')));
    const [elsewhere] = await db.select({ id: staffRoles.staffId }).from(staffRoles).where(and(eq(staffRoles.schoolId, barneskole), eq(staffRoles.role, 'skoleleder')));
    const refusedAt = async (body: unknown) => {
      const answer = await rektor.call<ApiError>('POST', `/api/schools/${ungdomsskole}/checks`, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      return answer.body.error.details?.map((d) => d.path);
    };
    expect(await refusedAt({ ...month, participants: [ok, contactTeacher!.id] })).toEqual(['body.participants.1']);
    expect(await refusedAt({ ...month, participants: [elsewhere!.id] })).toEqual(['body.participants.0']);
    expect(await refusedAt({ ...month, participants: [ok, ok] })).toEqual(['body.participants']);
    expect(await refusedAt({ ...month, meetingOn: undefined })).toEqual(['body.meetingOn']);
    expect(await refusedAt({ ...month, meetingOn: '2026-10-01' })).toEqual(['body.meetingOn']);
  });
});

describe('the semester check as the system meeting’s item', () => {
  it('counts the students it lists on the agenda, without a name, one to four as fewer than five', async () => {
    const { status, body } = await rektor.call<SemesterCheck>('GET', `/api/schools/${ungdomsskole}/semester-check`);
    expect(status).toBe(200);
    const count = (why: (s: SemesterCheck['students'][number]) => boolean) => shownCount(body.students.filter(why).length);
    expect(body.agenda).toMatchObject({
      smallCount: 5,
      withPattern: count((s) => s.pattern),
      withRedLight: count((s) => s.signal.level === 'rod'),
      overBorderline: count((s) => s.overBorderline),
    });
    expect(body.agenda.causes.map((c) => c.type).sort()).toEqual(body.causes.map((c) => c.type).sort());
    for (const cause of body.agenda.causes) expect(cause.students === null).toBe(cause.hours === null);
    // The agenda names nobody.
    const text = JSON.stringify(body.agenda);
    for (const s of body.students) {
      expect(text).not.toContain(s.student.id);
      expect(text).not.toContain(s.student.familyName);
    }
    expect(body.resourcePersons.length).toBeGreaterThan(0);
  });

  it('records the meeting’s day, who took part and the record of the item', async () => {
    const { body } = await rektor.call<SemesterCheck>('GET', `/api/schools/${ungdomsskole}/semester-check`);
    const recorded = await rektor.call<CheckRecord>('POST', `/api/schools/${ungdomsskole}/checks`, {
      kind: 'semestersjekk',
      periodFrom: body.period.from,
      periodTo: body.period.to,
      meetingOn: TEST_TODAY,
      participants: [body.resourcePersons[0]!.id],
      systemMeetingItem: 'Mønster rundt helger på 9. trinn; sosiallærer følger opp.',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({ meetingOn: TEST_TODAY, systemMeetingItem: 'Mønster rundt helger på 9. trinn; sosiallærer følger opp.', participants: [{ id: body.resourcePersons[0]!.id }] });
  });
});

describe('the review of the absence record, twice a month', () => {
  const half = halfMonthOf(TEST_TODAY);

  it('is due in each half of the term’s months: none recorded, this half is open and every half gone by is overdue', async () => {
    const { protokoll } = await weeklyCheck();
    const year = (await loadSchoolCalendar(api.database.db, ownerId, ungdomsskole, TEST_TODAY))!;
    expect(protokoll!.current).toEqual({ ...half, done: false });
    expect(protokoll!.overdue[0]!.from).toBe(halfMonthOf(year.currentTerm!.startsOn).from);
    expect(protokoll!.overdue.at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-15' });
    expect(protokoll!.lastReview).toBeNull();
  });

  it('is recorded by the contact teacher for this half only; the class’s status then shows it done', async () => {
    const refused = await teacher.call<ApiError>('POST', `/api/schools/${ungdomsskole}/checks`, { kind: 'fravaersprotokoll', groupId: nineA, periodFrom: '2026-11-01', periodTo: '2026-11-15' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details?.map((d) => d.path)).toEqual(['body.periodFrom']);
    expect((await rektor.call('POST', `/api/schools/${ungdomsskole}/checks`, { kind: 'fravaersprotokoll', groupId: nineA, periodFrom: half.from, periodTo: half.to })).status).toBe(400);

    const recorded = await teacher.call<CheckRecord>('POST', `/api/schools/${ungdomsskole}/checks`, { kind: 'fravaersprotokoll', groupId: nineA, periodFrom: half.from, periodTo: half.to });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({ kind: 'fravaersprotokoll', groupId: nineA, meetingOn: null, participants: [] });
    const { protokoll } = await weeklyCheck();
    expect(protokoll!.current).toEqual({ ...half, done: true });
    expect(protokoll!.lastReview?.doneBy).toBe(recorded.body.doneBy);
    const history = await teacher.call<CheckHistory>('GET', `/api/schools/${ungdomsskole}/checks?kind=fravaersprotokoll&groupId=${nineA}`);
    expect(history.body.records.map((r) => r.id)).toEqual([recorded.body.id]);
  });

  it('shows leadership every class of the school with its contact teachers, done or overdue, and nobody else', async () => {
    const { db } = api.database;
    // A review of an earlier half, as it was recorded then.
    const [somebody] = await db.select({ id: staffRoles.staffId }).from(staffRoles).where(and(eq(staffRoles.schoolId, ungdomsskole), eq(staffRoles.role, 'kontaktlaerer')));
    const [other] = await db.select({ id: groups.id }).from(groups).where(and(eq(groups.schoolId, ungdomsskole), eq(groups.name, '10A')));
    await db.insert(checkRecords).values({ ownerId, schoolId: ungdomsskole, groupId: other!.id, kind: 'fravaersprotokoll', periodFrom: '2026-11-01', periodTo: '2026-11-15', doneBy: somebody!.id, doneAt: new Date('2026-11-10T12:00:00Z') });

    const { status, body } = await rektor.call<SchoolProtokollStatus>('GET', `/api/schools/${ungdomsskole}/protokoll-status`);
    expect(status).toBe(200);
    const classes = await db.select({ id: groups.id }).from(groups).where(and(eq(groups.schoolId, ungdomsskole), eq(groups.kind, 'basisgruppe')));
    expect(body.classes.map((c) => c.group.id).sort()).toEqual(classes.map((c) => c.id).sort());
    const ofNineA = body.classes.find((c) => c.group.id === nineA)!;
    expect(ofNineA.current?.done).toBe(true);
    expect(ofNineA.contactTeachers).toContain(teacher.session.name);
    const ofOther = body.classes.find((c) => c.group.id === other!.id)!;
    expect(ofOther.current?.done).toBe(false);
    expect(ofOther.overdue).not.toContainEqual({ from: '2026-11-01', to: '2026-11-15' });
    expect(ofOther.overdue.length).toBe(ofNineA.overdue.length - 1);
    expect(ofOther.lastReview).toMatchObject({ doneAt: '2026-11-10T12:00:00.000Z' });

    expect((await teacher.call('GET', `/api/schools/${ungdomsskole}/protokoll-status`)).status).toBe(403);
    expect((await rektor.call('GET', `/api/schools/${barneskole}/protokoll-status`)).status).toBe(403);
  });
});

describe('the grunnskole profile from end to end', () => {
  it('takes a 9A student from registration through Ukesjekken to the staircase, its deadline on the municipality’s calendar', async () => {
    const { db } = api.database;
    const start = await weeklyCheck();
    const student = [...start.students].filter((s) => s.signal.level === 'gronn').sort((a, b) => b.wholeDaysThisTerm - a.wholeDaysThisTerm)[0]!;
    const needed = start.fromDays - student.wholeDaysThisTerm;
    expect(needed).toBeGreaterThan(0);

    // The contact teacher registers the class's day, the student away the whole day, on enough school days.
    const days = (await freeDays(ungdomsskole, [student.id])).filter((d) => d >= '2026-10-26').slice(0, needed);
    expect(days).toHaveLength(needed);
    for (const date of days) {
      const saved = await teacher.call<RegistrationResult>('POST', `/api/groups/${nineA}/day-register`, { date, entries: [{ studentId: student.id, status: 'fravaer', type: 'udokumentert' }] });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }

    // Ukesjekken counts the days, marks the student, and the rule has raised its flag.
    const after = (await weeklyCheck()).students.find((s) => s.id === student.id)!;
    expect(after.wholeDaysThisTerm).toBe(start.fromDays);
    const flags = await teacher.call<z.infer<typeof studentFlags>>('GET', `/api/students/${student.id}/flags`);
    // One flag per concern: the weekly check's finding is among the evidence of the open one.
    const flag = flags.body.flags.find((f) => (f.state === 'ny' || f.state === 'bekreftet') && f.findings.some((x) => x.ruleCode === 'ukesjekk'));
    expect(flag, JSON.stringify(flags.body.flags.map((f) => f.findings.map((x) => x.ruleCode)))).toBeDefined();
    expect(flag!.findings.find((x) => x.ruleCode === 'ukesjekk')!.facts).toMatchObject({ days: start.fromDays });
    expect(after.signal.flags.map((f) => f.id)).toContain(flag!.id);

    // The staircase: a case from the flag, its first step's deadline counted on the municipality's calendar.
    const opened = await teacher.call<CaseDetail>('POST', `/api/students/${student.id}/cases`, { kind: 'fravaer', openedFrom: 'flagg', flagId: flag!.id, reason: 'Åtte hele dager borte denne terminen' });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const [stored] = await db.select().from(cases).where(eq(cases.id, opened.body.id));
    expect(stored!.ownerId).toBe(ownerId);
    const calendar = await caseCalendar(db, ownerId, ungdomsskole, TEST_TODAY);
    expect(opened.body.stepDueOn).toBe(stepDeadline(calendar, 'fravaer', stored!.step as CaseStep, stored!.stepStartedOn));
  });
});
