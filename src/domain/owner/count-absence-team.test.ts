import { describe, expect, it } from 'vitest';
import { countAbsenceTeam, type TeamCase, type TeamSchool, type TeamStudent } from './count-absence-team.js';

const today = '2026-11-23';
const yearStartsOn = '2026-07-01';
const schoolA: TeamSchool = { id: 'A', kind: 'ungdomsskole', yearStartsOn };
const schoolB: TeamSchool = { id: 'B', kind: 'ungdomsskole', yearStartsOn };

let serial = 0;
const students = (count: number, over: Partial<TeamStudent> = {}): TeamStudent[] =>
  Array.from({ length: count }, () => ({ id: `s${++serial}`, schoolId: 'A', level: '8', absenceShare: 0, patternFlagThisYear: false, ...over }));
const kase = (over: Partial<TeamCase> = {}): TeamCase => {
  const id = `c${++serial}`;
  return { id, studentId: `student-of-${id}`, schoolId: 'A', level: '8', step: 'kontakt', status: 'aapen', openedOn: '2026-11-13', closedOn: null, outcome: null, ...over };
};
const closed = (openedOn: string, closedOn: string, outcome: TeamCase['outcome'] = 'effekt', over: Partial<TeamCase> = {}) =>
  kase({ status: 'avsluttet', step: 'veien_videre', openedOn, closedOn, outcome, ...over });
const count = (s: TeamStudent[], c: TeamCase[] = [], schools = [schoolA, schoolB]) => countAbsenceTeam({ schools, students: s, cases: c, today });
const levelOf = (result: ReturnType<typeof count>, school: string, level: string | null) => result.schools.find((s) => s.id === school)!.levels.find((l) => l.level === level)!;

describe('countAbsenceTeam: absence levels', () => {
  it('hides four students in a band and shows five', () => {
    const result = count([...students(4, { absenceShare: 0.05 }), ...students(5, { absenceShare: 0.1, level: '9' }), ...students(3, { absenceShare: 0.2, level: '9' })]);
    expect(levelOf(result, 'A', '8').absence).toEqual({ fra_5: null, fra_10: 0, fra_20: 0 });
    expect(levelOf(result, 'A', '9').absence).toEqual({ fra_5: 0, fra_10: 5, fra_20: null });
    expect(levelOf(result, 'A', '9').students).toBe(8);
  });

  it('leaves students under 5 % and without a share out of the bands, but counts them as students', () => {
    const result = count([...students(6, { absenceShare: 0.0499 }), ...students(5, { absenceShare: null })]);
    expect(levelOf(result, 'A', '8')).toMatchObject({ students: 11, absence: { fra_5: 0, fra_10: 0, fra_20: 0 } });
  });

  it('gives a school total "at least" when a trinn is hidden, and exact when none is', () => {
    const result = count([...students(5, { absenceShare: 0.12 }), ...students(3, { absenceShare: 0.12, level: '9' }), ...students(6, { absenceShare: 0.12, schoolId: 'B' })]);
    expect(result.schools[0]!.total.absence.fra_10).toEqual({ atLeast: 6 });
    expect(result.schools[1]!.total.absence.fra_10).toBe(6);
    // The owner's total is made of the same cells: 5 + (hidden, at least 1) + 6.
    expect(result.total.absence.fra_10).toEqual({ atLeast: 12 });
    expect(result.total.students).toBe(14);
  });
});

describe('countAbsenceTeam: the staircase', () => {
  it('counts open cases by step, hiding 1–4, with the open total "at least" over a hidden step', () => {
    const cases = [...Array.from({ length: 5 }, () => kase({ step: 'kartlegging' })), ...Array.from({ length: 4 }, () => kase({ step: 'tiltak' }))];
    const row = levelOf(count([], cases), 'A', '8');
    expect(row.steps).toEqual({ kontakt: 0, kartlegging: 5, tiltak: null, evaluering: 0, veien_videre: 0 });
    expect(row.openCases).toEqual({ atLeast: 6 });
    // Nine cases, but not shown exactly: no median and no longest either.
    expect(row.openDays).toEqual({ median: null, longest: null });
  });

  it('gives the median and the longest time open in calendar days once five cases are shown', () => {
    const opened = ['2026-11-23', '2026-11-20', '2026-11-13', '2026-10-24', '2026-08-25'];
    const row = levelOf(count([], opened.map((openedOn) => kase({ openedOn, step: 'tiltak' }))), 'A', '8');
    expect(row.openCases).toBe(5);
    expect(row.openDays).toEqual({ median: 10, longest: 90 });
  });

  it('hides the durations of four open cases', () => {
    const row = levelOf(count([], Array.from({ length: 4 }, () => kase())), 'A', '8');
    expect(row.openCases).toBeNull();
    expect(row.openDays).toEqual({ median: null, longest: null });
  });

  it('counts the cases closed this school year by outcome, with their median duration', () => {
    const cases = [
      closed('2026-09-01', '2026-09-11'),
      closed('2026-09-01', '2026-09-21'),
      closed('2026-09-01', '2026-10-01'),
      closed('2026-09-01', '2026-10-11', 'ikke_effekt'),
      closed('2026-09-01', '2026-10-21', 'avbrutt'),
      // Closed before this school year began: not this year's.
      closed('2026-03-01', '2026-06-15'),
    ];
    const row = levelOf(count([], cases), 'A', '8');
    expect(row.outcomes).toEqual({ effekt: null, ikke_effekt: null, avbrutt: null });
    expect(row.closedCases).toEqual({ atLeast: 3 });
    expect(row.closedDays.median).toBeNull();
    const more = [...cases, closed('2026-09-01', '2026-09-11'), closed('2026-09-01', '2026-09-11')];
    const shown = levelOf(count([], more), 'A', '8');
    expect(shown.outcomes.effekt).toBe(5);
    expect(shown.closedCases).toEqual({ atLeast: 7 });
    // Five effekt, one of each other outcome: the cell shows, the total stays "at least".
    const allEffekt = [...Array.from({ length: 5 }, () => closed('2026-09-01', '2026-09-11')), closed('2026-08-01', '2026-09-30')];
    const exact = levelOf(count([], allEffekt), 'A', '8');
    expect(exact.closedCases).toBe(6);
    expect(exact.closedDays.median).toBe(10);
  });

  it('pools the durations of the trinn for the school when every trinn is shown', () => {
    const cases = [...['2026-11-22', '2026-11-21', '2026-11-20', '2026-11-19', '2026-11-18'].map((d) => kase({ openedOn: d })), ...['2026-10-24', '2026-10-24', '2026-10-24', '2026-10-24', '2026-08-25'].map((d) => kase({ openedOn: d, level: '9' }))];
    const school = count([], cases).schools[0]!.total;
    expect(school.openCases).toBe(10);
    expect(school.steps.kontakt).toBe(10);
    expect(school.openDays).toEqual({ median: (5 + 30) / 2, longest: 90 });
  });
});

