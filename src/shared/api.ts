/**
 * The API contract: request and response shapes shared by the server (validation, OpenAPI) and
 * the web app (types). Field names are English; values from the domain keep their Norwegian codes.
 */
import { z } from 'zod';
import {
  absenceScopes,
  absenceTypes,
  attendanceStatuses,
  enteredGradeKinds,
  flagStates,
  gradeKinds,
  gradeValues,
  groupKinds,
  groupTeacherRoles,
  homeContactChannels,
  homeContactOutcomes,
  importKinds,
  ownerImportKinds,
  roleCodes,
  profileKinds,
  schoolKinds,
} from '../domain/vocabulary.js';
import { caseTaskKinds } from '../domain/cases/case-workflow.js';
import { avklaringTaskKinds } from '../domain/ot/avklaring-workflow.js';
import { taskClosedReasons } from '../domain/cases/take-over-flag-tasks.js';
import { concerns } from '../domain/identification/concerns.js';
import { flagLevels, flagTaskKinds, limitBands, ruleCodes } from '../domain/identification/flag.js';
import { flagResolutionCodes } from '../domain/identification/flag-resolution.js';
import { followUpTaskKinds } from '../domain/follow-up/closer-follow-up.js';
import { wheelTaskKind } from '../domain/leadership/wheel-task-window.js';
import { overgangTaskKinds } from '../domain/overgang/overgang-consent.js';
import { noticeFailedTaskKind } from '../domain/notices/notice-kinds.js';
import { checkedRuleSettingsSchema, ruleSettingsSchema } from '../domain/identification/rule-profile.js';
import { calendarDate, dateIn } from '../domain/date-windows.js';

/** A date in an answer; a date in a request is one of src/domain/date-windows.ts, named for what it means. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** Stable error codes; the web app turns each into bokmål, nynorsk or English. */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  /** A second factor's code was wrong or used before, or its challenge expired or was forged. */
  'second_factor_failed',
  /** Password sign-in is turned off on this server (VARDE_PASSWORD_SIGN_IN=false). */
  'password_sign_in_off',
  'csrf_failed',
  'forbidden',
  'not_found',
  'rate_limited',
  'too_large',
  'conflict',
  /** A notice is sent again only when it failed or was not sent (issue 15). */
  'notice_not_resendable',
  /** No configured channel reaches the notice's recipient with the address they have now. */
  'notice_unreachable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const apiError = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiError>;

/** The demo school's sign-ins, named on the sign-in page while the demo school is loaded (never otherwise). */
export const demoSignIns = z.object({
  password: z.string(),
  /** `where`: the account's school, or its owner for an owner-level role. */
  accounts: z.array(z.object({ username: z.string(), role: z.enum(roleCodes), where: z.string() })),
});
export type DemoSignIns = z.infer<typeof demoSignIns>;

export const health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
  /** Null unless the demo school is loaded and its accounts still take the published password. */
  demo: demoSignIns.nullable(),
});
export type Health = z.infer<typeof health>;

export const signInBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const roleAssignment = z.object({
  role: z.enum(roleCodes),
  title: z.string().nullable(),
  schoolId: z.string().uuid().nullable(),
  schoolName: z.string().nullable(),
  /** The school's kind: what the web offers there (src/domain/school-kind-features.ts). */
  schoolKind: z.enum(schoolKinds).nullable(),
});
export type RoleAssignment = z.infer<typeof roleAssignment>;

