/**
 * Where a date of the annual wheel lands when it is not a working day, and why.
 *
 * - In the school year a due date is a school day. A date that falls on a weekend, in a holiday
 *   or on another day off moves forward to the next school day: the seed's "ca. 1. november" is
 *   kept on the first day people are back, as every deadline in Varde is (`addSchoolDays` with a
 *   count of 0); moving it back would take days from the teachers without telling them.
 * - Before the school start there are no school days, only the staff's working days: a date on a
 *   weekend moves back to the Friday before, because what is done before the start must be ready
 *   when the planning day and the first school day come.
 */
import { addDays, addSchoolDays, breakOn, isSchoolDay, isWeekend, type IsoDate, type SchoolCalendar } from '../school-calendar.js';

/** Why a date moved: a weekend, a day off in the calendar (named), or a day outside the school year. */
export const dateMoveReasons = ['helg', 'fri', 'utenfor_skoleaaret'] as const;
export type DateMoveReason = (typeof dateMoveReasons)[number];

export interface DateMove {
  from: IsoDate;
  to: IsoDate;
  direction: 'fram' | 'tilbake';
  because: DateMoveReason;
  /** The calendar's name of the holiday or day off, when `because` is `fri`. */
  breakName: string | null;
}

export interface PlacedDate {
  dueOn: IsoDate;
  moved: DateMove | null;
}

/** The first day of teaching: the calendar's first day, or the first school day after it. */
export function firstSchoolDay(calendar: SchoolCalendar): IsoDate {
  return addSchoolDays(calendar, calendar.startsOn, 0);
}

/** The weekday `count` weekdays before `date` (1: the working day before). */
export function weekdaysBefore(date: IsoDate, count: number): IsoDate {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, -1);
    if (!isWeekend(day)) left--;
  }
  return day;
}

/**
 * The planning day on which the contact teachers are told who is identified: the school's own
 * planning day before the start when it has one, else the working day before the first school day.
 */
export function planningDayBeforeStart(calendar: SchoolCalendar, planningDay?: IsoDate | null): IsoDate {
  const start = firstSchoolDay(calendar);
  if (planningDay && planningDay < start && !isWeekend(planningDay)) return planningDay;
  return weekdaysBefore(start, 1);
}

/** A date of the school year placed on a school day: kept, or moved forward to the next one. */
export function placeInSchoolYear(calendar: SchoolCalendar, date: IsoDate): PlacedDate {
  if (isSchoolDay(calendar, date)) return { dueOn: date, moved: null };
  const holiday = breakOn(calendar, date);
  let because: DateMoveReason = 'utenfor_skoleaaret';
  if (holiday) because = 'fri';
  else if (isWeekend(date)) because = 'helg';
  const to = addSchoolDays(calendar, date, 0);
  return { dueOn: to, moved: { from: date, to, direction: 'fram', because, breakName: holiday?.name ?? null } };
}

/** A date before the school start placed on a working day: kept, or moved back to the Friday before. */
export function placeBeforeStart(date: IsoDate): PlacedDate {
  if (!isWeekend(date)) return { dueOn: date, moved: null };
  const to = weekdaysBefore(date, 1);
  return { dueOn: to, moved: { from: date, to, direction: 'tilbake', because: 'helg', breakName: null } };
}

/** A date placed by the rule of its side of the school start. */
export function placeDate(calendar: SchoolCalendar, date: IsoDate): PlacedDate {
  // Stryker disable next-line EqualityOperator: the first school day is a weekday and a school day, so both rules keep it
  return date < firstSchoolDay(calendar) ? placeBeforeStart(date) : placeInSchoolYear(calendar, date);
}
