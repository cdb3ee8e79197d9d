/**
 * The contract of the reports after each assessment round (issue 11, part 5; the IKO seed's
 * "rapporteringsfunksjon"): grades and absence per class and subject — how many 1 and IV in each
 * subject, the students at risk of 1 or IV in several subjects, the absence per subject against
 * the limit. A class's report names its students (the kontaktlærer of the class, the rådgiver and
 * leadership); the school's has every class in figures, without a name.
 */
import { z } from 'zod';
import { limitBands } from '../domain/identification/flag.js';
import { assessmentRounds } from '../domain/leadership/choose-report-round.js';
import { lowGrades } from '../domain/leadership/build-class-report.js';
import { gradeKinds, gradeValues, schoolKinds } from '../domain/vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export { assessmentRounds };

export const classReportParams = z.object({ classId: z.string().uuid() });

/** Without a round, the latest that has begun. */
export const reportQuery = z.object({ round: z.enum(assessmentRounds).optional() });
export type ReportQuery = z.infer<typeof reportQuery>;

/** The printable and the spreadsheet report are written in bokmål or nynorsk, as documents are. */
export const reportDocumentQuery = reportQuery.extend({ language: z.enum(['nb', 'nn']).default('nb') });

export const reportRound = z.object({
  round: z.enum(assessmentRounds),
  gradeKind: z.enum(gradeKinds),
  /** The assessment's date on the school's wheel. */
  assessmentOn: isoDate,
  /** The round's grades are those of its kind given from `from` to `to`. */
  from: isoDate,
  to: isoDate,
  begun: z.boolean(),
});
export type ReportRound = z.infer<typeof reportRound>;

const reportHead = {
  school: z.object({ id: z.string().uuid(), name: z.string(), kind: z.enum(schoolKinds) }),
  /** The school year's three assessment rounds; only those begun can be chosen. */
  rounds: z.array(reportRound),
  /** The round reported on; null before the first has begun. */
  round: reportRound.nullable(),
  /** The absence shown: the term the round assesses, up to today (null when there is none yet). */
  period: z.object({ termName: z.string(), from: isoDate, to: isoDate }).nullable(),
  /** The absence limit's shares in percent where it holds (upper secondary), else null. */
  limit: z.object({ warnFromPercent: z.number(), limitPercent: z.number(), discretionUpToPercent: z.number() }).nullable(),
  /** A student is listed at risk from this many subjects. */
  severalSubjects: z.number().int(),
};

const classHead = z.object({
  id: z.string().uuid(),
  name: z.string(),
  level: z.string().nullable(),
  programme: z.string().nullable(),
  contactTeachers: z.array(z.string()),
});

export const reportTotals = z.object({
  /** Grades of the round given (one per student and subject). */
  graded: z.number().int(),
  grade1: z.number().int(),
  iv: z.number().int(),
  /** Students with 1 or IV in at least one subject. */
  studentsWithLowGrade: z.number().int(),
  /** Students at risk (1, IV or over the limit) in several subjects. */
  studentsAtRisk: z.number().int(),
  /** Student–subject pairs over the absence limit. */
  overLimit: z.number().int(),
  studentsOverLimit: z.number().int(),
});

const student = z.object({ id: z.string().uuid(), name: z.string() });

export const reportSubject = z.object({
  subjectCode: z.string(),
  subjectName: z.string(),
  graded: z.number().int(),
  /** How many of each grade, 1–6 and IV. */
  counts: z.object(Object.fromEntries(gradeValues.map((v) => [v, z.number().int()])) as Record<(typeof gradeValues)[number], z.ZodNumber>),
  absence: z.object({
    /** Students with enough lessons held for a share. */
    students: z.number().int(),
    lessonsHeld: z.number(),
    lessonsMissed: z.number(),
    /** The class's missed lessons over those held, in percent (one decimal). */
    percent: z.number().nullable(),
    warning: z.number().int(),
    overLimit: z.number().int(),
    overDiscretion: z.number().int(),
  }),
});

export const classReport = z.object({
  ...reportHead,
  class: classHead.extend({ studentCount: z.number().int() }),
  totals: reportTotals,
  subjects: z.array(reportSubject.extend({ lowGradeStudents: z.array(student) })),
  studentsAtRisk: z.array(
    z.object({
      student,
      subjects: z.array(
        z.object({
          subjectCode: z.string(),
          subjectName: z.string(),
          grade: z.enum(lowGrades).nullable(),
          absencePercent: z.number().nullable(),
          band: z.enum(limitBands).nullable(),
        }),
      ),
    }),
  ),
  /** Each student's subjects from the warning share up, the highest first (upper secondary). */
  absenceConcerns: z.array(
    z.object({
      student,
      subjectCode: z.string(),
      subjectName: z.string(),
      lessonsHeld: z.number(),
      lessonsMissed: z.number(),
      percent: z.number(),
      band: z.enum(limitBands),
    }),
  ),
});
export type ClassReport = z.infer<typeof classReport>;

export const schoolReports = z.object({
  ...reportHead,
  /** Every class of the school year in figures, with no student named. */
  classes: z.array(classHead.extend({ studentCount: z.number().int(), totals: reportTotals })),
  totals: reportTotals,
});
export type SchoolReports = z.infer<typeof schoolReports>;