export const session = z.object({
  staffId: z.string().uuid(),
  name: z.string(),
  roles: z.array(roleAssignment),
  /** Sent back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof session>;

/**
 * A right password for an account that needs a second factor (src/domain/people/second-factor-roles.ts)
 * starts no session: it answers a challenge to send back with a code (POST /api/session/second-factor).
 * `enrol`: the person has no authenticator yet; the secret is given to type in, and as an otpauth URI.
 */
export const secondFactorChallenge = z.object({
  secondFactor: z.object({
    step: z.enum(['enrol', 'verify']),
    /** Sealed by the server and good for 5 minutes; opaque to the client. */
    challenge: z.string(),
    otpauthUri: z.string().optional(),
    /** Base32, for typing into an authenticator app. */
    secret: z.string().optional(),
  }),
});
export type SecondFactorChallenge = z.infer<typeof secondFactorChallenge>;

/** POST /api/session: the session, or the second factor still to give. */
export const signInResult = z.union([session, secondFactorChallenge]);
export type SignInResult = z.infer<typeof signInResult>;

export const secondFactorBody = z.object({
  challenge: z.string().min(1).max(4000),
  /** Six digits; spaces are ignored, and anything else is simply a wrong code. */
  code: z.string().max(20),
});

export const term = z.object({
  id: z.string().uuid(),
  name: z.string(),
  startsOn: isoDate,
  endsOn: isoDate,
});
export type Term = z.infer<typeof term>;

/** Absence so far this term. Days are whole-day records; hours are lesson records. */
/** The one definition of absence figures: src/domain/absence-totals.ts. */
export const absenceTotals = z.object({
  /** Whole days away. */
  days: z.number(),
  /** Single lessons away on the other days. */
  hours: z.number(),
  /** Every lesson missed, the whole days' lessons included. */
  lessonsMissed: z.number(),
  /** Of the lessons missed, those without documentation. */
  undocumentedHours: z.number(),
  lateArrivals: z.number(),
});
export type AbsenceTotals = z.infer<typeof absenceTotals>;

export const studentInList = z.object({
  id: z.string().uuid(),
  givenName: z.string(),
  familyName: z.string(),
  /** Null when the school's files lacked it (the school completes it). */
  birthDate: isoDate.nullable(),
  absence: absenceTotals,
  /** The traffic light, with the open flags behind it (only for the contact teacher's class). */
  signal: z.lazy(() => studentSignal).nullable(),
  /** The review date of the student's open closer-follow-up mark (only for the contact teacher's class). */
  closerFollowUpReviewOn: isoDate.nullable().optional(),
  /**
   * In a teaching group of upper secondary: the student's undocumented absence in the subject as
   * a share of the lessons held (null below the minimum of lessons), against the absence limit.
   */
  subjectLimit: z
    .object({
      percent: z.number().nullable(),
      lessonsHeld: z.number(),
      lessonsMissed: z.number(),
      band: z.enum(limitBands).nullable(),
    })
    .nullable()
    .optional(),
});
export type StudentInList = z.infer<typeof studentInList>;

export const myStudents = z.object({
  term: term.nullable(),
  groups: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      kind: z.enum(groupKinds),
      /** How the signed-in person relates to the group. */
      relation: z.enum(groupTeacherRoles),
      /** The kind of the group's school: with the level, which grades it is given and how its level is named. */
      schoolKind: z.enum(schoolKinds),
      level: z.string().nullable(),
      programme: z.string().nullable(),
      subjectName: z.string().nullable(),
      /** The absence limit (per cent) the students' subject shares are held against; null where it does not apply. */
      absenceLimitPercent: z.number().nullable().optional(),
      students: z.array(studentInList),
    }),
  ),
});
export type MyStudents = z.infer<typeof myStudents>;

export const studentParams = z.object({ studentId: z.string().uuid() });
export const schoolParams = z.object({ schoolId: z.string().uuid() });

