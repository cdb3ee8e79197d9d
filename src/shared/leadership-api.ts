/**
 * The contract of leadership's views (issue 11): the annual wheel and its responsibility map,
 * implementation quality per class and for the school, the seven pitfalls, the "nobody has acted
 * yet" board, and the owner's figures without names. The domain decides
 * (src/domain/leadership/); the routes are src/server/routes/leadership-routes.ts.
 */
import { z } from 'zod';
import { dateIn } from '../domain/date-windows.js';
import { concerns } from '../domain/identification/concerns.js';
import { implementationSteps } from '../domain/leadership/measure-implementation.js';
import { wheelProgressKinds, wheelRounds, wheelScopes } from '../domain/leadership/wheel-activities.js';
import { dateMoveReasons } from '../domain/leadership/wheel-dates.js';
import { wheelStatuses } from '../domain/leadership/measure-wheel-progress.js';
import { pitfallKeys, pitfallReasons } from '../domain/leadership/pitfall-thresholds.js';
import { rhythmStatuses } from '../domain/leadership/routine-rhythm.js';
import { caseSteps } from '../domain/cases/case-workflow.js';
import { roleCodes, schoolKinds } from '../domain/vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const staffRef = z.object({ id: z.string().uuid(), name: z.string() });
/** A student named in a view, for the drill-down: only in views of those who may see the student. */
const studentRef = z.object({ id: z.string().uuid(), givenName: z.string(), familyName: z.string(), classId: z.string().uuid().nullable() });
const schoolRef = z.object({ id: z.string().uuid(), name: z.string() });

// ------------------------------------------------------------------------------------------
// Implementation quality
// ------------------------------------------------------------------------------------------

const waitFigures = z.object({
  done: z.number().int(),
  medianSchoolDays: z.number().nullable(),
  worstSchoolDays: z.number().int().nullable(),
  worstStudentId: z.string().uuid().nullable(),
  worstOngoing: z.boolean(),
  /** Students still waiting for the step. */
  waiting: z.array(z.string().uuid()),
});

export const implementationFigures = z.object({
  students: z.number().int(),
  /** The students at each step of the chain this school year, by step. */
  steps: z.object(Object.fromEntries(implementationSteps.map((s) => [s, z.array(z.string().uuid())])) as Record<(typeof implementationSteps)[number], z.ZodArray<z.ZodString>>),
  identificationToMapping: waitFigures,
  mappingToFollowUp: waitFigures,
  closerFollowUp: z.object({ studentIds: z.array(z.string().uuid()), medianSchoolDays: z.number().nullable(), longestSchoolDays: z.number().int().nullable() }),
});
export type ImplementationFigures = z.infer<typeof implementationFigures>;

export const implementationView = z.object({
  school: schoolRef,
  today: isoDate,
  /** The day this school year's figures count from (1 July: the intake is identified before the start). */
  schoolYearStartsOn: isoDate,
  total: implementationFigures,
  classes: z.array(z.object({ id: z.string().uuid(), name: z.string(), figures: implementationFigures })),
  /** Every student a figure names, once. */
  students: z.array(studentRef),
});
export type ImplementationView = z.infer<typeof implementationView>;

// ------------------------------------------------------------------------------------------
// The seven pitfalls
// ------------------------------------------------------------------------------------------

const allReasons = Object.values(pitfallReasons).flat() as [string, ...string[]];

export const pitfallFinding = z.object({
  studentId: z.string().uuid(),
  classId: z.string().uuid().nullable(),
  reason: z.enum(allReasons),
  facts: z.object({
    flagId: z.string().uuid().optional(),
    ruleCode: z.string().optional(),
    caseId: z.string().uuid().optional(),
    evidenceOn: isoDate.optional(),
    identifiedOn: isoDate.optional(),
    mappedOn: isoDate.nullable().optional(),
    followUpStartedOn: isoDate.optional(),
    deadline: isoDate.optional(),
    decidedOn: isoDate.optional(),
    leftOn: isoDate.optional(),
    failedOn: isoDate.optional(),
    schoolDays: z.number().int().optional(),
    evaluations: z.number().int().optional(),
    dismissedFlagIds: z.array(z.string().uuid()).optional(),
  }),
  /** Who can act on it: the person named for the role in the class, or who holds it; null when nobody does. */
  actor: staffRef.nullable(),
});
export type PitfallFinding = z.infer<typeof pitfallFinding>;

const pitfall = z.object({
  /** The role that acts on this pitfall (docs/decisions/016-seven-pitfalls.md). */
  actorRole: z.enum(roleCodes),
  count: z.number().int(),
  findings: z.array(pitfallFinding),
});

