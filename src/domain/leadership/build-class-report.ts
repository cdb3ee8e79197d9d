/**
 * A class's report after an assessment round (the IKO seed's "rapporteringsfunksjon"): for each
 * subject how the grades of the round fell, how many are 1 or IV, and the class's absence in it
 * against the absence limit; the students at risk of 1 or IV in several subjects; and each
 * student's subjects near or over the limit. For leadership's review and the klasselærermøte.
 *
 * A subject is at risk for a student when the round's grade in it is 1 or IV, or when the
 * absence in it is over the limit (in upper secondary, as a main rule no half-year or final grade:
 * an IV to come). The absence figures are `subjectAbsence`'s (the absence-limit rule's own), given
 * in; this counts and sorts, and knows nothing of where the figures came from.
 */
import type { LimitBand } from '../identification/flag.js';
import type { IsoDate } from '../school-calendar.js';
import { gradeValues, type GradeKind, type GradeValue } from '../vocabulary.js';

/** "Several subjects": a student is listed at risk from this many subjects. */
export const severalSubjects = 2;

/** The grades that put a subject at risk: a fail, and no basis for a grade. */
export const lowGrades = ['1', 'IV'] as const satisfies readonly GradeValue[];
export type LowGrade = (typeof lowGrades)[number];
const isLowGrade = (value: GradeValue): value is LowGrade => (lowGrades as readonly string[]).includes(value);

/** The bands over the limit (not the warning before it). */
const overLimit = (band: LimitBand | null) => band === 'over_grensen' || band === 'over_skjonn';

export interface ReportStudent {
  id: string;
  /** The name as people read it; the lists are sorted by it. */
  name: string;
}

export interface ReportGrade {
  studentId: string;
  subjectCode: string;
  subjectName: string;
  kind: GradeKind;
  value: GradeValue;
  givenOn: IsoDate;
}

/** One student's absence in one subject, as `subjectAbsence` gives it (percent null under the minimum of lessons held). */
export interface ReportSubjectAbsence {
  studentId: string;
  subjectCode: string;
  subjectName: string;
  lessonsHeld: number;
  lessonsMissed: number;
  percent: number | null;
  band: LimitBand | null;
}

export interface ClassReportInput {
  /** The round's grade kind and window (`ReportRound`). */
  round: { gradeKind: GradeKind; from: IsoDate; to: IsoDate };
  today: IsoDate;
  students: readonly ReportStudent[];
  grades: readonly ReportGrade[];
  absence: readonly ReportSubjectAbsence[];
  /** The absence limit holds in upper secondary only; elsewhere the bands are not read. */
  limitApplies: boolean;
}

export interface SubjectFigures {
  subjectCode: string;
  subjectName: string;
  /** Grades of the round given in the subject, one per student. */
  graded: number;
  counts: Record<GradeValue, number>;
  /** The students with 1 or IV in the subject. */
  lowGradeStudentIds: string[];
  absence: {
    /** Students with enough lessons held for a share (the limit's minimum). */
    students: number;
    lessonsHeld: number;
    lessonsMissed: number;
    /** Missed over held for those students, in percent to one decimal; null with none. */
    percent: number | null;
    /** Students warned (from the warning share up to the limit). */
    warning: number;
    /** Students over the limit, the principal's discretion included. */
    overLimit: number;
    /** Of them, over the discretion too. */
    overDiscretion: number;
  };
}

export interface RiskSubject {
  subjectCode: string;
  subjectName: string;
  /** The round's grade when it is 1 or IV. */
  grade: LowGrade | null;
  /** The absence in the subject, in percent to one decimal, when it is shown. */
  absencePercent: number | null;
  /** Over the limit (`over_grensen` or `over_skjonn`) where the limit holds. */
  band: LimitBand | null;
}

export interface StudentAtRisk {
  student: ReportStudent;
  subjects: RiskSubject[];
}

export interface AbsenceConcern {
  student: ReportStudent;
  subjectCode: string;
  subjectName: string;
  lessonsHeld: number;
  lessonsMissed: number;
  percent: number;
  band: LimitBand;
}

export interface ClassReport {
  /** Every subject with a grade of the round or absence figures, by name. */
  subjects: SubjectFigures[];
  /** Students with 1 or IV, or over the limit, in `severalSubjects` subjects or more: most subjects first. */
  studentsAtRisk: StudentAtRisk[];
  /** Each student's subjects from the warning share up (upper secondary only): the highest share first. */
  absenceConcerns: AbsenceConcern[];
  totals: {
    graded: number;
    grade1: number;
    iv: number;
    /** Students with 1 or IV in at least one subject. */
    studentsWithLowGrade: number;
    studentsAtRisk: number;
    /** Student–subject pairs over the limit. */
    overLimit: number;
    studentsOverLimit: number;
  };
}

const roundPercent = (value: number) => Math.round(value * 10) / 10;
const byName = (a: string, b: string) => a.localeCompare(b, 'nb');