export const studentDetail = z.object({
  id: z.string().uuid(),
  /** What need-to-know gives the reader: everything, or only own subjects (no guardians). */
  access: z.enum(['full', 'subject']),
  givenName: z.string(),
  familyName: z.string(),
  /** Null when missing: the school completes it (PUT /api/students/:studentId/birth-date); until then the student counts as a minor. */
  birthDate: isoDate.nullable(),
  /** Null when the birth date is missing. */
  age: z.number().int().nullable(),
  /** May the reader complete the missing birth date (school.complete_birth_dates)? */
  mayCompleteBirthDate: z.boolean(),
  /** The day the student was written out, and whether it was on completing the school's last trinn (issue 13); null while at the school. */
  left: z.object({ on: isoDate, completed: z.boolean() }).nullable(),
  school: z.object({ id: z.string().uuid(), name: z.string(), kind: z.enum(schoolKinds) }),
  groups: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      kind: z.enum(groupKinds),
      subjectName: z.string().nullable(),
      contactTeachers: z.array(z.string()),
    }),
  ),
  guardians: z.array(
    z.object({
      id: z.string().uuid(),
      givenName: z.string(),
      familyName: z.string(),
      relation: z.string(),
      parentalResponsibility: z.boolean(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  term: term.nullable(),
  absenceTotals: absenceTotals,
  absence: z.array(
    z.object({
      id: z.string().uuid(),
      date: isoDate,
      scope: z.enum(absenceScopes),
      lessonNumber: z.number().int().nullable(),
      subjectName: z.string().nullable(),
      hours: z.number(),
      minutesLate: z.number().int().nullable(),
      type: z.enum(absenceTypes),
      cause: z.string().nullable(),
      noticeFromHome: z.boolean(),
      registeredBy: z.string().nullable(),
    }),
  ),
  grades: z.array(
    z.object({
      id: z.string().uuid(),
      subjectCode: z.string(),
      subjectName: z.string(),
      kind: z.enum(gradeKinds),
      value: z.enum(gradeValues),
      givenOn: isoDate,
    }),
  ),
});
export type StudentDetail = z.infer<typeof studentDetail>;

export const schoolOverview = z.object({
  school: z.object({ id: z.string().uuid(), name: z.string(), kind: z.enum(schoolKinds) }),
  term: term.nullable(),
  /** School days of the term up to and including today. */
  schoolDaysSoFar: z.number().int(),
  classes: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      level: z.string().nullable(),
      programme: z.string().nullable(),
      contactTeachers: z.array(z.string()),
      studentCount: z.number().int(),
      absence: absenceTotals,
      /** Absent lesson hours as a share of the lessons the class has had this term (0–100). */
      absencePercent: z.number(),
      /** Students with 3 or more days or 9 or more hours this term (docs/domain.md, rule 7, lower edge). */
      studentsOverThreshold: z.number().int(),
      /** How many of the class's students are at each level of the one traffic light (studentLight). */
      lights: z.object({ gronn: z.number().int(), gul: z.number().int(), rod: z.number().int() }),
    }),
  ),
});
export type SchoolOverview = z.infer<typeof schoolOverview>;

// ---------------------------------------------------------------------------------------------
// Identification: flags, tasks, registration (issue 3)
// ---------------------------------------------------------------------------------------------

export { ruleCodes, flagLevels };

/** The traffic light of a student: grønn when no open flag. Never shown by colour alone. */
export const signalLevels = ['gronn', 'gul', 'rod'] as const;
export type SignalLevel = (typeof signalLevels)[number];

/**
 * A flag as the web shows it. `facts` are the figures and thresholds, one shape per rule
 * (FlagFactsByRule in src/domain/identification/flag.ts), loose here because rows of earlier
 * versions are sent as stored; the web renders them with describeFlag and the catalogs
 * (src/web/components/use-explain-flag.ts) in the reader's language.
 */
