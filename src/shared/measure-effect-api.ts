/**
 * The API contract for the effect of measures (issue 11, part 6; docs/decisions/017-effect-of-measures.md):
 * each plan's attendance before and after it was signed, and the school's measure list with how
 * often each measure was followed by improvement — counts, and a verdict only where the numbers
 * bear one. Same conventions as api.ts.
 */
import { z } from 'zod';
import { attendanceOutcomes, noFigureReasons } from '../domain/tiltak/attendance-before-after.js';
import { effectPeriodEnds } from '../domain/tiltak/effect-period.js';
import { measureVerdicts } from '../domain/tiltak/measure-effect.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const attendanceWindow = z.object({
  from: isoDate,
  to: isoDate,
  lessonsHeld: z.number(),
  lessonsMissed: z.number(),
  /** Lessons attended over lessons held, in percent with one decimal. */
  attendancePercent: z.number(),
});

/** A plan's attendance before and after its first signing, in windows of the same number of school days. */
export const planAttendance = z.object({
  /** figure: both windows have one; otherwise why not (not signed yet, too few school days, no timetable, no school year). */
  status: z.enum(['figure', 'not_signed', ...noFigureReasons, 'no_calendar']),
  signedOn: isoDate.nullable(),
  /** The last day the after-window may reach, and why: the first evaluation, the case's closing, or today. */
  endsOn: isoDate.nullable(),
  endsBy: z.enum(effectPeriodEnds).nullable(),
  /** School days in each window (so far, when there is no figure yet). */
  windowSchoolDays: z.number().int(),
  before: attendanceWindow.nullable(),
  after: attendanceWindow.nullable(),
  /** after − before, in percentage points. */
  changePoints: z.number().nullable(),
  outcome: z.enum(attendanceOutcomes).nullable(),
});
export type PlanAttendanceView = z.infer<typeof planAttendance>;

export const measureEffectsQuery = z.object({ language: z.enum(['nb', 'nn', 'en']).default('nb') });

const effectCounts = z.object({
  plans: z.number().int(),
  improved: z.number().int(),
  unchanged: z.number().int(),
  worse: z.number().int(),
  /** Attendance already so high before that it could not rise by the improvement's points. */
  noRoom: z.number().int(),
  /** Too few school days yet, or no timetable. */
  noFigure: z.number().int(),
  /** improved + unchanged + worse: what the share of improvement is counted of. */
  comparable: z.number().int(),
});

export const measureEffectsView = z.object({
  schoolId: z.string().uuid(),
  asOf: isoDate,
  /** Every signed plan of the school a case is run under. */
  all: effectCounts,
  measures: z.array(
    effectCounts.extend({
      code: z.string(),
      title: z.string(),
      source: z.enum(['tiltaksbank-skolevegring', 'tiltak-skolemiljosaker-udir', 'skolens-egne']).nullable(),
      verdict: z.enum(measureVerdicts),
      /** Fisher's exact test, one-sided in the verdict's direction, when one was made. */
      pValue: z.number().nullable(),
    }),
  ),
  /** How many measures were tested, and the level each was held to (5 % shared between them). */
  tested: z.number().int(),
  levelPerTest: z.number(),
});
export type MeasureEffectsView = z.infer<typeof measureEffectsView>;
