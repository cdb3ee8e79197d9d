/** The period a report is asked for, as the form checks it before asking (the server checks it again). */
import { addDays, isIsoDate } from '../../lib/dates';

export const MAX_PERIOD_DAYS = 366;

export type PeriodProblem = { field: 'from' | 'to'; problem: 'missing' | 'afterTo' | 'afterToday' | 'tooLong' };

/** The last `days` days, today included. */
export function lastDays(today: string, days: number): { from: string; to: string } {
  return { from: addDays(today, -(days - 1)), to: today };
}

export function checkPeriod(period: { from: string; to: string }, today: string): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  if (!isIsoDate(period.from)) problems.push({ field: 'from', problem: 'missing' });
  if (!isIsoDate(period.to)) problems.push({ field: 'to', problem: 'missing' });
  if (problems.length > 0) return problems;
  if (period.to > today) return [{ field: 'to', problem: 'afterToday' }];
  if (period.from > period.to) return [{ field: 'from', problem: 'afterTo' }];
  if (addDays(period.from, MAX_PERIOD_DAYS - 1) < period.to) return [{ field: 'from', problem: 'tooLong' }];
  return [];
}
