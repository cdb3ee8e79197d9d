import { describe, expect, it } from 'vitest';
import type { GradeKind, GradeValue } from '../vocabulary.js';
import { buildClassReport, severalSubjects, type ClassReportInput, type ReportSubjectAbsence } from './build-class-report.js';

// The autumn midterm round of 2026/27: grades of kind midtveis given 18 October – 31 December.
const round = { gradeKind: 'midtveis' as GradeKind, from: '2026-10-18', to: '2026-12-31' };
const students = [
  { id: 'ada', name: 'Ada Berg' },
  { id: 'bo', name: 'Bo Aas' },
  { id: 'cai', name: 'Cai Dahl' },
];
const subjects = { MAT: 'Matematikk', NOR: 'Norsk', ENG: 'Engelsk' } as const;
type Code = keyof typeof subjects;

const grade = (studentId: string, code: Code, value: GradeValue, givenOn = '2026-11-01', kind: GradeKind = 'midtveis') => ({
  studentId,
  subjectCode: code,
  subjectName: subjects[code],
  kind,
  value,
  givenOn,
});
const absence = (studentId: string, code: Code, lessonsMissed: number, band: ReportSubjectAbsence['band'], lessonsHeld = 100): ReportSubjectAbsence => ({
  studentId,
  subjectCode: code,
  subjectName: subjects[code],
  lessonsHeld,
  lessonsMissed,
  percent: lessonsHeld >= 10 ? (100 * lessonsMissed) / lessonsHeld : null,
  band,
});
const report = (over: Partial<ClassReportInput>) => buildClassReport({ round, today: '2026-11-23', students, grades: [], absence: [], limitApplies: true, ...over });

describe('the grades of a round, per subject', () => {
  it('counts each value, and 1 and IV with the students who have them', () => {
    const r = report({ grades: [grade('ada', 'MAT', '1'), grade('bo', 'MAT', 'IV'), grade('cai', 'MAT', '4'), grade('ada', 'NOR', '3')] });
    const mat = r.subjects.find((s) => s.subjectCode === 'MAT')!;
    expect(mat.graded).toBe(3);
    expect(mat.counts).toEqual({ '1': 1, '2': 0, '3': 0, '4': 1, '5': 0, '6': 0, IV: 1 });
    expect(mat.lowGradeStudentIds.sort()).toEqual(['ada', 'bo']);
    expect(r.totals).toMatchObject({ graded: 4, grade1: 1, iv: 1, studentsWithLowGrade: 2 });
  });

  it('takes the grades of the round’s kind given in its window, up to today, and nothing else', () => {
    const r = report({
      grades: [
        grade('ada', 'MAT', '1', '2026-10-17'), // the day before the window
        grade('bo', 'MAT', '1', '2026-10-18'), // its first day
        grade('cai', 'MAT', '1', '2026-11-23'), // today
        grade('ada', 'NOR', '1', '2026-11-24'), // after today
        grade('bo', 'NOR', '1', '2026-11-01', 'halvaar'), // another kind
        grade('outsider', 'NOR', '1'), // not of the class
      ],
    });
    expect(r.subjects.map((s) => [s.subjectCode, s.lowGradeStudentIds])).toEqual([['MAT', ['bo', 'cai']]]);
    // The window's last day counts once it has come.
    const later = buildClassReport({ round, today: '2027-01-10', students, grades: [grade('ada', 'MAT', '2', '2026-12-31'), grade('bo', 'MAT', '2', '2027-01-01')], absence: [], limitApplies: true });
    expect(later.totals.graded).toBe(1);
  });

  it('counts one grade per student and subject: the last given in the round', () => {
    const r = report({ grades: [grade('ada', 'MAT', '1', '2026-11-01'), grade('ada', 'MAT', '3', '2026-11-05')] });
    expect(r.subjects[0]!.counts).toMatchObject({ '1': 0, '3': 1 });
    expect(r.totals.graded).toBe(1);
  });

  it('lists the subjects by name', () => {
    const r = report({ grades: [grade('ada', 'NOR', '3'), grade('ada', 'MAT', '3')], absence: [absence('ada', 'ENG', 1, null)] });
    expect(r.subjects.map((s) => s.subjectName)).toEqual(['Engelsk', 'Matematikk', 'Norsk']);
  });
});