const flagFacts = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const flag = z.object({
  id: z.string().uuid(),
  studentId: z.string().uuid(),
  /** What the flag is about: a student has at most one open flag per concern. */
  concern: z.enum(concerns),
  /** The rule that leads the flag (the most serious of its findings), with its facts below. */
  ruleCode: z.enum(ruleCodes),
  level: z.enum(flagLevels),
  state: z.enum(flagStates),
  facts: flagFacts,
  /** Every rule that fired for the concern, the leading one first: the flag's evidence. */
  findings: z.array(z.object({ ruleCode: z.enum(ruleCodes), level: z.enum(flagLevels), facts: flagFacts })),
  detectedAt: z.string(),
  ruleProfileVersion: z.number().int(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** Why, as a code, when Varde resolved the flag itself; the web says it in words. */
  reasonCode: z.enum(flagResolutionCodes).nullable(),
  reviewOn: isoDate.nullable(),
});
export type Flag = z.infer<typeof flag>;

export const studentSignal = z.object({
  level: z.enum(signalLevels),
  /** The open flags (ny or bekreftet) behind the light, most serious first. */
  flags: z.array(flag),
});
export type StudentSignal = z.infer<typeof studentSignal>;

export const flagParams = z.object({ flagId: z.string().uuid() });

export const flagDecisionBody = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('bekreft'),
    reason: z.string().trim().min(1).max(2000),
    /** A confirmed closer-follow-up mark carries a review date, so nobody stays marked by default. */
    reviewOn: dateIn('review'),
  }),
  z.object({ decision: z.literal('avvis'), reason: z.string().trim().min(1).max(2000) }),
  z.object({ decision: z.literal('lost'), reason: z.string().trim().min(1).max(2000) }),
]);
export type FlagDecision = z.infer<typeof flagDecisionBody>;

export const studentFlags = z.object({ flags: z.array(flag) });

export const subjectAbsenceRow = z.object({
  groupId: z.string().uuid(),
  subjectName: z.string(),
  lessonsHeld: z.number(),
  lessonsMissed: z.number(),
  percent: z.number().nullable(),
  band: z.enum(limitBands).nullable(),
});
export const subjectAbsence = z.object({
  /** The absence limit's shares in percent where it holds (videregående); null in grunnskole, where every band is null too. */
  limit: z.object({ limitPercent: z.number(), warnFromPercent: z.number(), discretionUpToPercent: z.number() }).nullable(),
  subjects: z.array(subjectAbsenceRow),
});
export type SubjectAbsence = z.infer<typeof subjectAbsence>;

/**
 * Tasks from the identification rules, then the tasks a case's steps give (case-workflow.ts; a
 * clarification case with OT's, ot/avklaring-workflow.ts), then the review of a closer-follow-up
 * mark (follow-up/closer-follow-up.ts), and the overgang's ask for consent (overgang/overgang-consent.ts).
 */
export const taskKinds = [...flagTaskKinds, ...caseTaskKinds, ...avklaringTaskKinds, ...followUpTaskKinds, wheelTaskKind, ...overgangTaskKinds, noticeFailedTaskKind] as const;
/** A contact with the home logged from the task (follow-up/contact-task.ts). */
export const taskContact = z.object({
  id: z.string().uuid(),
  outcome: z.enum(homeContactOutcomes),
  channel: z.enum(homeContactChannels),
  contactedAt: z.string(),
  /** Until when the person who logged it may take it back; null when that is no longer possible. */
  undoableUntil: z.string().nullable(),
});
export type TaskContact = z.infer<typeof taskContact>;
export const task = z.object({
  id: z.string().uuid(),
  kind: z.enum(taskKinds),
  /** The school the task is at: several of one kind are gathered per school, and linked to its pages. */
  schoolId: z.string().uuid(),
  dueOn: isoDate,
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
  student: z
    .object({
      id: z.string().uuid(),
      givenName: z.string(),
      familyName: z.string(),
      /** The review date of the student's open closer-follow-up mark, null when there is none. */
      closerFollowUpReviewOn: isoDate.nullable(),
    })
    .nullable(),
  flag: flag.nullable(),
  /** The case the task belongs to, when a case's step gave it. */
  caseId: z.string().uuid().nullable(),
  /** The annual wheel's activity, for a task of the wheel: the seed's code, or the school's own title (code `egen`). */
  activity: z.object({ code: z.string(), title: z.string().nullable(), schoolId: z.string().uuid() }).nullable(),
  /** Why the task closed without its own action: a case took its duty over. Null when open or done. */
  closedReason: z.enum(taskClosedReasons).nullable(),
  /** Done by logging a contact with the home (reached, not reached, message left) rather than by a tick. */
  logsContact: z.boolean(),
  /** The contacts logged from this task, the newest first. */
  contacts: z.array(taskContact),
});
export type Task = z.infer<typeof task>;
export const myTasks = z.object({ tasks: z.array(task) });
export const taskParams = z.object({ taskId: z.string().uuid() });

