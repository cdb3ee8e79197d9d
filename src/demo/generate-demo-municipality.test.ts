import { describe, expect, it } from 'vitest';
import { isSchoolDay, isoWeekday, schoolDaysBetween, type SchoolCalendar } from '../domain/school-calendar.js';
import type { DemoDataset } from './demo-dataset.js';
import { demoSignIns, generateDemoSchool } from './generate-demo-school.js';

const TODAY = '2026-11-23';
const region = generateDemoSchool({ seed: 1, students: 240, today: TODAY });
const municipality = region.municipality!;
const absence = [...region.absenceRecords].filter((r) => r.ownerId === municipality.ownerId);

const ownedBy = <T extends { ownerId: string }>(rows: readonly T[], ownerId: string) => rows.filter((r) => r.ownerId === ownerId);
const schoolsOf = (data: DemoDataset) => data.schools.filter((s) => s.ownerId === data.municipality?.ownerId);
const classesOf = (schoolId: string) => region.groups.filter((g) => g.schoolId === schoolId && g.kind === 'basisgruppe');
const membersOf = (groupId: string) => region.groupMemberships.filter((m) => m.groupId === groupId).map((m) => m.studentId);
const staffOf = (username: string) => region.accounts.find((a) => a.username === username)!;

function calendarOf(schoolId: string): SchoolCalendar {
  const year = region.schoolYears.find((y) => y.schoolId === schoolId)!;
  return { startsOn: year.startsOn, endsOn: year.endsOn, breaks: region.calendarBreaks.filter((b) => b.schoolYearId === year.id) };
}

