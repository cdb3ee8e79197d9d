import { describe, expect, it } from 'vitest';
import { isSchoolDay, isoWeekday, schoolDaysBetween, type SchoolCalendar } from '../domain/school-calendar.js';
import { absenceTypes, gradeValues, roleCodes, teacherReportKinds } from '../domain/vocabulary.js';
import type { DemoDataset } from './demo-dataset.js';
import type { AbsenceRecordRow } from './factories.js';
import { demoSignIns, generateDemoSchool } from './generate-demo-school.js';

const TODAY = '2026-11-23';
const region = generateDemoSchool({ seed: 1, students: 240, today: TODAY });
/** The county's part of the demo region: these tests are about it (the municipality's: generate-demo-municipality.test.ts). */
const dataset = countyOf(region);
const absence = [...dataset.absenceRecords];

/** The county's rows of a region: every table's rows of the county owner, its schools' absence profiles. */
function countyOf(data: DemoDataset): DemoDataset {
  const county: Record<string, unknown> = { ...data, municipality: null };
  for (const [table, rows] of Object.entries(data)) {
    if (Array.isArray(rows)) county[table] = rows.filter((row: { ownerId?: string; id?: string }) => (row.ownerId ?? row.id) === data.ownerId);
  }
  const schoolIds = new Set(data.schools.filter((s) => s.ownerId === data.ownerId).map((s) => s.id));
  county.absenceProfiles = data.absenceProfiles.filter((p) => schoolIds.has(p.schoolId));
  county.absenceRecords = { [Symbol.iterator]: () => [...data.absenceRecords].filter((r) => r.ownerId === data.ownerId)[Symbol.iterator]() };
  return county as unknown as DemoDataset;
}

const groupById = new Map(dataset.groups.map((g) => [g.id, g]));
const classes = dataset.groups.filter((g) => g.kind === 'basisgruppe');
const classOf = new Map(
  dataset.groupMemberships.filter((m) => groupById.get(m.groupId)!.kind === 'basisgruppe').map((m) => [m.studentId, groupById.get(m.groupId)!]),
);
const membersOf = (groupId: string) => dataset.groupMemberships.filter((m) => m.groupId === groupId).map((m) => m.studentId);
const staffOfAccount = (username: string) => dataset.accounts.find((a) => a.username === username)!.staffId;

function calendarOf(data: DemoDataset): SchoolCalendar {
  const year = data.schoolYears[0]!;
  return { startsOn: year.startsOn, endsOn: year.endsOn, breaks: data.calendarBreaks.filter((b) => b.schoolYearId === year.id) };
}

/** Each student's lessons a week on each weekday (index 1–5), from memberships and the timetable. */
function lessonsPerWeekday(data: DemoDataset): Map<string, number[]> {
  const slotsOf = new Map<string, number[]>();
  for (const slot of data.timetableSlots) {
    const perDay = slotsOf.get(slot.groupId) ?? [0, 0, 0, 0, 0, 0];
    perDay[slot.weekday]!++;
    slotsOf.set(slot.groupId, perDay);
  }
  const result = new Map<string, number[]>();
  for (const m of data.groupMemberships) {
    const perDay = result.get(m.studentId) ?? [0, 0, 0, 0, 0, 0];
    const group = slotsOf.get(m.groupId);
    if (group) for (let d = 1; d <= 5; d++) perDay[d]! += group[d]!;
    result.set(m.studentId, perDay);
  }
  return result;
}

/** The share of each student's lessons so far that the student missed (late arrivals not counted). */
function absenceShares(data: DemoDataset, records: readonly AbsenceRecordRow[]): Map<string, number> {
  const days = schoolDaysBetween(calendarOf(data), data.schoolYears[0]!.startsOn, '2026-11-22');
  const perWeekday = lessonsPerWeekday(data);
  const missed = new Map<string, number>();
  for (const r of records) if (r.type !== 'forsentkomming') missed.set(r.studentId, (missed.get(r.studentId) ?? 0) + r.hours);
  return new Map(
    data.students.map((s) => {
      const held = days.reduce((sum, day) => sum + perWeekday.get(s.id)![isoWeekday(day)]!, 0);
      return [s.id, (missed.get(s.id) ?? 0) / held];
    }),
  );
}