describe('absence per subject against the limit', () => {
  it('sums the class’s missed lessons over those held, for the students with a share, and counts the bands', () => {
    const r = report({
      absence: [absence('ada', 'MAT', 7, 'varsel'), absence('bo', 'MAT', 11, 'over_grensen'), absence('cai', 'MAT', 16, 'over_skjonn'), absence('ada', 'NOR', 3, null, 9)],
    });
    const mat = r.subjects.find((s) => s.subjectCode === 'MAT')!;
    expect(mat.absence).toEqual({ students: 3, lessonsHeld: 300, lessonsMissed: 34, percent: 11.3, warning: 1, overLimit: 2, overDiscretion: 1 });
    // Under the minimum of lessons held there is no share to count.
    expect(r.subjects.find((s) => s.subjectCode === 'NOR')!.absence).toMatchObject({ students: 0, percent: null });
    expect(r.totals).toMatchObject({ overLimit: 2, studentsOverLimit: 2 });
  });

  it('lists each student’s subjects from the warning up, the highest share first', () => {
    const r = report({ absence: [absence('ada', 'MAT', 7, 'varsel'), absence('bo', 'NOR', 12.5, 'over_grensen'), absence('cai', 'MAT', 6, null)] });
    expect(r.absenceConcerns.map((c) => [c.student.id, c.subjectCode, c.percent, c.band])).toEqual([
      ['bo', 'NOR', 12.5, 'over_grensen'],
      ['ada', 'MAT', 7, 'varsel'],
    ]);
  });

  it('reads no band where the limit does not hold (grunnskole)', () => {
    const r = report({ limitApplies: false, absence: [absence('ada', 'MAT', 20, 'over_skjonn'), absence('ada', 'NOR', 20, 'over_skjonn')] });
    expect(r.subjects[0]!.absence).toMatchObject({ percent: 20, warning: 0, overLimit: 0, overDiscretion: 0 });
    expect(r.absenceConcerns).toEqual([]);
    expect(r.studentsAtRisk).toEqual([]);
  });
});

describe('students at risk of 1 or IV in several subjects', () => {
  it(`lists a student from ${severalSubjects} subjects, not from one`, () => {
    const r = report({ grades: [grade('ada', 'MAT', '1'), grade('ada', 'NOR', 'IV'), grade('bo', 'MAT', '1'), grade('bo', 'NOR', '2')] });
    expect(r.studentsAtRisk).toEqual([
      {
        student: students[0],
        subjects: [
          { subjectCode: 'MAT', subjectName: 'Matematikk', grade: '1', absencePercent: null, band: null },
          { subjectCode: 'NOR', subjectName: 'Norsk', grade: 'IV', absencePercent: null, band: null },
        ],
      },
    ]);
    expect(r.totals.studentsAtRisk).toBe(1);
  });

  it('counts absence over the limit as a subject at risk, the warning not', () => {
    const r = report({
      grades: [grade('ada', 'MAT', '1'), grade('bo', 'MAT', '1')],
      absence: [absence('ada', 'NOR', 10.5, 'over_grensen'), absence('bo', 'NOR', 9, 'varsel'), absence('ada', 'MAT', 4, null)],
    });
    expect(r.studentsAtRisk.map((s) => s.student.id)).toEqual(['ada']);
    expect(r.studentsAtRisk[0]!.subjects).toEqual([
      { subjectCode: 'MAT', subjectName: 'Matematikk', grade: '1', absencePercent: 4, band: null },
      { subjectCode: 'NOR', subjectName: 'Norsk', grade: null, absencePercent: 10.5, band: 'over_grensen' },
    ]);
  });

  it('puts the students with most subjects first, then by name', () => {
    const r = report({
      grades: [
        ...(['MAT', 'NOR'] as const).map((c) => grade('ada', c, '1')),
        ...(['MAT', 'NOR'] as const).map((c) => grade('bo', c, '1')),
        ...(['MAT', 'NOR', 'ENG'] as const).map((c) => grade('cai', c, 'IV')),
      ],
    });
    expect(r.studentsAtRisk.map((s) => s.student.name)).toEqual(['Cai Dahl', 'Ada Berg', 'Bo Aas']);
  });

  it('is empty for a class without grades or absence', () => {
    expect(report({})).toEqual({
      subjects: [],
      studentsAtRisk: [],
      absenceConcerns: [],
      totals: { graded: 0, grade1: 0, iv: 0, studentsWithLowGrade: 0, studentsAtRisk: 0, overLimit: 0, studentsOverLimit: 0 },
    });
  });
});
