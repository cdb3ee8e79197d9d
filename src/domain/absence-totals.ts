/**
 * Absence figures as the school speaks of them, defined once here and used by the student page,
 * the class lists, the school overview, the weekly and monthly checks and the rules' count of
 * days and single hours (docs/decisions/006-absence-figures.md):
 *
 * - `days`: whole school days away (dagsfravær): the dates with a whole-day record.
 * - `hours`: single lessons away (timefravær) on the other dates, as rule 7 counts them apart
 *   ("3–6 days or 9–15 single hours").
 * - `lessonsMissed`: every lesson missed — the lessons of the whole days and the single lessons.
 * - `undocumentedHours`: the lessons missed without documentation, a part of `lessonsMissed`
 *   (so never more than it: the page never says "1 day, 1 hour, 6 undocumented hours" without
 *   saying that those 6 are of 6 lessons in all).
 * - `lateArrivals`: late arrivals, which are no lessons missed.
 *
 * A whole day covers the day: single-lesson records on a date with a whole-day record are not
 * counted again, and a day recorded twice counts once (its lessons once, the larger figure).
 * Records of several students may be summed: a day is a student's day.
 */
import type { AbsenceScope, AbsenceType } from './vocabulary.js';
import { isoWeekday, type IsoDate } from './school-calendar.js';

export interface AbsenceFact {
  date: IsoDate;
  scope: AbsenceScope;
  hours: number;
  type: AbsenceType;
  /** Whose absence; records without one are one student's. */
  studentId?: string;
}

export interface AbsenceTotals {
  /** Whole school days absent. */
  days: number;
  /** Single lessons absent on days not absent whole; late arrivals are counted apart. */
  hours: number;
  /** Every lesson missed: the whole days' lessons and the single lessons. */
  lessonsMissed: number;
  /** The lessons missed without documentation (a part of `lessonsMissed`). */
  undocumentedHours: number;
  lateArrivals: number;
}

/** The types that are undocumented absence. */
export const undocumentedTypes: readonly AbsenceType[] = ['udokumentert', 'ikke_mott'];
const undocumented: ReadonlySet<AbsenceType> = new Set(undocumentedTypes);

interface Day {
  whole: boolean;
  lessons: number;
  undocumented: number;
}

export function absenceTotals(records: Iterable<AbsenceFact>): AbsenceTotals {
  const byDay = new Map<string, Day>();
  let lateArrivals = 0;
  for (const r of records) {
    if (r.type === 'forsentkomming') {
      lateArrivals++;
      continue;
    }
    // Stryker disable next-line StringLiteral: any stand-in for a missing student groups the same records together
    const key = `${r.studentId ?? ''}|${r.date}`;
    const day = byDay.get(key) ?? { whole: false, lessons: 0, undocumented: 0 };
    const missedUndocumented = undocumented.has(r.type) ? r.hours : 0;
    if (r.scope === 'dag') {
      // The whole day replaces what single lessons said of it; twice recorded, the larger counts.
      if (!day.whole) Object.assign(day, { whole: true, lessons: 0, undocumented: 0 });
      day.lessons = Math.max(day.lessons, r.hours);
      day.undocumented = Math.max(day.undocumented, missedUndocumented);
    } else if (!day.whole) {
      day.lessons += r.hours;
      day.undocumented += missedUndocumented;
    }
    byDay.set(key, day);
  }
  let days = 0;
  let hours = 0;
  let lessonsMissed = 0;
  let undocumentedHours = 0;
  for (const day of byDay.values()) {
    if (day.whole) days++;
    else hours += day.lessons;
    lessonsMissed += day.lessons;
    undocumentedHours += Math.min(day.undocumented, day.lessons);
  }
  return { days, hours: round2(hours), lessonsMissed: round2(lessonsMissed), undocumentedHours: round2(undocumentedHours), lateArrivals };
}

/** Lessons missed, whole days included, late arrivals not: the numerator of an absence share. */
export function lessonsMissed(records: Iterable<AbsenceFact>): number {
  return absenceTotals(records).lessonsMissed;
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

/**
 * The lessons of each subject group a student's absence missed: single lessons where they were
 * registered, a whole day as each group's lessons that weekday in the timetable. When a whole
 * day's record counts the day's lessons of the timetable (as registration writes it), the
 * subjects add up to the total's `lessonsMissed`.
 */
export function lessonsMissedBySubject(
  records: Iterable<AbsenceFact & { groupId?: string | null }>,
  timetable: ReadonlyArray<{ groupId: string; weekday: number }>,
): Map<string, number> {
  const perGroupWeekday = new Map<string, number[]>();
  for (const slot of timetable) {
    const counts = perGroupWeekday.get(slot.groupId) ?? [0, 0, 0, 0, 0, 0, 0, 0];
    counts[slot.weekday]!++;
    perGroupWeekday.set(slot.groupId, counts);
  }
  const list = [...records].filter((r) => r.type !== 'forsentkomming');
  const wholeDays = new Set(list.filter((r) => r.scope === 'dag').map((r) => `${r.studentId ?? ''}|${r.date}`));
  const out = new Map<string, number>([...perGroupWeekday.keys()].map((g) => [g, 0]));
  const counted = new Set<string>();
  for (const r of list) {
    const key = `${r.studentId ?? ''}|${r.date}`;
    if (r.scope === 'dag') {
      if (counted.has(key)) continue;
      counted.add(key);
      for (const [groupId, counts] of perGroupWeekday) out.set(groupId, out.get(groupId)! + (counts[isoWeekday(r.date)] ?? 0));
    } else if (!wholeDays.has(key) && r.groupId) {
      out.set(r.groupId, round2((out.get(r.groupId) ?? 0) + r.hours));
    }
  }
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
