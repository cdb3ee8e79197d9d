/**
 * The contract of the role workspaces: a teacher's concern report (melding), the IKO
 * coordinator's workspace (reports, the intake priority list, the identified students), the
 * regular checks recorded as done, the semester check, and the owner's figures without names.
 */
import { z } from 'zod';
import { intakeCriteria } from '../domain/iko/intake-priority.js';
import { resourcePersonRoles } from '../domain/checks/check-kinds.js';
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
      /** A former school (avgiverskole) with a follow-up to pass on: a summary waiting (consent), read, or one to ask for (src/shared/overgang-api.ts). */
      formerSchool: z.object({ fromStudentId: z.string().uuid(), fromSchoolName: z.string(), status: z.enum(['venter', 'lest', 'kan_spoerje']) }).nullable(),
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

/** Half a month: the 1st to the 15th, or the 16th to the month's last day. */
const halfMonth = z.object({ from: isoDate, to: isoDate });

/**
 * The review of a class's absence record (fraværsprotokollen), due in each half of the month
 * (src/domain/checks/check-period.ts, protokollStatusInTerm).
 */
export const protokollStatus = z.object({
  /** The half-month running today and whether the class has its review; null once the term has ended. */
  current: halfMonth.extend({ done: z.boolean() }).nullable(),
  /** The halves of the term that ended without a review, earliest first. */
  overdue: z.array(halfMonth),
  /** The last review recorded this term, and who recorded it. */
  lastReview: z.object({ doneAt: z.string(), doneBy: z.string() }).nullable(),
});
export type ProtokollStatus = z.infer<typeof protokollStatus>;

/**
 * Leadership's view of the reviews (GET /api/schools/:schoolId/protokoll-status): every class of
 * the school this school year, by name, with its contact teachers and its status. No student.
 */
export const schoolProtokollStatus = z.object({
  schoolId: z.string().uuid(),
  /** The term the halves are counted in: the one running, or the one that ended last; null before the year's first term. */
  term: z.object({ from: isoDate, to: isoDate }).nullable(),
  classes: z.array(
    protokollStatus.extend({
      group: z.object({ id: z.string().uuid(), name: z.string() }),
      contactTeachers: z.array(z.string()),
    }),
  ),
});
export type SchoolProtokollStatus = z.infer<typeof schoolProtokollStatus>;

/** A resource person of the school who may take part in the monthly check and the system meeting. */
export const resourcePerson = z.object({ id: z.string().uuid(), name: z.string(), roles: z.array(z.enum(resourcePersonRoles)) });
export type ResourcePerson = z.infer<typeof resourcePerson>;

/**
 * Ukesjekken for the chosen week, with the school (for its history), the neighbouring weeks and
 * the review of the class's absence record (null for a group that is no class this school year).
 */
export const weeklyCheckView = weeklyCheck.extend({ schoolId: z.string().uuid(), period: checkPeriod, protokoll: protokollStatus.nullable() });
export type WeeklyCheckView = z.infer<typeof weeklyCheckView>;
/** Månedssjekken for the chosen month, with the neighbouring months and the resource persons who may take part. */
export const monthlyCheckView = monthlyCheck.extend({ period: checkPeriod, resourcePersons: z.array(resourcePerson) });
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
  /** The semester check: the record of its item "Status på fravær" in the system meeting. */
  systemMeetingItem: z.string().trim().max(4000).optional(),
  /** The day of the meeting a monthly or semester check was done in (required for those; not before the period). */
  meetingOn: dateIn('happened').optional(),
  /** Who took part in that meeting: resource persons of the school (staff ids), each once. */
  participants: z
    .array(z.string().uuid())
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'names someone twice')
    .optional(),
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
  /** The day of the meeting it was done in; null for a check not done in one (or recorded before meetings were). */
  meetingOn: isoDate.nullable(),
  participants: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
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
      /** Absence this term over the borderline of rule 7. */
      overBorderline: z.boolean(),
      openCaseId: z.string().uuid().nullable(),
    }),
  ),
  /**
   * The item "Status på fravær" for the agenda of the school's system meeting: the same in counts,
   * no names; null is a count of one to four students ("fewer than five").
   */
  agenda: z.object({
    smallCount: z.number().int(),
    causes: z.array(z.object({ type: z.enum(absenceTypes), students: z.number().int().nullable(), hours: z.number().nullable() })),
    withPattern: z.number().int().nullable(),
    withRedLight: z.number().int().nullable(),
    overBorderline: z.number().int().nullable(),
  }),
  /** The resource persons who may take part in the system meeting. */
  resourcePersons: z.array(resourcePerson),
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