/** The register sheet for one lesson of a teaching group. */
/** Without a lesson number, the sheet is for the group's first lesson that day. */
export const lessonQuery = z.object({ date: calendarDate, lessonNumber: z.coerce.number().int().min(1).max(12).optional() });
export const groupParams = z.object({ groupId: z.string().uuid() });
export const attendanceStatus = z.enum(attendanceStatuses);
/** The types a teacher may give an absence at registration: all but late arrival. */
export const absenceTypeAtRegistration = z.enum(absenceTypes).refine((t) => t !== 'forsentkomming', { message: 'a late arrival is registered as late' });
/** A notice from home kept for a lesson or a day: its cause as given, and whether it documents the absence. */
export const homeNotice = z.object({ cause: z.string(), documented: z.boolean() });
export const lessonRegister = z.object({
  group: z.object({ id: z.string().uuid(), name: z.string(), subjectName: z.string().nullable() }),
  date: isoDate,
  lessonNumber: z.number().int(),
  /** The group's lessons that day, for choosing. */
  lessonsThatDay: z.array(z.object({ lessonNumber: z.number().int(), startsAt: z.string(), endsAt: z.string() })),
  /** Whether this lesson's register has been taken (everyone present leaves no absence record). */
  registered: z.boolean(),
  students: z.array(
    z.object({
      id: z.string().uuid(),
      givenName: z.string(),
      familyName: z.string(),
      status: attendanceStatus,
      minutesLate: z.number().int().nullable(),
      /** The type and cause of the lesson's absence as registered. */
      type: z.enum(absenceTypes).nullable(),
      cause: z.string().nullable(),
      /** Whole-day absence already recorded for the day (e.g. a notice from home). */
      wholeDay: z.boolean(),
      /** The notice from home kept for this lesson (e.g. a guardian's call in the morning), for the teacher to see. */
      notice: homeNotice.nullable(),
    }),
  ),
});
export type LessonRegister = z.infer<typeof lessonRegister>;
export const attendanceBody = z.object({
  date: dateIn('happened'),
  lessonNumber: z.number().int().min(1).max(12),
  entries: z
    .array(
      z.object({
        studentId: z.string().uuid(),
        status: attendanceStatus,
        minutesLate: z.number().int().min(1).max(240).nullable().optional(),
        /** Where the teacher knows it: the absence's type (not `forsentkomming`) and cause. */
        type: absenceTypeAtRegistration.nullable().optional(),
        cause: z.string().trim().max(500).nullable().optional(),
      }),
    )
    .min(1),
});

/**
 * A notice from home (melding fra hjemmet) about a day's absence. It covers the lessons it names;
 * naming none, the lessons registered absent that day, or the whole day when none is yet. It is
 * kept, so a lesson registered absent later takes it; it never adds absence.
 */
export const noticeBody = z.object({
  date: dateIn('notice'),
  cause: z.string().trim().min(1).max(500),
  /** Does the notice document the absence (e.g. a doctor's note)? */
  documented: z.boolean(),
  /** The lessons it names; none: the lessons registered absent that day, else the whole day. */
  lessons: z.array(z.number().int().min(1).max(12)).max(12).optional(),
});

/** "My lessons today": the signed-in teacher's lessons on a date, from the timetable. */
export const myLessonsQuery = z.object({ date: calendarDate.optional() });
export const myLessons = z.object({
  date: isoDate,
  lessons: z.array(
    z.object({
      groupId: z.string().uuid(),
      groupName: z.string(),
      subjectName: z.string().nullable(),
      lessonNumber: z.number().int(),
      startsAt: z.string(),
      endsAt: z.string(),
      registered: z.boolean(),
    }),
  ),
  /** Each teaching group and the weekdays (1 = Monday) it has lessons, for a day without any. */
  groups: z.array(z.object({ groupId: z.string().uuid(), groupName: z.string(), subjectName: z.string().nullable(), weekdays: z.array(z.number().int()) })),
  /** The classes the teacher is contact teacher of, for the whole day's register. */
  classes: z.array(z.object({ groupId: z.string().uuid(), groupName: z.string(), registered: z.boolean() })),
});
export type MyLessons = z.infer<typeof myLessons>;