describe('countAbsenceTeam: recurring', () => {
  it('counts students with a pattern flag this year, hidden under five', () => {
    const result = count([...students(4, { patternFlagThisYear: true }), ...students(5, { level: '9', patternFlagThisYear: true }), ...students(10, { level: '9' })]);
    expect(levelOf(result, 'A', '8').patternStudents).toBeNull();
    expect(levelOf(result, 'A', '9').patternStudents).toBe(5);
    expect(result.total.patternStudents).toEqual({ atLeast: 6 });
  });

  it('counts a student back in the staircase once: a case this year after an earlier one, of any year', () => {
    const back = (student: string, level = '8') => [
      closed('2026-02-01', '2026-03-01', 'effekt', { studentId: student, level }),
      kase({ studentId: student, level, openedOn: '2026-10-01' }),
    ];
    const twiceThisYear = [closed('2026-08-20', '2026-09-20', 'effekt', { studentId: 'x' }), closed('2026-10-01', '2026-10-20', 'effekt', { studentId: 'x' }), kase({ studentId: 'x', openedOn: '2026-11-01' })];
    const onlyEarlier = [closed('2025-09-01', '2025-10-01', 'effekt', { studentId: 'y' }), closed('2026-02-01', '2026-03-01', 'effekt', { studentId: 'y' })];
    const once = [kase({ studentId: 'z', openedOn: '2026-10-01' })];
    const cases = [...back('p'), ...back('q'), ...back('r'), ...back('s'), ...twiceThisYear, ...onlyEarlier, ...once];
    expect(levelOf(count([], cases), 'A', '8').repeatedCases).toBe(5);
    expect(levelOf(count([], [...back('p'), ...once]), 'A', '8').repeatedCases).toBeNull();
  });

  it('counts a case at another of the owner’s schools as the earlier one', () => {
    const cases = ['a', 'b', 'c', 'd', 'e'].flatMap((student) => [
      closed('2026-01-10', '2026-03-01', 'effekt', { studentId: student, schoolId: 'B', level: '7' }),
      kase({ studentId: student, openedOn: '2026-09-10' }),
    ]);
    const result = count([], cases);
    expect(levelOf(result, 'A', '8').repeatedCases).toBe(5);
    expect(result.schools[1]!.total.repeatedCases).toBe(0);
  });
});

describe('countAbsenceTeam: rows', () => {
  it('orders the trinn as the school kind does, students without a class last, and leaves other schools out', () => {
    const result = count(
      [...students(1, { level: '10' }), ...students(1, { level: null }), ...students(1, { level: '9' }), ...students(1, { level: '8' }), ...students(1, { schoolId: 'other' })],
      [kase({ schoolId: 'other' })],
    );
    expect(result.schools.map((s) => s.id)).toEqual(['A', 'B']);
    expect(result.schools[0]!.levels.map((l) => l.level)).toEqual(['8', '9', '10', null]);
    expect(result.schools[1]!.levels).toEqual([]);
    expect(result.total.students).toBe(4);
    expect(result.total.openCases).toBe(0);
  });

  it('counts open cases of a school without a school year, but nothing "this year"', () => {
    const noYear: TeamSchool = { id: 'A', kind: 'barneskole', yearStartsOn: null };
    const row = count([], [...Array.from({ length: 5 }, () => kase({ level: null })), closed('2026-09-01', '2026-09-11', 'effekt', { level: null })], [noYear]).schools[0]!.levels[0]!;
    expect(row).toMatchObject({ level: null, openCases: 5, closedCases: 0, repeatedCases: 0 });
  });
});