describe('the generated demo school', () => {
  it('is the same for the same seed and date, ids included, and different for another seed', () => {
    const again = generateDemoSchool({ seed: 1, students: 240, today: TODAY });
    expect(JSON.stringify({ ...again, absenceRecords: [...again.absenceRecords] })).toBe(
      JSON.stringify({ ...region, absenceRecords: [...region.absenceRecords] }),
    );
    const other = generateDemoSchool({ seed: 2, students: 240, today: TODAY });
    expect(other.students.map((s) => s.id)).not.toEqual(dataset.students.map((s) => s.id));
    expect(other.students.map((s) => s.givenName)).not.toEqual(dataset.students.map((s) => s.givenName));
  });

  it('keeps the county the same whatever the size of the municipality beside it', () => {
    const alone = countyOf(generateDemoSchool({ seed: 1, students: 240, municipalityStudents: 0, today: TODAY }));
    const larger = countyOf(generateDemoSchool({ seed: 1, students: 240, municipalityStudents: 1200, today: TODAY }));
    const text = (data: DemoDataset) => JSON.stringify({ ...data, absenceRecords: [...data.absenceRecords] });
    expect(text(alone)).toBe(text(dataset));
    expect(text(larger)).toBe(text(dataset));
  });

  it('is one vgs of a fylkeskommune with 240 students in the eight classes of the README', () => {
    expect(region.owners.map((o) => o.kind)).toEqual(['fylkeskommune', 'kommune']);
    expect(dataset.owners).toEqual([expect.objectContaining({ kind: 'fylkeskommune' })]);
    expect(dataset.schools).toEqual([expect.objectContaining({ name: 'Varde videregående skole', kind: 'vgs' })]);
    expect(dataset.students).toHaveLength(240);
    expect(classes.map((c) => c.name)).toEqual(['1STA', '1STB', '1HSA', '1ELA', '2STA', '2STB', '2HSA', '3STA']);
    for (const c of classes) expect(membersOf(c.id)).toHaveLength(30);
    expect(classes.map((c) => c.level)).toEqual(['Vg1', 'Vg1', 'Vg1', 'Vg1', 'Vg2', 'Vg2', 'Vg2', 'Vg3']);
    expect(dataset.groups.filter((g) => g.kind === 'undervisningsgruppe').every((g) => /^[A-ZÆØÅ]{3}\d{4}$/.test(g.subjectCode!))).toBe(true);
  });

  it('gives students birth years that fit their level, a few a year older', () => {
    let older = 0;
    for (const student of dataset.students) {
      // The one without a birth date is the next test's.
      if (student.birthDate === null) continue;
      const level = Number(classOf.get(student.id)!.level!.slice(2));
      const age = 2026 - Number(student.birthDate!.slice(0, 4));
      expect([15 + level, 16 + level]).toContain(age);
      if (age === 16 + level) older++;
    }
    expect(older).toBeGreaterThan(0);
    expect(older).toBeLessThan(30);
  });

  it('has one student whose birth date is missing, in Vg2 and with ordinary absence, for the school to complete', () => {
    const without = dataset.students.filter((s) => s.birthDate === null);
    expect(without).toHaveLength(1);
    expect(without[0]!.schoolId).toBe(dataset.demoSchoolId);
    expect(classOf.get(without[0]!.id)!.level).toBe('Vg2');
    expect(dataset.absenceProfiles.find((p) => p.studentId === without[0]!.id)!.pattern).toBe('ordinary');
  });

  it('has staff in every role, and exactly one account for each demo username', () => {
    expect(new Set(dataset.staffRoles.map((r) => r.role))).toEqual(new Set(roleCodes));
    expect(dataset.accounts.map((a) => a.username)).toEqual(demoSignIns.filter((s) => s.owner === 'fylkeskommune').map((s) => s.username));
    expect(region.accounts.map((a) => a.username)).toEqual(demoSignIns.map((s) => s.username));
    expect(new Set(dataset.accounts.map((a) => a.staffId)).size).toBe(dataset.accounts.length);
    for (const account of dataset.accounts) {
      const roles = dataset.staffRoles.filter((r) => r.staffId === account.staffId);
      expect(roles.map((r) => r.role), account.username).toContain(account.role);
    }
    const titleOf = (username: string) => dataset.staffRoles.find((r) => r.staffId === staffOfAccount(username))!.title;
    expect(titleOf('rektor')).toBe('Rektor');
    expect(titleOf('avdelingsleder')).toBe('Avdelingsleder');
    for (const username of ['ot', 'skoleeier', 'admin']) {
      expect(dataset.staffRoles.find((r) => r.staffId === staffOfAccount(username))!.schoolId, username).toBeNull();
    }
  });

  it('makes kontaktlaerer the contact teacher of 1STA, who also teaches the class', () => {
    const staffId = staffOfAccount('kontaktlaerer');
    const ownGroups = dataset.groupTeachers.filter((gt) => gt.staffId === staffId);
    const classA = classes.find((c) => c.name === '1STA')!;
    expect(ownGroups.filter((gt) => gt.role === 'kontaktlaerer').map((gt) => gt.groupId)).toEqual([classA.id]);
    const taught = ownGroups.filter((gt) => gt.role === 'faglaerer').map((gt) => groupById.get(gt.groupId)!);
    expect(taught.some((g) => g.name.startsWith('1STA/'))).toBe(true);
    expect(dataset.staffRoles.filter((r) => r.staffId === staffId).map((r) => r.role).sort()).toEqual(['faglaerer', 'kontaktlaerer']);
  });

  it('makes faglaerer a subject teacher of several groups, none of them with a 1STA student', () => {
    const staffId = staffOfAccount('faglaerer');
    const own = dataset.groupTeachers.filter((gt) => gt.staffId === staffId);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own.every((gt) => gt.role === 'faglaerer')).toBe(true);
    expect(dataset.staffRoles.filter((r) => r.staffId === staffId).map((r) => r.role)).toEqual(['faglaerer']);
    const students = own.flatMap((gt) => membersOf(gt.groupId));
    expect(students.some((id) => classOf.get(id)!.name === '1STA')).toBe(false);
  });

  it('lays out a week of 27–35 lessons for every student with no clashes, for students or teachers', () => {
    const slotsOf = new Map<string, Array<{ weekday: number; lessonNumber: number }>>();
    for (const slot of dataset.timetableSlots) slotsOf.set(slot.groupId, [...(slotsOf.get(slot.groupId) ?? []), slot]);
    const cellsOfStudent = new Map<string, number[]>();
    for (const m of dataset.groupMemberships) {
      for (const slot of slotsOf.get(m.groupId) ?? []) {
        cellsOfStudent.set(m.studentId, [...(cellsOfStudent.get(m.studentId) ?? []), slot.weekday * 10 + slot.lessonNumber]);
      }
    }
    for (const cells of cellsOfStudent.values()) {
      expect(new Set(cells).size).toBe(cells.length);
      expect(cells.length).toBeGreaterThanOrEqual(27);
      expect(cells.length).toBeLessThanOrEqual(35);
      // Every day starts with lesson 1 and has no gaps: late arrivals happen in lesson 1.
      for (let day = 1; day <= 5; day++) {
        const lessons = cells.filter((c) => Math.floor(c / 10) === day).map((c) => c % 10).sort();
        expect(lessons).toEqual(lessons.map((_, i) => i + 1));
      }
    }
    const cellsOfTeacher = new Map<string, number[]>();
    for (const gt of dataset.groupTeachers) {
      for (const slot of slotsOf.get(gt.groupId) ?? []) {
        cellsOfTeacher.set(gt.staffId, [...(cellsOfTeacher.get(gt.staffId) ?? []), slot.weekday * 10 + slot.lessonNumber]);
      }
    }
    for (const cells of cellsOfTeacher.values()) expect(new Set(cells).size).toBe(cells.length);
    expect(dataset.timetableSlots.every((s) => s.weekday >= 1 && s.weekday <= 5 && s.lessonNumber >= 1 && s.lessonNumber <= 8)).toBe(true);
  });

  it('gives every student at least one guardian, and sibling pairs in different classes the same guardians', () => {
    const linksOf = new Map<string, typeof dataset.studentGuardians>();
    for (const link of dataset.studentGuardians) linksOf.set(link.studentId, [...(linksOf.get(link.studentId) ?? []), link]);
    for (const student of dataset.students) expect(linksOf.get(student.id)?.length ?? 0).toBeGreaterThanOrEqual(1);
    const withResponsibility = dataset.students.filter((s) => linksOf.get(s.id)!.some((l) => l.parentalResponsibility));
    expect(withResponsibility.length).toBe(240);
    expect(dataset.studentGuardians.some((l) => !l.parentalResponsibility)).toBe(true);
    expect(dataset.guardians.every((g) => /^[49]\d{2} \d{2} \d{3}$/.test(g.phone!) && g.email!.includes('@'))).toBe(true);

    const childrenOf = new Map<string, string[]>();
    for (const link of dataset.studentGuardians) childrenOf.set(link.guardianId, [...(childrenOf.get(link.guardianId) ?? []), link.studentId]);
    const siblings = [...childrenOf.values()].filter((children) => children.length === 2);
    expect(siblings.length).toBeGreaterThanOrEqual(4);
    for (const [a, b] of siblings) expect(classOf.get(a!)!.id).not.toBe(classOf.get(b!)!.id);
  });

  it('follows the Norwegian school year 2026–2027', () => {
    expect(dataset.schoolYears[0]).toMatchObject({ name: '2026–2027', startsOn: '2026-08-17', endsOn: '2027-06-18' });
    expect(dataset.terms.map((t) => [t.name, t.startsOn, t.endsOn])).toEqual([
      ['Høsten 2026', '2026-08-17', '2026-12-18'],
      ['Våren 2027', '2027-01-04', '2027-06-18'],
    ]);
    const breaks = dataset.calendarBreaks.map((b) => [b.name, b.kind, b.startsOn, b.endsOn]);
    expect(breaks).toEqual(
      expect.arrayContaining([
        ['Høstferie', 'ferie', '2026-09-28', '2026-10-02'],
        ['Juleferie', 'ferie', '2026-12-19', '2027-01-03'],
        ['Vinterferie', 'ferie', '2027-02-22', '2027-02-26'],
        ['Påskeferie', 'ferie', '2027-03-22', '2027-03-29'],
        ['Kristi himmelfartsdag', 'fridag', '2027-05-06', '2027-05-06'],
        ['17. mai og 2. pinsedag', 'fridag', '2027-05-17', '2027-05-17'],
      ]),
    );
    expect(breaks.filter(([, kind]) => kind === 'planleggingsdag')).toHaveLength(2);
  });
});