/** The whole day's register of a class: present, or away the whole day. */
export const dayRegisterQuery = z.object({ date: calendarDate });
export const dayAttendanceStatus = z.enum(['tilstede', 'fravaer']);
export const dayRegister = z.object({
  group: z.object({ id: z.string().uuid(), name: z.string() }),
  date: isoDate,
  registered: z.boolean(),
  students: z.array(
    z.object({
      id: z.string().uuid(),
      givenName: z.string(),
      familyName: z.string(),
      status: dayAttendanceStatus,
      type: z.enum(absenceTypes).nullable(),
      cause: z.string().nullable(),
      /** Lessons of the day already registered absent (single lessons). */
      lessonsAbsent: z.number().int(),
      /** The notice from home kept for the whole day, for the teacher to see. */
      notice: homeNotice.nullable(),
    }),
  ),
});
export type DayRegister = z.infer<typeof dayRegister>;
export const dayAttendanceBody = z.object({
  date: dateIn('happened'),
  entries: z
    .array(
      z.object({
        studentId: z.string().uuid(),
        status: dayAttendanceStatus,
        type: absenceTypeAtRegistration.nullable().optional(),
        cause: z.string().trim().max(500).nullable().optional(),
      }),
    )
    .min(1),
});

export const gradeEntryBody = z.object({
  kind: z.enum(enteredGradeKinds),
  givenOn: dateIn('happened'),
  entries: z.array(z.object({ studentId: z.string().uuid(), value: z.enum(gradeValues) })).min(1),
});

export const registrationResult = z.object({
  saved: z.number().int(),
  /** Flags raised by this registration, per student. */
  newFlags: z.array(flag),
});
export type RegistrationResult = z.infer<typeof registrationResult>;

/** Ukesjekken (kontaktlærer): the class this week — status, siblings, whole days from the profile's threshold. */
export const weeklyCheck = z.object({
  group: z.object({ id: z.string().uuid(), name: z.string() }),
  week: z.object({ from: isoDate, to: isoDate }),
  /** The profile's weekly-check threshold: this many whole days → rektor and the home. */
  fromDays: z.number(),
  students: z.array(
    z.object({
      id: z.string().uuid(),
      givenName: z.string(),
      familyName: z.string(),
      /** Lessons missed this week (whole days as their lessons), late arrivals apart. */
      lessonsMissedThisWeek: z.number(),
      lateArrivalsThisWeek: z.number(),
      wholeDaysThisTerm: z.number(),
      withoutNoticeThisWeek: z.number(),
      /** Siblings at any of the owner's schools absent on the same days this term; the school named when it is another. */
      siblingsSameDays: z.array(z.object({ name: z.string(), schoolName: z.string().nullable(), dates: z.array(isoDate) })),
      signal: studentSignal,
    }),
  ),
});
export type WeeklyCheck = z.infer<typeof weeklyCheck>;

/** Månedssjekken (rektor with skolemiljøteam): causes of absence and undocumented absence. */
export const monthlyCheck = z.object({
  school: z.object({ id: z.string().uuid(), name: z.string() }),
  month: z.object({ from: isoDate, to: isoDate }),
  causes: z.array(z.object({ type: z.enum(absenceTypes), records: z.number(), hours: z.number() })),
  undocumented: z.array(
    z.object({
      student: z.object({ id: z.string().uuid(), givenName: z.string(), familyName: z.string(), className: z.string().nullable() }),
      dates: z.number().int(),
      hours: z.number(),
      summonsTask: z.object({ id: z.string().uuid(), dueOn: isoDate, done: z.boolean() }).nullable(),
    }),
  ),
});
export type MonthlyCheck = z.infer<typeof monthlyCheck>;

