/**
 * The student's attendance before and after a plan was signed (issue 11, part 6;
 * docs/decisions/017-effect-of-measures.md): two windows of the same number of school days on the
 * school's calendar, the signing day in neither. The after-window runs from the first day after
 * the signing to its end (the plan's first evaluation, the case's closing, or today); the
 * before-window is as many school days just before the signing, within the school year. When the
 * year began too recently for that, both windows are cut to the school days there are.
 *
 * Attendance is the share of the student's lessons held that were not missed, as the rest of
 * Varde counts absence (docs/decisions/006-absence-figures.md): lessons missed are the whole days'
 * lessons and the single lessons (`absenceTotals`), late arrivals not; lessons held come from the
 * student's weekly timetable on the window's school days.
 */
import { lessonsHeld, lessonsMissed, type AbsenceFact } from '../absence-totals.js';
import { addDays, schoolDaysBetween, type IsoDate, type SchoolCalendar } from '../school-calendar.js';

/** Fewer school days than a week in either window tells nothing yet. */
export const minWindowSchoolDays = 5;
/** A rise of attendance of at least this many percentage points is an improvement; a fall as large is worse. */
export const improvementPoints = 5;

export const attendanceOutcomes = ['improved', 'unchanged', 'worse', 'no_room'] as const;
/**
 * improved: up by `improvementPoints` or more; worse: down by as much; no_room: attendance was
 * already above 100 − `improvementPoints` before, so it could not rise that far (and did not
 * fall); unchanged: the rest.
 */
export type AttendanceOutcome = (typeof attendanceOutcomes)[number];

export const noFigureReasons = ['too_short', 'no_timetable'] as const;
/** too_short: fewer than `minWindowSchoolDays` school days after the signing (or before it, in the year); no_timetable: no lessons held in a window. */
export type NoFigureReason = (typeof noFigureReasons)[number];

export interface AttendanceWindow {
  from: IsoDate;
  to: IsoDate;
  lessonsHeld: number;
  lessonsMissed: number;
  /** Lessons attended over lessons held, in percent with one decimal. */
  attendancePercent: number;
}

export type AttendanceBeforeAfter =
  | {
      figure: true;
      windowSchoolDays: number;
      before: AttendanceWindow;
      after: AttendanceWindow;
      /** after − before, in percentage points with one decimal. */
      changePoints: number;
      outcome: AttendanceOutcome;
    }
  | { figure: false; reason: NoFigureReason; windowSchoolDays: number };

export interface AttendanceBeforeAfterInput {
  calendar: SchoolCalendar;
  /** The day the plan was first signed. */
  signedOn: IsoDate;
  /** The last day the after-window may reach. */
  endsOn: IsoDate;
  /** Lessons on each ISO weekday (index 1–5) in the student's timetable. */
  lessonsPerWeekday: ReadonlyArray<number>;
  /** The student's absence; records outside the windows are left out here. */
  absence: Iterable<AbsenceFact>;
}

export function attendanceBeforeAfter(input: AttendanceBeforeAfterInput): AttendanceBeforeAfter {
  const { calendar, signedOn } = input;
  const after = schoolDaysBetween(calendar, addDays(signedOn, 1), input.endsOn);
  const before = schoolDaysBetween(calendar, calendar.startsOn, addDays(signedOn, -1));
  const windowSchoolDays = Math.min(after.length, before.length);
  if (windowSchoolDays < minWindowSchoolDays) return { figure: false, reason: 'too_short', windowSchoolDays };
  const records = [...input.absence];
  const beforeWindow = window(before.slice(-windowSchoolDays), input.lessonsPerWeekday, records);
  const afterWindow = window(after.slice(0, windowSchoolDays), input.lessonsPerWeekday, records);
  if (!beforeWindow || !afterWindow) return { figure: false, reason: 'no_timetable', windowSchoolDays };
  const changePoints = round1(afterWindow.attendancePercent - beforeWindow.attendancePercent);
  return { figure: true, windowSchoolDays, before: beforeWindow, after: afterWindow, changePoints, outcome: outcomeOf(beforeWindow.attendancePercent, changePoints) };
}

function outcomeOf(beforePercent: number, changePoints: number): AttendanceOutcome {
  if (changePoints <= -improvementPoints) return 'worse';
  if (changePoints >= improvementPoints) return 'improved';
  if (beforePercent > 100 - improvementPoints) return 'no_room';
  return 'unchanged';
}

function window(days: readonly IsoDate[], lessonsPerWeekday: ReadonlyArray<number>, records: readonly AbsenceFact[]): AttendanceWindow | undefined {
  const held = lessonsHeld(lessonsPerWeekday, days);
  if (held === 0) return undefined;
  const inWindow = new Set(days);
  const missed = Math.min(held, lessonsMissed(records.filter((r) => inWindow.has(r.date))));
  return { from: days[0]!, to: days.at(-1)!, lessonsHeld: held, lessonsMissed: missed, attendancePercent: round1(100 * (1 - missed / held)) };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
