/** Shared views of a student's absence that several rules read. */
import { absenceTotals } from '../absence-totals.js';
import { isoWeekday, schoolDaysBetween, type IsoDate } from '../school-calendar.js';
import type { AbsenceType } from '../vocabulary.js';
import type { AbsenceRecordFact, IdentificationFacts } from './facts.js';

export function counted(records: readonly AbsenceRecordFact[], types: readonly AbsenceType[]): AbsenceRecordFact[] {
  const set = new Set(types);
  return records.filter((r) => set.has(r.type));
}

export function inRange(records: readonly AbsenceRecordFact[], from: IsoDate, to: IsoDate): AbsenceRecordFact[] {
  return records.filter((r) => from <= r.date && r.date <= to);
}

/** The term so far: from its first day to asOf (or its last day, if it is over). */
export function termSoFar(facts: IdentificationFacts): { from: IsoDate; to: IsoDate } {
  // Stryker disable next-line EqualityOperator: on the term's last day both branches are that day
  return { from: facts.term.startsOn, to: facts.asOf < facts.term.endsOn ? facts.asOf : facts.term.endsOn };
}

/** Lessons per ISO weekday (index 1–5) in the student's timetable. */
export function lessonsPerWeekday(facts: IdentificationFacts): number[] {
  const perDay = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const slot of facts.timetable) perDay[slot.weekday]!++;
  return perDay;
}

/**
 * The school days the student was away the whole day: a whole-day record, or single-lesson
 * absence covering every lesson of that day's timetable.
 */
export function wholeDaysAbsent(facts: IdentificationFacts, records: readonly AbsenceRecordFact[]): Set<IsoDate> {
  const days = new Set<IsoDate>();
  const perWeekday = lessonsPerWeekday(facts);
  const lessonsOn = new Map<IsoDate, Set<number>>();
  for (const r of records) {
    if (r.scope === 'dag') days.add(r.date);
    else if (r.lessonNumber !== null) {
      const set = lessonsOn.get(r.date) ?? new Set<number>();
      set.add(r.lessonNumber);
      lessonsOn.set(r.date, set);
    }
  }
  for (const [date, lessons] of lessonsOn) {
    const scheduled = perWeekday[isoWeekday(date)] ?? 0;
    if (scheduled > 0 && lessons.size >= scheduled) days.add(date);
  }
  return days;
}

/** Days (whole-day records) and single hours (lesson records), as rule 7 counts them: the one definition in src/domain/absence-totals.ts. */
export function daysAndHours(records: readonly AbsenceRecordFact[]): { days: number; hours: number } {
  const { days, hours } = absenceTotals(records);
  return { days, hours };
}

/** Lessons missed (whole days as their hours) over lessons held, in percent. */
export function absencePercent(facts: IdentificationFacts, records: readonly AbsenceRecordFact[], from: IsoDate, to: IsoDate): number | null {
  const perWeekday = lessonsPerWeekday(facts);
  const days = schoolDaysPerWeekday(facts.calendar, from, to);
  const held = perWeekday.reduce((sum, lessons, weekday) => sum + lessons * (days[weekday] ?? 0), 0);
  if (held === 0) return null;
  const missed = records.reduce((sum, r) => sum + r.hours, 0);
  return (100 * missed) / held;
}

const weekdayCountCache = new WeakMap<object, Map<string, number[]>>();

/** How many school days fall on each ISO weekday (index 1–5) between two dates; cached per calendar. */
export function schoolDaysPerWeekday(calendar: IdentificationFacts['calendar'], from: IsoDate, to: IsoDate): number[] {
  let byRange = weekdayCountCache.get(calendar);
  // Stryker disable next-line ConditionalExpression: a cache; starting it afresh gives the same counts
  if (!byRange) weekdayCountCache.set(calendar, (byRange = new Map()));
  let counts = byRange.get(`${from}|${to}`);
  // Stryker disable next-line ConditionalExpression: a cache; counting again gives the same counts
  if (!counts) {
    counts = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const d of schoolDaysBetween(calendar, from, to)) counts[isoWeekday(d)]!++;
    byRange.set(`${from}|${to}`, counts);
  }
  return counts;
}