export const pitfallsView = z.object({
  school: schoolRef,
  today: isoDate,
  thresholds: z.object({ lateIdentificationSchoolDays: z.number().int(), mappingSchoolDays: z.number().int(), followUpSchoolDays: z.number().int(), unsatisfactoryEvaluationsInARow: z.number().int() }),
  pitfalls: z.object(Object.fromEntries(pitfallKeys.map((k) => [k, pitfall])) as Record<(typeof pitfallKeys)[number], typeof pitfall>),
  classes: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  students: z.array(studentRef),
});
export type PitfallsView = z.infer<typeof pitfallsView>;

// ------------------------------------------------------------------------------------------
// Nobody has acted yet
// ------------------------------------------------------------------------------------------

export const unactedBoard = z.object({
  school: schoolRef,
  today: isoDate,
  entries: z.array(
    z.object({
      student: studentRef,
      className: z.string().nullable(),
      flagId: z.string().uuid(),
      concern: z.enum(concerns),
      confirmedOn: isoDate,
      flagCount: z.number().int(),
      schoolDaysWaiting: z.number().int(),
      /** The contact teacher of the class, who acts first; null when the class has none. */
      responsible: staffRef.nullable(),
    }),
  ),
});
export type UnactedBoard = z.infer<typeof unactedBoard>;

// ------------------------------------------------------------------------------------------
// The owner's view
// ------------------------------------------------------------------------------------------

/** A count as the owner sees it: null is "fewer than smallCount" (1–4), so nobody can be recognised. */
const shown = z.number().int().nullable();
const ownerImplementationRow = z.object({
  students: z.number().int(),
  steps: z.object(Object.fromEntries(implementationSteps.map((s) => [s, shown])) as Record<(typeof implementationSteps)[number], typeof shown>),
  pitfalls: z.object(Object.fromEntries(pitfallKeys.map((k) => [k, shown])) as Record<(typeof pitfallKeys)[number], typeof shown>),
  medianSchoolDaysToMapping: z.number().nullable(),
  medianSchoolDaysToFollowUp: z.number().nullable(),
});
export const ownerImplementation = z.object({
  smallCount: z.number().int(),
  owner: z.object({ id: z.string().uuid(), name: z.string() }),
  schools: z.array(ownerImplementationRow.extend({ id: z.string().uuid(), name: z.string() })),
  total: ownerImplementationRow,
});
export type OwnerImplementation = z.infer<typeof ownerImplementation>;

// ------------------------------------------------------------------------------------------
// The annual wheel
// ------------------------------------------------------------------------------------------

const wheelProgress = z.object({
  total: z.number().int(),
  done: z.number().int(),
  doneInTime: z.number().int(),
  share: z.number().nullable(),
  status: z.enum(wheelStatuses),
  /** How many students are left (the names are on the class's own pages). */
  missing: z.number().int(),
});
export type WheelProgressView = z.infer<typeof wheelProgress>;

export const wheelEntry = z.object({
  key: z.string(),
  code: z.string(),
  /** The school's own activity's title; null for the seed's (the web names them). */
  title: z.string().nullable(),
  round: z.enum(wheelRounds).nullable(),
  scope: z.enum(wheelScopes),
  roles: z.array(z.enum(roleCodes)),
  progressKind: z.enum(wheelProgressKinds),
  seedDueOn: isoDate.nullable(),
  requestedOn: isoDate.nullable(),
  dueOn: isoDate,
  /** How the date moved off a day nobody works (a weekend, a holiday named `breakName`). */
  moved: z.object({ from: isoDate, to: isoDate, direction: z.enum(['fram', 'tilbake']), because: z.enum(dateMoveReasons), breakName: z.string().nullable() }).nullable(),
  removed: z.boolean(),
  /** For the school's activities; null for a class's. */
  school: wheelProgress.nullable(),
  /** For a class's activities, per class; empty for the school's. */
  classes: z.array(z.object({ classId: z.string().uuid(), progress: wheelProgress })),
  /** Who is responsible, per class (null: the school) and role; staff empty when nobody is: a gap in the map. */
  responsible: z.array(z.object({ classId: z.string().uuid().nullable(), role: z.enum(roleCodes), staff: z.array(staffRef) })),
});
export type WheelEntryView = z.infer<typeof wheelEntry>;

export const wheelView = z.object({
  school: schoolRef,
  today: isoDate,
  schoolYear: z.object({ id: z.string().uuid(), startsOn: isoDate, endsOn: isoDate }),
  version: z.number().int(),
  entries: z.array(wheelEntry),
  classes: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  /** The people the school named (the ansvarskart), per role and class (null: the school). */
  named: z.array(z.object({ role: z.enum(roleCodes), classId: z.string().uuid().nullable(), staff: z.array(staffRef) })),
  /** The school's staff, for naming people in the map. */
  staff: z.array(staffRef.extend({ roles: z.array(z.enum(roleCodes)) })),
  /** Whether the reader may change the map. */
  canEdit: z.boolean(),
});
export type WheelView = z.infer<typeof wheelView>;

