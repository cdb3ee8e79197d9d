/**
 * Absence figures as the school speaks of them: whole days (dagsfravær) and single lessons
 * (timefravær) are counted apart, as in rule 7 of docs/domain.md ("3–6 days or 9–15 single hours").
 */
import type { AbsenceScope, AbsenceType } from './vocabulary.js';
import { isoWeekday, type IsoDate } from './school-calendar.js';

export interface AbsenceFact {
  date: IsoDate;
  scope: AbsenceScope;
  hours: number;
  type: AbsenceType;
}

export interface AbsenceTotals {
  /** Whole school days absent. */
  days: number;
  /** Single lessons absent; late arrivals are counted apart. */
  hours: number;
  /** Every lesson missed without documentation (single lessons and the lessons of whole days). */
  undocumentedHours: number;
  lateArrivals: number;
}

const undocumented: ReadonlySet<AbsenceType> = new Set(['udokumentert', 'ikke_mott']);

export function absenceTotals(records: Iterable<AbsenceFact>): AbsenceTotals {
  const days = new Set<IsoDate>();
  let hours = 0;
  let undocumentedHours = 0;
  let lateArrivals = 0;
  for (const r of records) {
    if (r.type === 'forsentkomming') {
      lateArrivals++;
      continue;
    }
    if (r.scope === 'dag') days.add(r.date);
    else hours += r.hours;
    if (undocumented.has(r.type)) undocumentedHours += r.hours;
  }
  return { days: days.size, hours: round2(hours), undocumentedHours: round2(undocumentedHours), lateArrivals };
}

/** Lessons missed, whole days included, late arrivals not: the numerator of an absence share. */
export function lessonsMissed(records: Iterable<AbsenceFact>): number {
  let missed = 0;
  for (const r of records) if (r.type !== 'forsentkomming') missed += r.hours;
  return missed;
}

/**
 * Lessons held on the given school days for a timetable, given as the number of lessons on
 * each ISO weekday (index 1–5).
 */
export function lessonsHeld(lessonsPerWeekday: ReadonlyArray<number>, schoolDays: Iterable<IsoDate>): number {
  let held = 0;
  for (const day of schoolDays) held += lessonsPerWeekday[isoWeekday(day)] ?? 0;
  return held;
}

/** Rule 7 (docs/domain.md), lower edge: 3 days or 9 single hours in the half-year is borderline. */
export function isOverBorderline(totals: AbsenceTotals): boolean {
  return totals.days >= 3 || totals.hours >= 9;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