describe('the demo municipality', () => {
  it('is an owner of its own, a kommune, with a barneskole and an ungdomsskole', () => {
    const owner = region.owners.find((o) => o.id === municipality.ownerId)!;
    expect(owner).toMatchObject({ name: 'Varde kommune', kind: 'kommune', maalform: 'nn' });
    expect(municipality.ownerId).not.toBe(region.ownerId);
    expect(schoolsOf(region).map((s) => [s.id, s.name, s.kind])).toEqual([
      [municipality.barneskoleId, 'Varde barneskule', 'barneskole'],
      [municipality.ungdomsskoleId, 'Varde ungdomsskule', 'ungdomsskole'],
    ]);
    // Every row the municipality's schools have is the municipality's.
    const schoolIds = new Set(schoolsOf(region).map((s) => s.id));
    for (const rows of [region.students, region.groups, region.schoolYears] as Array<Array<{ ownerId: string; schoolId: string }>>) {
      expect(rows.filter((r) => schoolIds.has(r.schoolId)).every((r) => r.ownerId === municipality.ownerId)).toBe(true);
    }
  });

  it('has classes per trinn, 1–7 in the barneskole and 8–10 in the ungdomsskole, of modest size', () => {
    const levels = (schoolId: string) => [...new Set(classesOf(schoolId).map((c) => c.level))];
    expect(levels(municipality.barneskoleId)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(levels(municipality.ungdomsskoleId)).toEqual(['8', '9', '10']);
    const names = (schoolId: string) => classesOf(schoolId).map((c) => c.name);
    expect(names(municipality.ungdomsskoleId)).toEqual(['8A', '8B', '8C', '9A', '9B', '9C', '10A', '10B', '10C']);
    for (const c of [...classesOf(municipality.barneskoleId), ...classesOf(municipality.ungdomsskoleId)]) {
      expect(c.name.startsWith(c.level!)).toBe(true);
      expect(membersOf(c.id).length).toBeGreaterThanOrEqual(10);
      expect(membersOf(c.id).length).toBeLessThanOrEqual(28);
    }
    for (const schoolId of [municipality.barneskoleId, municipality.ungdomsskoleId]) {
      const size = region.students.filter((s) => s.schoolId === schoolId).length;
      expect(size).toBeGreaterThanOrEqual(150);
      expect(size).toBeLessThanOrEqual(250);
    }
  });

  it('has children whose age fits their trinn, all of them minors', () => {
    const trinnOf = new Map(region.groupMemberships.flatMap((m) => {
      const group = region.groups.find((g) => g.id === m.groupId && g.kind === 'basisgruppe');
      return group ? [[m.studentId, Number(group.level)] as const] : [];
    }));
    for (const student of ownedBy(region.students, municipality.ownerId)) {
      const trinn = trinnOf.get(student.id)!;
      // Only the county's vgs has a student without a birth date (generate-demo-school.ts).
      expect(student.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const ageThisYear = 2026 - Number(student.birthDate!.slice(0, 4));
      expect([5 + trinn, 6 + trinn]).toContain(ageThisYear);
      expect(ageThisYear).toBeLessThan(18);
    }
  });

  it('keeps its own calendar: a later start, a planning day the county does not have, Christmas later', () => {
    const county = calendarOf(region.demoSchoolId);
    const own = calendarOf(municipality.ungdomsskoleId);
    expect(county.startsOn).toBe('2026-08-17');
    expect(own.startsOn).toBe('2026-08-19');
    const dates = (c: SchoolCalendar) => [c.startsOn, c.endsOn, ...c.breaks.map((b) => `${b.startsOn}–${b.endsOn}`)];
    expect(dates(own)).toEqual(dates(calendarOf(municipality.barneskoleId)));
    // The county's planning day in week 46 is a school day here; the municipality's in week 48 is not the county's.
    expect([isSchoolDay(county, '2026-11-13'), isSchoolDay(own, '2026-11-13')]).toEqual([false, true]);
    expect([isSchoolDay(county, '2026-11-27'), isSchoolDay(own, '2026-11-27')]).toEqual([true, false]);
    expect([isSchoolDay(county, '2026-12-21'), isSchoolDay(own, '2026-12-21')]).toEqual([false, true]);
    expect([isSchoolDay(county, '2027-01-04'), isSchoolDay(own, '2027-01-04')]).toEqual([true, false]);
    // The holiday weeks are the neighbours' own.
    for (const date of ['2026-09-30', '2027-02-24', '2027-03-24']) expect([isSchoolDay(county, date), isSchoolDay(own, date)]).toEqual([false, false]);
    const terms = region.terms.filter((t) => t.ownerId === municipality.ownerId).slice(0, 2).map((t) => [t.startsOn, t.endsOn]);
    expect(terms).toEqual([['2026-08-19', '2026-12-22'], ['2027-01-04', '2027-06-22']]);
  });

  it('gives every student a guardian with parental responsibility, siblings sometimes at the other school', () => {
    const links = ownedBy(region.studentGuardians, municipality.ownerId);
    const guardianIds = new Set(ownedBy(region.guardians, municipality.ownerId).map((g) => g.id));
    for (const student of ownedBy(region.students, municipality.ownerId)) {
      const own = links.filter((l) => l.studentId === student.id);
      expect(own.some((l) => l.parentalResponsibility && guardianIds.has(l.guardianId)), student.id).toBe(true);
    }
    const schoolOf = new Map(region.students.map((s) => [s.id, s.schoolId]));
    const childrenOf = new Map<string, string[]>();
    for (const l of links) childrenOf.set(l.guardianId, [...(childrenOf.get(l.guardianId) ?? []), l.studentId]);
    const families = [...childrenOf.values()].filter((children) => children.length === 2);
    expect(families.some(([a, b]) => schoolOf.get(a!) === schoolOf.get(b!))).toBe(true);
    expect(families.some(([a, b]) => schoolOf.get(a!) !== schoolOf.get(b!))).toBe(true);
  });

  it('lays out each trinn’s week with no clashes, every lesson with a teacher, every class with a contact teacher', () => {
    const slotsOf = new Map<string, number[]>();
    for (const slot of ownedBy(region.timetableSlots, municipality.ownerId)) slotsOf.set(slot.groupId, [...(slotsOf.get(slot.groupId) ?? []), slot.weekday * 10 + slot.lessonNumber]);
    const expectedWeek: Record<string, number> = { '1': 24, '2': 24, '3': 25, '4': 25, '5': 29, '6': 29, '7': 29, '8': 30, '9': 30, '10': 30 };
    for (const schoolId of [municipality.barneskoleId, municipality.ungdomsskoleId]) {
      for (const c of classesOf(schoolId)) {
        for (const studentId of membersOf(c.id)) {
          const cells = region.groupMemberships.filter((m) => m.studentId === studentId).flatMap((m) => slotsOf.get(m.groupId) ?? []);
          expect(new Set(cells).size).toBe(cells.length);
          expect(cells.length).toBe(expectedWeek[c.level!]);
          for (let day = 1; day <= 5; day++) {
            const lessons = cells.filter((cell) => Math.floor(cell / 10) === day).map((cell) => cell % 10).sort();
            expect(lessons).toEqual(lessons.map((_, i) => i + 1));
          }
        }
        const contact = region.groupTeachers.filter((gt) => gt.groupId === c.id && gt.role === 'kontaktlaerer');
        expect(contact).toHaveLength(1);
        expect(region.staffRoles.some((r) => r.staffId === contact[0]!.staffId && r.role === 'kontaktlaerer' && r.schoolId === schoolId)).toBe(true);
      }
    }
    const teaching = ownedBy(region.groups, municipality.ownerId).filter((g) => g.kind === 'undervisningsgruppe');
    for (const g of teaching) expect(region.groupTeachers.filter((gt) => gt.groupId === g.id && gt.role === 'faglaerer')).toHaveLength(1);
    const cellsOfTeacher = new Map<string, number[]>();
    for (const gt of ownedBy(region.groupTeachers, municipality.ownerId)) {
      cellsOfTeacher.set(gt.staffId, [...(cellsOfTeacher.get(gt.staffId) ?? []), ...(slotsOf.get(gt.groupId) ?? [])]);
    }
    for (const cells of cellsOfTeacher.values()) expect(new Set(cells).size).toBe(cells.length);
    // A barneskole's contact teacher teaches the own class most of its week.
    const [firstClass] = classesOf(municipality.barneskoleId);
    const teacherOfFirst = region.groupTeachers.find((gt) => gt.groupId === firstClass!.id && gt.role === 'kontaktlaerer')!.staffId;
    const taughtInClass = teaching.filter((g) => g.name.startsWith(`${firstClass!.name}/`) && region.groupTeachers.some((gt) => gt.groupId === g.id && gt.staffId === teacherOfFirst));
    expect(taughtInClass.map((g) => g.name.split('/')[1]).sort()).toEqual(expect.arrayContaining(['MAT', 'NOR', 'RLE']));
  });

  it('has leadership, the nurse and the skolemiljøteam at each school, and a counsellor in the ungdomsskole', () => {
    for (const schoolId of [municipality.barneskoleId, municipality.ungdomsskoleId]) {
      const roles = region.staffRoles.filter((r) => r.schoolId === schoolId);
      const titles = roles.filter((r) => r.role === 'skoleleder').map((r) => r.title);
      expect(titles).toContain('Rektor');
      expect(titles).toContain(schoolId === municipality.barneskoleId ? 'Inspektør' : 'Avdelingsleder');
      for (const role of ['helsesykepleier', 'sosiallaerer', 'miljoterapeut'] as const) expect(roles.some((r) => r.role === role), role).toBe(true);
      expect(roles.some((r) => r.role === 'radgiver')).toBe(schoolId === municipality.ungdomsskoleId);
    }
    const ownerLevel = region.staffRoles.filter((r) => r.ownerId === municipality.ownerId && r.schoolId === null).map((r) => r.role);
    expect(ownerLevel.sort()).toEqual(['administrator', 'skoleeier']);
  });

  it('signs in gs-kontaktlaerer as contact teacher of 9A and gs-rektor as rektor of the ungdomsskole', () => {
    const teacher = staffOf('gs-kontaktlaerer');
    const rektor = staffOf('gs-rektor');
    expect([teacher.ownerId, rektor.ownerId]).toEqual([municipality.ownerId, municipality.ownerId]);
    const nineA = classesOf(municipality.ungdomsskoleId).find((c) => c.name === '9A')!;
    expect(region.groupTeachers.filter((gt) => gt.staffId === teacher.staffId && gt.role === 'kontaktlaerer').map((gt) => gt.groupId)).toEqual([nineA.id]);
    expect(region.staffRoles.find((r) => r.staffId === rektor.staffId)).toMatchObject({ role: 'skoleleder', title: 'Rektor', schoolId: municipality.ungdomsskoleId });
    expect(demoSignIns.filter((s) => s.owner === 'kommune').map((s) => [s.username, s.role])).toEqual([
      ['gs-kontaktlaerer', 'kontaktlaerer'],
      ['gs-rektor', 'skoleleder'],
    ]);
  });
});

describe('the demo municipality’s absence', () => {
  const ofSchool = (schoolId: string) => absence.filter((r) => r.schoolId === schoolId && r.type !== 'forsentkomming');
  const students = (schoolId: string) => region.students.filter((s) => s.schoolId === schoolId).length;

  it('falls on the municipality’s school days, before today', () => {
    const calendar = calendarOf(municipality.ungdomsskoleId);
    expect(absence.length).toBeGreaterThan(300);
    for (const r of absence) {
      expect(r.date < TODAY).toBe(true);
      expect(isSchoolDay(calendar, r.date), r.date).toBe(true);
    }
    // The county's planning day is a school day here, and some child was away on it.
    expect(absence.some((r) => r.date === '2026-11-13')).toBe(true);
  });

  it('is mostly whole days reported by the home in the barneskole, with more single lessons in the ungdomsskole', () => {
    const children = ofSchool(municipality.barneskoleId);
    const teens = ofSchool(municipality.ungdomsskoleId);
    const share = (records: typeof absence, test: (r: (typeof absence)[number]) => boolean) => records.filter(test).length / records.length;
    expect(share(children, (r) => r.scope === 'dag')).toBeGreaterThan(0.7);
    expect(share(children, (r) => r.noticeFromHome === true)).toBeGreaterThan(0.9);
    expect(share(teens, (r) => r.scope === 'time')).toBeGreaterThan(share(children, (r) => r.scope === 'time') + 0.15);
    const late = (schoolId: string) => absence.filter((r) => r.schoolId === schoolId && r.type === 'forsentkomming').length / students(schoolId);
    expect(late(municipality.barneskoleId)).toBeLessThan(late(municipality.ungdomsskoleId));
  });

  it('has more illness as winter comes', () => {
    const calendar = calendarOf(municipality.barneskoleId);
    const perSchoolDay = (from: string, to: string) =>
      absence.filter((r) => r.scope === 'dag' && r.type === 'sykdom' && from <= r.date && r.date <= to).length / schoolDaysBetween(calendar, from, to).length;
    expect(perSchoolDay('2026-11-02', '2026-11-20')).toBeGreaterThan(1.3 * perSchoolDay('2026-08-19', '2026-09-25'));
  });

  it('has a few students in each pattern the routine looks for, the first refusal and Monday cases in 9A', () => {
    const profiles = region.absenceProfiles.filter((p) => p.stage === 'barneskole' || p.stage === 'ungdomsskole');
    expect(profiles).toHaveLength(ownedBy(region.students, municipality.ownerId).length);
    const patterns = (schoolId: string) => new Set(profiles.filter((p) => p.schoolId === schoolId).map((p) => p.pattern));
    for (const pattern of ['school_refusal', 'mondays', 'around_breaks', 'every_other_week', 'late_arrivals']) {
      expect(patterns(municipality.barneskoleId), pattern).toContain(pattern);
      expect(patterns(municipality.ungdomsskoleId), pattern).toContain(pattern);
    }
    expect(patterns(municipality.ungdomsskoleId)).toContain('avoids_subject');
    expect(profiles.filter((p) => p.pattern !== 'ordinary' && p.pattern !== 'siblings').length).toBeLessThan(0.1 * profiles.length);
    const nineA = new Set(membersOf(classesOf(municipality.ungdomsskoleId).find((c) => c.name === '9A')!.id));
    expect(profiles.filter((p) => nineA.has(p.studentId)).map((p) => p.pattern)).toEqual(expect.arrayContaining(['school_refusal', 'mondays']));
    const mondayStudent = profiles.find((p) => p.pattern === 'mondays' && nineA.has(p.studentId))!;
    const days = absence.filter((r) => r.studentId === mondayStudent.studentId && r.scope === 'dag');
    expect(days.filter((r) => isoWeekday(r.date) === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('has a 9A student away on the same days as a sibling at the barneskole, for Ukesjekken to show', () => {
    const nineA = new Set(membersOf(classesOf(municipality.ungdomsskoleId).find((c) => c.name === '9A')!.id));
    const children = new Set(classesOf(municipality.barneskoleId).flatMap((c) => membersOf(c.id)));
    const together = region.absenceProfiles.filter((p) => p.pattern === 'siblings');
    const inNineA = together.find((p) => nineA.has(p.studentId))!;
    const sibling = together.find((p) => p.siblingKey === inNineA.siblingKey && p.studentId !== inNineA.studentId)!;
    expect(children.has(sibling.studentId)).toBe(true);
    const wholeDays = (id: string) => new Set(absence.filter((r) => r.studentId === id && r.scope === 'dag').map((r) => r.date));
    const both = [...wholeDays(inNineA.studentId)].filter((d) => wholeDays(sibling.studentId).has(d));
    expect(both.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the demo municipality at other sizes', () => {
  it('grows into barneskoler and ungdomsskoler of realistic size, the first of each the demo’s', () => {
    const large = generateDemoSchool({ seed: 1, students: 240, municipalityStudents: 3000, today: TODAY });
    const schools = schoolsOf(large);
    const sizes = (kind: string) => schools.filter((s) => s.kind === kind).map((s) => large.students.filter((st) => st.schoolId === s.id).length);
    expect(sizes('barneskole').every((n) => n >= 150 && n <= 450)).toBe(true);
    expect(sizes('ungdomsskole').every((n) => n >= 200 && n <= 500)).toBe(true);
    expect(sizes('barneskole').length).toBeGreaterThan(1);
    expect([...sizes('barneskole'), ...sizes('ungdomsskole')].reduce((a, b) => a + b, 0)).toBe(3000);
    expect(schools.find((s) => s.id === large.municipality!.barneskoleId)!.name).toBe('Varde barneskule');
    expect(schools.find((s) => s.id === large.municipality!.ungdomsskoleId)!.name).toBe('Varde ungdomsskule');
    expect(new Set(schools.map((s) => s.name)).size).toBe(schools.length);
  });

  it('is left out at 0, with its sign-ins, and refused below a school’s worth', () => {
    const county = generateDemoSchool({ seed: 1, students: 240, municipalityStudents: 0, today: TODAY });
    expect(county.municipality).toBeNull();
    expect(county.owners).toHaveLength(1);
    expect(county.accounts.some((a) => a.username.startsWith('gs-'))).toBe(false);
    expect(() => generateDemoSchool({ seed: 1, students: 240, municipalityStudents: 10, today: TODAY })).toThrow(RangeError);
  });
});