const activityKey = z.string().trim().min(1).max(80);
export const wheelEdit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flytt'), activity: activityKey, to: dateIn('near') }),
  z.object({ kind: z.literal('tilbakestill'), activity: activityKey }),
  z.object({ kind: z.literal('fjern'), activity: activityKey }),
  z.object({ kind: z.literal('gjenopprett'), activity: activityKey }),
  z.object({
    kind: z.literal('legg_til'),
    activity: z.object({ title: z.string().trim().min(1).max(200), scope: z.enum(wheelScopes), roles: z.array(z.enum(roleCodes)).min(1).max(5), dueOn: dateIn('near') }),
  }),
  z.object({ kind: z.literal('navngi'), role: z.enum(roleCodes), classId: z.string().uuid().nullable(), staffIds: z.array(z.string().uuid()).max(20) }),
]);
export type WheelEditBody = z.infer<typeof wheelEdit>;

export const wheelChangeBody = z.object({ baseVersion: z.number().int().min(0), edits: z.array(wheelEdit).min(1).max(50) });
export type WheelChangeBody = z.infer<typeof wheelChangeBody>;

export const wheelRecordBody = z.object({
  activity: activityKey,
  classId: z.string().uuid().nullable(),
  doneOn: dateIn('happened'),
  /** What was found and decided (leadership's review: measures for individuals or groups, competence needs). */
  decisions: z.string().trim().max(4000).default(''),
});
export type WheelRecordBody = z.infer<typeof wheelRecordBody>;

export const wheelRecords = z.object({
  records: z.array(
    z.object({ id: z.string().uuid(), activity: z.string(), classId: z.string().uuid().nullable(), doneOn: isoDate, decisions: z.string(), recordedBy: staffRef, recordedAt: z.string() }),
  ),
});
export type WheelRecords = z.infer<typeof wheelRecords>;

export const wheelVersions = z.object({
  versions: z.array(z.object({ version: z.number().int(), createdAt: z.string(), createdBy: staffRef })),
});

/**
 * A person's own part of the wheel (every staff member of the school): the activities they are
 * responsible for, per class or for the school, with how far each has come — so that whoever a
 * task of the wheel is for can record what only a person can tell, for their own classes.
 */
export const myWheelDuties = z.object({
  school: schoolRef,
  duties: z.array(
    z.object({
      key: z.string(),
      code: z.string(),
      title: z.string().nullable(),
      dueOn: isoDate,
      progressKind: z.enum(wheelProgressKinds),
      scope: z.enum(wheelScopes),
      /** The person's classes for a class's activity (empty for the school's). */
      classes: z.array(z.object({ id: z.string().uuid(), name: z.string(), progress: wheelProgress })),
      /** For an activity of the school. */
      school: wheelProgress.nullable(),
    }),
  ),
});
export type MyWheelDuties = z.infer<typeof myWheelDuties>;

// ------------------------------------------------------------------------------------------
// The absence routine's rhythm (grunnskole)
// ------------------------------------------------------------------------------------------

const period = z.object({ from: isoDate, to: isoDate });
/** A check's period and whether it was recorded done (src/domain/leadership/routine-rhythm.ts). */
const rhythmPeriod = period.extend({ status: z.enum(rhythmStatuses), doneOn: isoDate.nullable() });

/**
 * The absence routine's rhythm of a grunnskole (issue 13): each class's ukesjekk this week and last
 * and the review of its absence record with its contact teachers, this month's Månedssjekk and this term's semester check, and the
 * staircase's open cases per step with the overdue ones. Counts and statuses, no student named.
 */
export const routineRhythm = z.object({
  school: schoolRef.extend({ kind: z.enum(schoolKinds) }),
  today: isoDate,
  week: z.object({
    thisWeek: period,
    lastWeek: period,
    classes: z.array(
      z.object({
        id: z.string().uuid(),
        name: z.string(),
        contactTeachers: z.array(staffRef),
        thisWeek: rhythmPeriod,
        lastWeek: rhythmPeriod,
        /**
         * The review of the class's absence record, due in each half of the month this term
         * (protokollStatusInTerm): the half running today, null once the term has ended; the halves that ended without one.
         */
        protokoll: z.object({ current: period.extend({ done: z.boolean() }).nullable(), overdue: z.array(period) }),
      }),
    ),
  }),
  month: z.object({ thisMonth: rhythmPeriod, lastMonth: rhythmPeriod }),
  /** Null outside every term of the school year. */
  semester: z.object({ thisTerm: rhythmPeriod, lastTerm: rhythmPeriod.nullable() }).nullable(),
  staircase: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    steps: z.array(z.object({ step: z.enum(caseSteps.fravaer), open: z.number().int(), overdue: z.number().int() })),
  }),
});
export type RoutineRhythm = z.infer<typeof routineRhythm>;
