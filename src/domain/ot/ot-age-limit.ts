/**
 * How long a youth has the right to OT's follow-up (issue 12, docs/decisions/020-ot-age-limit.md).
 * The 2024 education act (opplæringslova § 9-4, in force from 1 August 2024) gives the right "til
 * og med det året" the youth turns 24: the default, to the end of that calendar year. The seed
 * (avklaringssamtale-ot-hordaland) gives the old act's limit, to the end of the school year in which
 * the youth turns 21: kept as the alternative an owner may choose. The school year runs from
 * 1 August to 31 July.
 */
import type { IsoDate } from '../school-calendar.js';

export const otLimitRunsTo = ['kalenderaar', 'skolear'] as const;
export type OtLimitRunsTo = (typeof otLimitRunsTo)[number];

export interface OtAgeLimit {
  age: number;
  runsTo: OtLimitRunsTo;
}

/** The current law: to the end of the calendar year the youth turns 24. */
export const defaultOtAgeLimit: OtAgeLimit = { age: 24, runsTo: 'kalenderaar' };
/** The seed's (the old act's) reading: to the end of the school year the youth turns 21. */
export const seedOtAgeLimit: OtAgeLimit = { age: 21, runsTo: 'skolear' };
export const otAgeBounds = { min: 19, max: 25 } as const;

/** The last day the youth has the right to follow-up; null when the birth date is missing. */
export function otRightLastDay(birthDate: IsoDate | null, limit: OtAgeLimit): IsoDate | null {
  if (birthDate === null) return null;
  const [by, bm] = birthDate.split('-').map(Number) as [number, number];
  const year = by + limit.age;
  if (limit.runsTo === 'kalenderaar') return `${year}-12-31`;
  // The school year the birthday falls in ends 31 July; a birthday from 1 August starts the next one.
  return bm >= 8 ? `${year + 1}-07-31` : `${year}-07-31`;
}

/**
 * Is the youth inside OT's target group by age on this day? A youth without a birth date stays
 * inside (issue 17): the right to follow-up is the rule and its end the exception, and ending it
 * needs the date that shows it has ended. Dropping the youth from OT's list because a school's
 * file lacked a date would silently end a follow-up the law gives; keeping the youth costs only
 * a follow-up that the completed birth date may later end.
 */
export function withinOtAge(birthDate: IsoDate | null, limit: OtAgeLimit, on: IsoDate): boolean {
  const lastDay = otRightLastDay(birthDate, limit);
  return lastDay === null || on <= lastDay;
}