/** The report of one class for one round, from its students, their grades and their absence per subject. */
export function buildClassReport(input: ClassReportInput): ClassReport {
  const studentOf = new Map(input.students.map((s) => [s.id, s]));
  const until = input.today < input.round.to ? input.today : input.round.to;

  // The round's grade per student and subject: the last given in the window (a corrected grade replaces the first).
  const gradeOf = new Map<string, ReportGrade>();
  const inRound = input.grades
    .filter((g) => studentOf.has(g.studentId) && g.kind === input.round.gradeKind && g.givenOn >= input.round.from && g.givenOn <= until)
    .sort((a, b) => a.givenOn.localeCompare(b.givenOn));
  for (const g of inRound) gradeOf.set(`${g.studentId}\u0000${g.subjectCode}`, g);
  const grades = [...gradeOf.values()];
  const absence = input.absence.filter((a) => studentOf.has(a.studentId));
  const band = (a: ReportSubjectAbsence) => (input.limitApplies ? a.band : null);

  const names = new Map<string, string>();
  for (const row of [...grades, ...absence]) if (!names.has(row.subjectCode)) names.set(row.subjectCode, row.subjectName);

  const subjects = [...names]
    .map(([subjectCode, subjectName]): SubjectFigures => {
      const given = grades.filter((g) => g.subjectCode === subjectCode);
      const counts = Object.fromEntries(gradeValues.map((v) => [v, given.filter((g) => g.value === v).length])) as Record<GradeValue, number>;
      const shown = absence.filter((a) => a.subjectCode === subjectCode && a.percent !== null);
      const lessonsHeld = shown.reduce((sum, a) => sum + a.lessonsHeld, 0);
      const lessonsMissed = shown.reduce((sum, a) => sum + a.lessonsMissed, 0);
      return {
        subjectCode,
        subjectName,
        graded: given.length,
        counts,
        lowGradeStudentIds: given.filter((g) => isLowGrade(g.value)).map((g) => g.studentId),
        absence: {
          students: shown.length,
          lessonsHeld,
          lessonsMissed,
          percent: lessonsHeld > 0 ? roundPercent((100 * lessonsMissed) / lessonsHeld) : null,
          warning: shown.filter((a) => band(a) === 'varsel').length,
          overLimit: shown.filter((a) => overLimit(band(a))).length,
          overDiscretion: shown.filter((a) => band(a) === 'over_skjonn').length,
        },
      };
    })
    .sort((a, b) => byName(a.subjectName, b.subjectName) || a.subjectCode.localeCompare(b.subjectCode));
  const subjectOrder = new Map(subjects.map((s, i) => [s.subjectCode, i]));

  // Each student's subjects at risk: a low grade, or absence over the limit.
  const risks = new Map<string, Map<string, RiskSubject>>();
  const riskOf = (studentId: string, subjectCode: string, subjectName: string) => {
    const ofStudent = risks.get(studentId) ?? new Map<string, RiskSubject>();
    risks.set(studentId, ofStudent);
    const risk = ofStudent.get(subjectCode) ?? { subjectCode, subjectName, grade: null, absencePercent: null, band: null };
    ofStudent.set(subjectCode, risk);
    return risk;
  };
  for (const g of grades) if (isLowGrade(g.value)) riskOf(g.studentId, g.subjectCode, g.subjectName).grade = g.value;
  for (const a of absence) {
    if (!overLimit(band(a))) continue;
    const risk = riskOf(a.studentId, a.subjectCode, a.subjectName);
    risk.band = band(a);
  }
  // The absence beside each subject at risk, whatever made it so.
  for (const a of absence) {
    const risk = risks.get(a.studentId)?.get(a.subjectCode);
    if (risk && a.percent !== null) risk.absencePercent = roundPercent(a.percent);
  }

  const studentsAtRisk = [...risks]
    .filter(([, subjectsAtRisk]) => subjectsAtRisk.size >= severalSubjects)
    .map(([studentId, subjectsAtRisk]) => ({
      student: studentOf.get(studentId)!,
      subjects: [...subjectsAtRisk.values()].sort((a, b) => subjectOrder.get(a.subjectCode)! - subjectOrder.get(b.subjectCode)!),
    }))
    .sort((a, b) => b.subjects.length - a.subjects.length || byName(a.student.name, b.student.name) || a.student.id.localeCompare(b.student.id));

  const absenceConcerns = absence
    .filter((a): a is ReportSubjectAbsence & { percent: number } => a.percent !== null && band(a) !== null)
    .map((a) => ({
      student: studentOf.get(a.studentId)!,
      subjectCode: a.subjectCode,
      subjectName: a.subjectName,
      lessonsHeld: a.lessonsHeld,
      lessonsMissed: a.lessonsMissed,
      percent: roundPercent(a.percent),
      band: a.band!,
    }))
    .sort((a, b) => b.percent - a.percent || byName(a.student.name, b.student.name) || byName(a.subjectName, b.subjectName));

  const lowGraded = grades.filter((g) => isLowGrade(g.value));
  const over = absence.filter((a) => overLimit(band(a)));
  return {
    subjects,
    studentsAtRisk,
    absenceConcerns,
    totals: {
      graded: grades.length,
      grade1: grades.filter((g) => g.value === '1').length,
      iv: grades.filter((g) => g.value === 'IV').length,
      studentsWithLowGrade: new Set(lowGraded.map((g) => g.studentId)).size,
      studentsAtRisk: studentsAtRisk.length,
      overLimit: over.length,
      studentsOverLimit: new Set(over.map((a) => a.studentId)).size,
    },
  };
}