describe('the generated absence', () => {
  const calendar = calendarOf(dataset);

  it('falls on school days inside a term, and never on or after today', () => {
    expect(absence.length).toBeGreaterThan(500);
    for (const r of absence) {
      expect(r.date < TODAY, r.date).toBe(true);
      expect(isSchoolDay(calendar, r.date), r.date).toBe(true);
      expect(dataset.terms.some((t) => t.startsOn <= r.date && r.date <= t.endsOn)).toBe(true);
    }
    expect(absence.some((r) => r.date === '2026-11-20')).toBe(true);
  });

  it('keeps every record within the database constraints and in the student’s own lessons', () => {
    const staffIds = new Set(dataset.staff.map((s) => s.id));
    const memberships = new Set(dataset.groupMemberships.map((m) => `${m.studentId}:${m.groupId}`));
    const slots = new Set(dataset.timetableSlots.map((s) => `${s.groupId}:${s.weekday}:${s.lessonNumber}`));
    for (const r of absence) {
      expect(['time', 'dag']).toContain(r.scope);
      expect(r.scope === 'dag').toBe(r.lessonNumber === null);
      expect(r.hours).toBeGreaterThanOrEqual(0);
      expect(r.hours).toBeLessThanOrEqual(12);
      expect(absenceTypes).toContain(r.type);
      expect(r.source).toBe('demo');
      expect(staffIds.has(r.registeredBy!)).toBe(true);
      if (r.type === 'forsentkomming') {
        expect(r.hours).toBe(0);
        expect(r.minutesLate).toBeGreaterThanOrEqual(5);
        expect(r.minutesLate).toBeLessThanOrEqual(20);
      } else {
        expect(r.minutesLate).toBeNull();
      }
      if (r.scope === 'dag') {
        expect(r.groupId).toBeNull();
        expect(r.hours).toBeGreaterThan(0);
      } else {
        expect(memberships.has(`${r.studentId}:${r.groupId}`)).toBe(true);
        expect(slots.has(`${r.groupId}:${isoWeekday(r.date)}:${r.lessonNumber}`)).toBe(true);
      }
    }
    const keys = absence.map((r) => `${r.studentId}:${r.date}:${r.lessonNumber ?? 'dag'}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is low for most students, over 10 % for a few, and has the patterns to find', () => {
    const shares = [...absenceShares(dataset, absence).values()].sort((a, b) => a - b);
    expect(shares[Math.floor(shares.length / 2)]).toBeLessThan(0.02);
    expect(shares.filter((s) => s > 0.1).length).toBeGreaterThanOrEqual(3);

    const wholeDays = new Map<string, string[]>();
    for (const r of absence) if (r.scope === 'dag') wholeDays.set(r.studentId, [...(wholeDays.get(r.studentId) ?? []), r.date]);
    const mondayStudents = [...wholeDays.values()].filter((dates) => {
      const mondays = dates.filter((d) => isoWeekday(d) === 1).length;
      return mondays >= 3 && mondays / dates.length >= 0.6;
    });
    expect(mondayStudents.length).toBeGreaterThanOrEqual(1);

    const siblingPair = dataset.absenceProfiles.filter((p) => p.pattern === 'siblings');
    const [first, second] = [siblingPair[0]!, siblingPair.find((p) => p !== siblingPair[0] && p.siblingKey === siblingPair[0]!.siblingKey)!];
    const shared = (wholeDays.get(first.studentId) ?? []).filter((d) => (wholeDays.get(second.studentId) ?? []).includes(d));
    expect(shared.length).toBeGreaterThanOrEqual(2);

    const lateCounts = new Map<string, number>();
    for (const r of absence) if (r.type === 'forsentkomming') lateCounts.set(r.studentId, (lateCounts.get(r.studentId) ?? 0) + 1);
    expect([...lateCounts.values()].some((n) => n >= 10)).toBe(true);
  });

  it('ends the day before today, and is empty before the school year starts', () => {
    const early = generateDemoSchool({ seed: 1, students: 40, today: '2026-09-01' });
    const records = [...early.absenceRecords];
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.date >= '2026-08-17' && r.date <= '2026-08-31')).toBe(true);
    expect(early.grades).toEqual([]);

    const summer = generateDemoSchool({ seed: 1, students: 40, today: '2027-07-10' });
    expect(summer.schoolYears[0]).toMatchObject({ name: '2027–2028', startsOn: '2027-08-16' });
    expect([...summer.absenceRecords]).toEqual([]);
  });
});

describe('the generated assessments', () => {
  it('has a midterm grade in every subject for every student after 1 November', () => {
    const teaching = dataset.groupMemberships.filter((m) => groupById.get(m.groupId)!.kind === 'undervisningsgruppe');
    expect(dataset.grades).toHaveLength(teaching.length);
    const graded = new Set(dataset.grades.map((g) => `${g.studentId}:${g.groupId}`));
    expect(teaching.every((m) => graded.has(`${m.studentId}:${m.groupId}`))).toBe(true);
    expect(dataset.grades.every((g) => g.kind === 'midtveis' && g.givenOn === '2026-11-01' && gradeValues.includes(g.value))).toBe(true);
    const values = dataset.grades.map((g) => g.value);
    expect(values.filter((v) => v === '1').length).toBeGreaterThan(0);
    expect(values.filter((v) => v === 'IV').length).toBeGreaterThan(0);
    expect(values.filter((v) => ['3', '4', '5'].includes(v)).length / values.length).toBeGreaterThan(0.6);
  });

  it('has intake data for the Vg1 students only, with what the intake rules look for', () => {
    const vg1 = dataset.students.filter((s) => classOf.get(s.id)!.level === 'Vg1').map((s) => s.id);
    expect(dataset.intakeData.map((i) => i.studentId).sort()).toEqual(vg1.sort());
    expect(dataset.intakeData.some((i) => i.gradeAverage! <= 2.5)).toBe(true);
    expect(dataset.intakeData.some((i) => i.admittedChoice! > 1 && i.gradeAverage! <= 3)).toBe(true);
    expect(dataset.intakeData.some((i) => i.lowerSecondaryAbsencePercent! > 6)).toBe(true);
    expect(dataset.intakeData.some((i) => i.subjectsWithGrade1OrMissing!.length > 0)).toBe(true);
    expect(dataset.intakeData.some((i) => i.specialEducationNotice)).toBe(true);
  });

  it('has a few teacher reports, each from a teacher of the student', () => {
    expect(dataset.teacherReports.length).toBeGreaterThanOrEqual(4);
    expect(dataset.teacherReports.length).toBeLessThanOrEqual(12);
    for (const report of dataset.teacherReports) {
      expect(teacherReportKinds).toContain(report.kind);
      const taught = dataset.groupTeachers.filter((gt) => gt.staffId === report.reportedBy).map((gt) => gt.groupId);
      expect(taught.some((groupId) => membersOf(groupId).includes(report.studentId))).toBe(true);
      expect(report.createdAt! < new Date(`${TODAY}T00:00:00+01:00`)).toBe(true);
    }
  });
});

describe('a county-size demo', () => {
  it('spreads many students over schools of 500–900 under one owner, with the accounts at the demo school', () => {
    const county = countyOf(generateDemoSchool({ seed: 1, students: 2000, today: TODAY }));
    expect(county.owners).toHaveLength(1);
    expect(county.schools.length).toBe(3);
    expect(county.schools[0]!.name).toBe('Varde videregående skole');
    expect(new Set(county.schools.map((s) => s.name)).size).toBe(3);
    for (const school of county.schools) {
      const size = county.students.filter((s) => s.schoolId === school.id).length;
      expect(size).toBeGreaterThanOrEqual(500);
      expect(size).toBeLessThanOrEqual(900);
    }
    expect(county.students).toHaveLength(2000);
    const demoStaff = new Set(county.staffRoles.filter((r) => r.schoolId === county.demoSchoolId || r.schoolId === null).map((r) => r.staffId));
    expect(county.accounts.every((a) => demoStaff.has(a.staffId))).toBe(true);
  });
});
