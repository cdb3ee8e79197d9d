/**
 * Which day the responsible staff member is reminded of a case step's deadline (issue 15): two
 * school days before it, so there is a working day left to act. A server that was down on that
 * day reminds on the next day it runs, as long as the deadline has not passed — the deadline day
 * itself included, since a step due today can still be done today — and never after it.
 */
import { addDays, isSchoolDay, isWeekend, type IsoDate, type SchoolCalendar } from '../school-calendar.js';

/** How many school days before the deadline the reminder goes. */
export const REMIND_SCHOOL_DAYS_BEFORE = 2;

/**
 * How many calendar days before a deadline its reminder can fall: two school days before a
 * deadline just after the summer break lie about eight weeks earlier. The query looks this far ahead.
 */
export const REMINDER_LOOKAHEAD_DAYS = 70;

/**
 * A school day of the calendar; outside the school year the calendar covers (or with none),
 * every weekday counts, as deadlines are counted past the year's end.
 */
function isWorkingDay(calendar: SchoolCalendar | undefined, date: IsoDate): boolean {
  if (calendar && calendar.startsOn <= date && date <= calendar.endsOn) return isSchoolDay(calendar, date);
  return !isWeekend(date);
}

/** The day to remind on: the school day `REMIND_SCHOOL_DAYS_BEFORE` school days before the deadline. */
export function reminderDay(calendar: SchoolCalendar | undefined, dueOn: IsoDate): IsoDate {
  let day = dueOn;
  let counted = 0;
  // Bounded: a calendar with no school day for this long says nothing useful; the deadline's week then.
  for (let step = 0; step < REMINDER_LOOKAHEAD_DAYS; step++) {
    day = addDays(day, -1);
    if (isWorkingDay(calendar, day) && ++counted === REMIND_SCHOOL_DAYS_BEFORE) return day;
  }
  return addDays(dueOn, -REMIND_SCHOOL_DAYS_BEFORE);
}

/** Should the reminder go today: from its day on, until the deadline has passed. */
export function shouldRemind(calendar: SchoolCalendar | undefined, dueOn: IsoDate, today: IsoDate): boolean {
  return today <= dueOn && reminderDay(calendar, dueOn) <= today;
}

/** What makes a reminder one: the case, its step and that step's deadline (a moved deadline is reminded of anew). */
export function deadlineReason(caseId: string, step: string, dueOn: IsoDate): string {
  return `deadline:${caseId}:${step}:${dueOn}`;
}
