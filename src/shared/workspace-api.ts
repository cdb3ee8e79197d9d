/**
 * The contract of the role workspaces: a teacher's concern report (melding), the IKO
 * coordinator's workspace (reports, the intake priority list, the identified students), the
 * regular checks recorded as done, the semester check, and the owner's figures without names.
 */
import { z } from 'zod';
import { intakeCriteria } from '../domain/iko/intake-priority.js';
import { absenceTypes, caseKinds, checkKinds, teacherReportKinds } from '../domain/vocabulary.js';
import { calendarDate, dateIn } from '../domain/date-windows.js';
import { monthlyCheck, studentSignal, weeklyCheck } from './api.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const person = z.object({ id: z.string().uuid(), givenName: z.string(), familyName: z.string() });
const studentInSchool = person.extend({ className: z.string().nullable(), classId: z.string().uuid().nullable() });

// ------------------------------------------------------------------------------------------
// A teacher's concern report
// ------------------------------------------------------------------------------------------

export const teacherReportBody = z.object({
  kind: z.enum(teacherReportKinds),
  /** The subject the concern arose in, when the teacher says so. */
  subject: z.string().trim().max(100).optional(),
  text: z.string().trim().min(1).max(4000),
});

export const teacherReport = z.object({
  id: z.string().uuid(),
  kind: z.enum(teacherReportKinds),
  subject: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  reportedBy: z.string(),
});
export type TeacherReport = z.infer<typeof teacherReport>;

/** What the reporting teacher is told: the report, and that the coordinator got it. */
export const teacherReportReceipt = z.object({
  report: teacherReport,
  /** The names of the school's rådgivere / IKO coordinators who see it in their workspace now. */
  coordinators: z.array(z.string()),
});
export type TeacherReportReceipt = z.infer<typeof teacherReportReceipt>;

// ------------------------------------------------------------------------------------------
// The IKO coordinator's workspace
// ------------------------------------------------------------------------------------------

export const ikoWorkspace = z.object({
  school: z.object({ id: z.string().uuid(), name: z.string() }),
  /** The school year's first day: the priority list is made before it. */
  schoolYearStartsOn: isoDate.nullable(),
  /** Concern reports of this school year, newest first. */
  reports: z.array(teacherReport.extend({ student: studentInSchool })),
  /** The intake priority list: the students to meet first, in order. */
  intake: z.array(
    z.object({
      rank: z.number().int(),
      student: studentInSchool,
      criteria: z.array(z.enum(intakeCriteria)),
      gradeAverage: z.number().nullable(),
      admittedChoice: z.number().nullable(),
      lowerSecondaryAbsencePercent: z.number().nullable(),
      subjectsWithGrade1OrMissing: z.array(z.string()),
    }),
  ),
  /** Students with an open flag or an open case, the most serious first. */
  identified: z.array(
    z.object({
      student: studentInSchool,
      signal: studentSignal,
      openCase: z.object({ id: z.string().uuid(), kind: z.enum(caseKinds), step: z.string(), hasSignedPlan: z.boolean() }).nullable(),
    }),
  ),
  /** The school's classes this year, for the class overview and the klasselærermøte. */
  classes: z.array(z.object({ id: z.string().uuid(), name: z.string(), students: z.number().int() })),
});
export type IkoWorkspace = z.infer<typeof ikoWorkspace>;

// ------------------------------------------------------------------------------------------
// The regular checks
// ------------------------------------------------------------------------------------------

/** A date in the period to look at; without it, the period of today. */
export const checkPeriodQuery = z.object({ on: calendarDate.optional() });

export const checkPeriod = z.object({
  from: isoDate,
  to: isoDate,
  previous: isoDate.nullable(),
  next: isoDate.nullable(),
  current: z.boolean(),
});
export type CheckPeriod = z.infer<typeof checkPeriod>;

/** Ukesjekken for the chosen week, with the school (for its history) and the neighbouring weeks. */
export const weeklyCheckView = weeklyCheck.extend({ schoolId: z.string().uuid(), period: checkPeriod });
export type WeeklyCheckView = z.infer<typeof weeklyCheckView>;
/** Månedssjekken for the chosen month, with the neighbouring months. */
export const monthlyCheckView = monthlyCheck.extend({ period: checkPeriod });
export type MonthlyCheckView = z.infer<typeof monthlyCheckView>;

export const checkHistoryQuery = z.object({ kind: z.enum(checkKinds), groupId: z.string().uuid().optional() });

export const checkRecordBody = z.object({
  kind: z.enum(checkKinds),
  /** The class, for an ukesjekk. */
  groupId: z.string().uuid().optional(),
  /** A period checked has begun; it may end later (the week in progress). */
  periodFrom: dateIn('happened'),
  periodTo: dateIn('near'),
  note: z.string().trim().max(4000).optional(),
  /** The semester check's item for the system meeting. */
  systemMeetingItem: z.string().trim().max(4000).optional(),
});
export type CheckRecordInput = z.input<typeof checkRecordBody>;

export const checkRecord = z.object({
  id: z.string().uuid(),
  kind: z.enum(checkKinds),
  groupId: z.string().uuid().nullable(),
  periodFrom: isoDate,
  periodTo: isoDate,
  note: z.string().nullable(),
  systemMeetingItem: z.string().nullable(),
  doneBy: z.string(),
  doneAt: z.string(),
});
export type CheckRecord = z.infer<typeof checkRecord>;
export const checkHistory = z.object({ records: z.array(checkRecord) });
export type CheckHistory = z.infer<typeof checkHistory>;

/** The semester check (leadership): the term's causes of absence, worrying patterns, and students over the borderline. */
export const semesterCheck = z.object({
  school: z.object({ id: z.string().uuid(), name: z.string() }),
  period: checkPeriod,
  causes: z.array(z.object({ type: z.enum(absenceTypes), records: z.number(), hours: z.number() })),
  students: z.array(
    z.object({
      student: studentInSchool,
      signal: studentSignal,
      days: z.number(),
      hours: z.number(),
      undocumentedHours: z.number(),
      /** An open flag of an absence pattern (rule 8). */
      pattern: z.boolean(),
      openCaseId: z.string().uuid().nullable(),
    }),
  ),
});
export type SemesterCheck = z.infer<typeof semesterCheck>;

// ------------------------------------------------------------------------------------------
// The owner's figures
// ------------------------------------------------------------------------------------------

/** Per school, counts only: never a name, never a figure about fewer students than the threshold. */
export const ownerFigures = z.object({
  /** Counts under this are shown as "fewer than" so that no student can be recognised. */
  smallCount: z.number().int(),
  schools: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      students: z.number().int(),
      /** Students with a red or yellow light (null: fewer than smallCount). */
      red: z.number().int().nullable(),
      yellow: z.number().int().nullable(),
      openCases: z.number().int().nullable(),
      checksDoneThisTerm: z.number().int(),
    }),
  ),
});
export type OwnerFigures = z.infer<typeof ownerFigures>;
