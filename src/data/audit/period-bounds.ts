/** A period of days (both included) as moments: from midnight in Norway on the first day to midnight after the last. */
import { osloDayOf } from '../../domain/audit/build-access-report.js';
import { addDays } from '../../domain/school-calendar.js';

/** Midnight in Norway at the start of a day: 23.00 or 22.00 UTC the day before (winter or summer time). */
export function osloMidnight(day: string): Date {
  const before = addDays(day, -1);
  for (const hour of ['22', '23']) {
    const at = new Date(`${before}T${hour}:00:00Z`);
    if (osloDayOf(at.toISOString()) === day && osloDayOf(new Date(at.getTime() - 1).toISOString()) !== day) return at;
  }
  return new Date(`${day}T00:00:00Z`);
}

/**
 * A period that runs to today has no end: every entry up to now counts, whatever the clock says
 * today is (the log's moments are the database's, a test's day is the test clock's).
 */
export function periodBounds(period: { from: string; to: string }, today: string): { start: Date; end: Date | null } {
  return { start: osloMidnight(period.from), end: period.to >= today ? null : osloMidnight(addDays(period.to, 1)) };
}
