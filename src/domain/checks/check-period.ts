/**
 * The period a regular check looks at (docs/domain.md, the absence routine): the school week
 * (Monday to Friday) for the weekly check, the term (halvår) for the semester check. A period is
 * chosen by any date in it; the days after today are not in it yet, so a current period ends
 * today. The previous and next periods are offered for choosing, never a period that has not begun.
 *
 * The monthly check is chosen by its calendar month too, but looks at what its rule looks at:
 * the days of `lookBack` up to the month's last day (today while the month runs) — one window,
 * one definition, so that the page lists exactly the students the rule summons for.
 */
import { counted, inRange, termSoFar, wholeDaysAbsent } from '../identification/absence-facts.js';
import type { AbsenceRecordFact, IdentificationFacts } from '../identification/facts.js';
import { addDays, isoWeekday, type IsoDate } from '../school-calendar.js';
import type { AbsenceType, CheckKind } from '../vocabulary.js';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export interface TermSpan {
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export interface ChosenPeriod extends Period {
  /** A date in the period before, if there is one to choose. */
  previous: IsoDate | null;
  /** A date in the period after, if it has begun. */
  next: IsoDate | null;
  /** Whether the period runs on past today (the figures are so far). */
  current: boolean;
}

function lastDayOfMonth(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** The absence the monthly check is about, on its page and in its rule: undocumented, or not attended. */
export const monthlyCheckTypes: readonly AbsenceType[] = ['udokumentert', 'ikke_mott'];

/**
 * What the weekly check counts, on its page and in its rule (`ukesjekk`): the whole days away this
 * term so far — a whole-day record, or every lesson of the day missed — of the types the rule
 * counts, and the records they rest on.
 */
export function weeklyCheckDays(counts: readonly AbsenceType[], facts: IdentificationFacts): { days: Set<IsoDate>; records: AbsenceRecordFact[] } {
  const { from, to } = termSoFar(facts);
  const records = inRange(counted(facts.absence, counts), from, to);
  return { days: wholeDaysAbsent(facts, records), records };
}

/**
 * The window of a rule that looks back `days` days from a day: those days, the day itself the
 * last of them. The monthly check (`manedssjekk.withinDays`, 31) and the immediate contact for
 * undocumented absence (`udokumentertFravaer.withinDays`, 7) look at this window.
 */
export function lookBack(endsOn: IsoDate, days: number): Period {
  return { from: addDays(endsOn, 1 - days), to: endsOn };
}

/**
 * The whole period (not cut at today) that contains `on`: the week, the calendar month, the term;
 * null for a semester check outside every term.
 */
export function fullPeriod(kind: CheckKind, on: IsoDate, terms: readonly TermSpan[]): Period | null {
  if (kind === 'ukesjekk') {
    const monday = addDays(on, 1 - isoWeekday(on));
    return { from: monday, to: addDays(monday, 4) };
  }
  if (kind === 'manedssjekk') return { from: `${on.slice(0, 8)}01`, to: lastDayOfMonth(on) };
  const term = terms.find((t) => t.startsOn <= on && on <= t.endsOn);
  return term ? { from: term.startsOn, to: term.endsOn } : null;
}

/**
 * The period of `kind` around the chosen date (today when none or a later date is chosen), cut
 * at today, with the neighbours a person may move to. The monthly check: chooseMonthlyCheck.
 */
export function choosePeriod(kind: Exclude<CheckKind, 'manedssjekk'>, chosen: IsoDate | undefined, today: IsoDate, terms: readonly TermSpan[]): ChosenPeriod | null {
  return chooseCalendarPeriod(kind, chosen, today, terms);
}

/**
 * The monthly check of the month around the chosen date (today's month when none or a later date
 * is chosen): the `withinDays` days (the rule's setting) up to the month's last day, or up to
 * today while the month runs — the absence its rule sees on that day. Its neighbours are months.
 */
export function chooseMonthlyCheck(chosen: IsoDate | undefined, today: IsoDate, withinDays: number): ChosenPeriod {
  const month = chooseCalendarPeriod('manedssjekk', chosen, today, [])!;
  return { ...month, from: lookBack(month.to, withinDays).from };
}

function chooseCalendarPeriod(kind: CheckKind, chosen: IsoDate | undefined, today: IsoDate, terms: readonly TermSpan[]): ChosenPeriod | null {
  // Stryker disable next-line EqualityOperator: choosing today itself gives today either way
  const on = !chosen || chosen > today ? today : chosen;
  // Only a semester check has no period around a date (between terms): the term that ended last.
  const period = fullPeriod(kind, on, terms) ?? lastTermBefore(on, terms);
  if (!period) return null;
  const previous = kind === 'semestersjekk' ? (lastTermBefore(period.from, terms)?.from ?? null) : addDays(period.from, -1);
  // The next week begins on the Monday after, not on the Saturday after the school week (still this week).
  const next = kind === 'semestersjekk' ? (firstTermFrom(addDays(period.to, 1), terms)?.startsOn ?? null) : kind === 'ukesjekk' ? addDays(period.from, 7) : addDays(period.to, 1);
  return {
    from: period.from,
    // Stryker disable next-line EqualityOperator: a period that ends today ends today either way
    to: period.to > today ? today : period.to,
    previous,
    // Stryker disable next-line ConditionalExpression: no date is later than null, so the check only satisfies the types
    next: next !== null && next <= today ? next : null,
    current: period.to >= today,
  };
}

function firstTermFrom(on: IsoDate, terms: readonly TermSpan[]): TermSpan | undefined {
  return terms.filter((t) => t.startsOn >= on).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
}

/** The term that began last before `day` (not on it): the one before a term, or the one that ended last between terms. */
function lastTermBefore(day: IsoDate, terms: readonly TermSpan[]): Period | null {
  const before = terms.filter((t) => t.startsOn < day).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  return before ? { from: before.startsOn, to: before.endsOn } : null;
}

/**
 * The review of the absence record (fraværsprotokollen) is due at least twice a month: once in
 * each half of the month, the 1st to the 15th and the 16th to the month's last day. A half is
 * overdue when it has ended and no review was recorded for it.
 */
export function halfMonthOf(on: IsoDate): Period {
  const first = `${on.slice(0, 8)}01`;
  const fifteenth = `${on.slice(0, 8)}15`;
  return on <= fifteenth ? { from: first, to: fifteenth } : { from: addDays(fifteenth, 1), to: lastDayOfMonth(on) };
}

export interface ProtokollReviewStatus {
  /** The half-month running today, and whether it has its review. */
  current: Period & { done: boolean };
  /** The halves that ended since `since` (the term's or school year's start) without a review, earliest first. */
  overdue: Period[];
}

/**
 * Which halves of the month have their review of the absence record, from the reviews' periods:
 * a review counts for every half its period touches (one recorded for the whole month covers both).
 */
export function protokollReviewStatus(reviews: readonly Period[], since: IsoDate, today: IsoDate): ProtokollReviewStatus {
  const covered = (half: Period) => reviews.some((r) => r.from <= half.to && r.to >= half.from);
  const overdue: Period[] = [];
  for (let half = halfMonthOf(since); half.to < today; half = halfMonthOf(addDays(half.to, 1))) {
    if (!covered(half)) overdue.push(half);
  }
  const current = halfMonthOf(today);
  return { current: { ...current, done: covered(current) }, overdue };
}

/** The review status of a class's absence record in a term; between terms no half is running. */
export interface ProtokollTermStatus {
  /** The half-month running today and whether it has its review; null once the term has ended. */
  current: (Period & { done: boolean }) | null;
  /** The halves from the term's first day that ended without a review, earliest first. */
  overdue: Period[];
}

/**
 * protokollReviewStatus counted in a term: from its first day, and after its last day no half is
 * due any more — a half of the holidays is not overdue, the half the term ended in still is.
 */
export function protokollStatusInTerm(reviews: readonly Period[], term: TermSpan, today: IsoDate): ProtokollTermStatus {
  const status = protokollReviewStatus(reviews, term.startsOn, today);
  if (today <= term.endsOn) return status;
  return { current: null, overdue: status.overdue.filter((half) => half.from <= term.endsOn) };
}

/**
 * Whether a review of the absence record may be recorded for a period: it is of the half-month
 * running today (a review is due in each half, so one cannot be recorded for a half gone by or
 * one to come).
 */
export function isProtokollPeriod(period: Period, today: IsoDate): boolean {
  const half = halfMonthOf(today);
  return half.from <= period.from && period.from <= period.to && period.to <= half.to && period.from <= today;
}

/**
 * Whether a check recorded for `recorded` is the check of `period` (both of one kind). A weekly,
 * term or half-month check is recorded for its own period, so a record that touches it counts. A
 * Månedssjekk is recorded for the days its rule looks back over (reaching into the month before):
 * it is the check of the calendar month its period ends in — `period` is then that month.
 */
export function isRecordOf(kind: CheckKind, recorded: Period, period: Period): boolean {
  return kind === 'manedssjekk' ? period.from <= recorded.to && recorded.to <= period.to : recorded.from <= period.to && recorded.to >= period.from;
}
