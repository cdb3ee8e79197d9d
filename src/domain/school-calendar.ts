/**
 * The school calendar: which dates are school days. Dates are ISO strings (YYYY-MM-DD) and
 * are handled as UTC calendar dates, so no time zone can move a day.
 */

export type IsoDate = string;

export interface CalendarBreak {
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export interface SchoolCalendar {
  /** First and last day of teaching in the school year. */
  startsOn: IsoDate;
  endsOn: IsoDate;
  breaks: readonly CalendarBreak[];
}

const DAY_MS = 86_400_000;

export function toDayNumber(date: IsoDate): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a date: ${date}`);
  return Math.floor(ms / DAY_MS);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

export function breakOn(calendar: SchoolCalendar, date: IsoDate): CalendarBreak | undefined {
  return calendar.breaks.find((b) => b.startsOn <= date && date <= b.endsOn);
}

export function isSchoolDay(calendar: SchoolCalendar, date: IsoDate): boolean {
  return (
    calendar.startsOn <= date && date <= calendar.endsOn && !isWeekend(date) && !breakOn(calendar, date)
  );
}

/** The school days from `from` to `to`, both included, in order. */
export function schoolDaysBetween(calendar: SchoolCalendar, from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  const last = toDayNumber(to);
  for (let d = toDayNumber(from); d <= last; d++) {
    const date = fromDayNumber(d);
    if (isSchoolDay(calendar, date)) days.push(date);
  }
  return days;
}

/**
 * The date `count` school days after `date` (a deadline such as "within one week" counted in
 * school days skips weekends and holidays). A count of 0 gives the first school day on or after.
 */
export function addSchoolDays(calendar: SchoolCalendar, date: IsoDate, count: number): IsoDate {
  let d = toDayNumber(date);
  while (!isSchoolDay(calendar, fromDayNumber(d))) {
    d++;
    if (fromDayNumber(d) > calendar.endsOn) return fromDayNumber(d);
  }
  let left = count;
  while (left > 0) {
    d++;
    if (isSchoolDay(calendar, fromDayNumber(d)) || fromDayNumber(d) > calendar.endsOn) left--;
  }
  return fromDayNumber(d);
}

/** Whole years between a birth date and a date: the age that decides consent and guardians. */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
