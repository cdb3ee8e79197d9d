/**
 * The period a regular check looks at (docs/domain.md, the absence routine): the school week
 * (Monday to Friday) for the weekly check, the calendar month for the monthly check, the term
 * (halvår) for the semester check. A period is chosen by any date in it; the days after today are
 * not in it yet, so a current period ends today. The previous and next periods are offered for
 * choosing, never a period that has not begun.
 */
import { addDays, isoWeekday, type IsoDate } from '../school-calendar.js';
import type { CheckKind } from '../vocabulary.js';

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

/** The whole period (not cut at today) that contains `on`; null for a semester check outside every term. */
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
 * at today, with the neighbours a person may move to.
 */
export function choosePeriod(kind: CheckKind, chosen: IsoDate | undefined, today: IsoDate, terms: readonly TermSpan[]): ChosenPeriod | null {
  const on = !chosen || chosen > today ? today : chosen;
  const period = fullPeriod(kind, on, terms) ?? (kind === 'semestersjekk' ? lastTermBefore(on, terms) : null);
  if (!period) return null;
  const beforeDate = addDays(period.from, -1);
  const afterDate = addDays(period.to, 1);
  const previous = kind === 'semestersjekk' ? (lastTermBefore(beforeDate, terms)?.from ?? null) : beforeDate;
  const nextPeriod = kind === 'semestersjekk' ? (terms.filter((t) => t.startsOn >= afterDate).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0]?.startsOn ?? null) : afterDate;
  return {
    from: period.from,
    to: period.to > today ? today : period.to,
    previous,
    next: nextPeriod !== null && nextPeriod <= today ? nextPeriod : null,
    current: period.to >= today,
  };
}

function lastTermBefore(on: IsoDate, terms: readonly TermSpan[]): Period | null {
  const before = terms.filter((t) => t.startsOn <= on).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  return before ? { from: before.startsOn, to: before.endsOn } : null;
}
