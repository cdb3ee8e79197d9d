import type { WeeklyCheck } from '../../../shared/api';

/**
 * Whole days this term from which the principal and the home are contacted: the threshold of
 * the profile in force, as the server sends it. Not the flags' own `fromDays`, which may come
 * from an older version of the profile, and no default of its own, which would mark students
 * against a limit the owner has changed.
 */
export function wholeDaysLimit(check: WeeklyCheck): number {
  return check.fromDays;
}

/** The students at or over the limit ("from", as the rule counts it). */
export function studentsOverLimit(check: WeeklyCheck): WeeklyCheck['students'] {
  const limit = wholeDaysLimit(check);
  return check.students.filter((s) => s.wholeDaysThisTerm >= limit);
}
