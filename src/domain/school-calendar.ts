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

// The rules turn the same few hundred dates back and forth for every student of a county:
// both directions are remembered (a school year is about 300 days; the caches stop growing at
// 100 000 entries).
const dayNumbers = new Map<IsoDate, number>();
const isoDates = new Map<number, IsoDate>();
const weekdays = new Map<IsoDate, number>();

/** The answer remembered for `key`, else `compute`'s, remembered while the cache has room. */
function remembered<K, V>(cache: Map<K, V>, key: K, compute: (key: K) => V): V {
  let value = cache.get(key);
  // Stryker disable next-line ConditionalExpression: computing again gives the same answer; remembering only saves time
  if (value === undefined) {
    value = compute(key);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only limits memory; every answer is the same
    if (cache.size < 100_000) cache.set(key, value);
  }
  return value;
}

function parseDayNumber(date: IsoDate): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a date: ${date}`);
  return Math.floor(ms / DAY_MS);
}

export function toDayNumber(date: IsoDate): number {
  return remembered(dayNumbers, date, parseDayNumber);
}

export function fromDayNumber(day: number): IsoDate {
  return remembered(isoDates, day, (d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return remembered(weekdays, date, (d) => ((((toDayNumber(d) + 3) % 7) + 7) % 7) + 1);
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

export function breakOn(calendar: SchoolCalendar, date: IsoDate): CalendarBreak | undefined {
  return calendar.breaks.find((b) => b.startsOn <= date && date <= b.endsOn);
}

/**
 * The school days of a calendar, worked out once per calendar object: the rules ask about the
 * same calendar for every student of a school, thousands of times.
 */
interface SchoolDayIndex {
  days: IsoDate[];
  set: Set<IsoDate>;
}
const indexes = new WeakMap<SchoolCalendar, SchoolDayIndex>();

function indexOf(calendar: SchoolCalendar): SchoolDayIndex {
  let index = indexes.get(calendar);
  // Stryker disable next-line ConditionalExpression: working the index out again gives the same index; remembering only saves time
  if (!index) {
    const days: IsoDate[] = [];
    const last = toDayNumber(calendar.endsOn);
    for (let d = toDayNumber(calendar.startsOn); d <= last; d++) {
      const date = fromDayNumber(d);
      if (!isWeekend(date) && !breakOn(calendar, date)) days.push(date);
    }
    index = { days, set: new Set(days) };
    indexes.set(calendar, index);
  }
  return index;
}

export function isSchoolDay(calendar: SchoolCalendar, date: IsoDate): boolean {
  return indexOf(calendar).set.has(date);
}

/** The first position in the sorted `days` whose date is at or after `date`. */
function lowerBound(days: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The school days from `from` to `to`, both included, in order. */
export function schoolDaysBetween(calendar: SchoolCalendar, from: IsoDate, to: IsoDate): IsoDate[] {
  const { days } = indexOf(calendar);
  const start = lowerBound(days, from);
  let end = lowerBound(days, to);
  if (days[end] === to) end++;
  return days.slice(start, end);
}

/**
 * The date `count` school days after `date` (a deadline such as "within one week" counted in
 * school days skips weekends and holidays). A count of 0 gives the first school day on or after.
 */
export function addSchoolDays(calendar: SchoolCalendar, date: IsoDate, count: number): IsoDate {
  const { days } = indexOf(calendar);
  const at = lowerBound(days, date);
  if (at + count < days.length) return days[at + count]!;
  // Past the year's last school day there is no calendar to consult: every day after the year
  // counts, from the day after its last day (or from `date`, if that is later).
  const firstDayAfter = Math.max(toDayNumber(date), toDayNumber(calendar.endsOn) + 1);
  return fromDayNumber(firstDayAfter + at + count - days.length);
}

/** Whole years between a birth date and a date: the age that decides consent and guardians. */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