/** An owner's rule profile, as the administrator edits it; an edit makes a new version. */
export const ruleProfileView = z.object({
  key: z.string(),
  name: z.string(),
  version: z.number().int(),
  schoolKind: z.enum(profileKinds),
  rules: ruleSettingsSchema,
  history: z.array(z.object({ version: z.number().int(), createdAt: z.string().nullable(), createdBy: z.string().nullable() })),
});
export type RuleProfileView = z.infer<typeof ruleProfileView>;
export const ruleProfilesList = z.object({ profiles: z.array(ruleProfileView) });
export const ruleProfileParams = z.object({ key: z.string().min(1).max(100) });
export const ruleProfileUpdateBody = z.object({
  /** The version the edit starts from: a stale edit is refused rather than overwriting another. */
  baseVersion: z.number().int().positive(),
  /** Every setting, with edges that fit together (the domain's own check). */
  rules: checkedRuleSettingsSchema,
});

/** Imports: the kinds of file a school's administrative system exports (docs/imports). */
export const importParams = z.object({ schoolId: z.string().uuid(), kind: z.enum(importKinds) });
/** Imports for the owner as a whole, no school chosen: the schools file, a OneRoster set that finds (or makes) its school. */
export const ownerImportParams = z.object({ kind: z.enum(ownerImportKinds) });
/**
 * A OneRoster set with several schools is imported for one (docs/imports/oneroster.md): the org's
 * sourcedId, organisation number or name in orgs.csv. The others are left out, with a note.
 */
export const importQuery = z.object({ org: z.string().trim().min(1).max(255).optional() });

/**
 * An import answers with a stream of JSON lines (application/x-ndjson): progress lines while the
 * file is read and written, then one result line (imported with counts, or rejected with every
 * problem by file, row and column; a rejected file changes nothing).
 */
export const importProgressLine = z.object({
  type: z.literal('progress'),
  phase: z.enum(['reading', 'writing', 'evaluating']),
  rowsRead: z.number(),
  rowsWritten: z.number(),
  rowsToWrite: z.number().optional(),
});
export const importProblem = z.object({
  code: z.string(),
  file: z.string().optional(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  value: z.string().optional(),
  /** The wording: a key under importProblem.text in src/shared/import-problems, shown in the reader's language. */
  text: z.string(),
  /** What goes in the wording (import-problems/problem-text.ts says how each kind is shown). */
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.null(), z.array(z.string()), z.object({ oneOf: z.array(z.string()) }), z.object({ word: z.string() })]))
    .optional(),
});
/** What an import that went through tells besides its counts, worded as a problem is; a warning is something the file says that Varde did not take. */
export const importNote = importProblem.extend({ level: z.enum(['info', 'warning']) });
/** What an import did to a school of the owner (the schools file; a OneRoster set that made its school). */
export const importedSchool = z.object({
  row: z.number().nullable(),
  id: z.string().uuid(),
  name: z.string(),
  kind: z.enum(schoolKinds),
  outcome: z.enum(['created', 'updated', 'unchanged']),
  /** Each field the import changed, with what it was. */
  changes: z.array(z.object({ field: z.enum(['name', 'orgNumber', 'kind', 'municipality', 'externalId']), from: z.string().nullable(), to: z.string().nullable() })),
});
export const importResultLine = z.object({
  type: z.literal('result'),
  status: z.enum(['imported', 'rejected']),
  files: z.array(z.string()),
  rows: z.number(),
  counts: z.record(z.string(), z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number(), removed: z.number() })).optional(),
  ignored: z.array(z.string()).optional(),
  /** The first 1000 problems; `problemCount` says how many there were in all. */
  problems: z.array(importProblem).optional(),
  problemCount: z.number().optional(),
  durationMs: z.number(),
  newFlags: z.number().optional(),
  schools: z.array(importedSchool).optional(),
  notes: z.array(importNote).optional(),
});
export type ImportProgressLine = z.infer<typeof importProgressLine>;
export type ImportResultLine = z.infer<typeof importResultLine>;
