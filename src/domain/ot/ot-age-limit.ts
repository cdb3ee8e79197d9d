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

/** The last day the youth has the right to follow-up. */
export function otRightLastDay(birthDate: IsoDate, limit: OtAgeLimit): IsoDate {
  const [by, bm] = birthDate.split('-').map(Number) as [number, number];
  const year = by + limit.age;
  if (limit.runsTo === 'kalenderaar') return `${year}-12-31`;
  // The school year the birthday falls in ends 31 July; a birthday from 1 August starts the next one.
  return bm >= 8 ? `${year + 1}-07-31` : `${year}-07-31`;
}

/** Is the youth inside OT's target group by age on this day? */
export function withinOtAge(birthDate: IsoDate, limit: OtAgeLimit, on: IsoDate): boolean {
  return on <= otRightLastDay(birthDate, limit);
}
