/**
 * Which assessment round a grade-and-absence report (the IKO seed's "rapporteringsfunksjon") is
 * for, and which absence it shows beside the round's grades. The rounds are the wheel's: the
 * grades of a round are those of its kind given in its window (`roundWindows`, so that a grade
 * counts for one round only, as it does for the wheel's progress).
 *
 * The absence is of the half-year the round assesses, counted as the absence limit counts it:
 * at a midterm assessment (~1 November, ~1 April) the term it falls in, so far; at the half-year
 * assessment (~15 January) the term that ended before it, whole — the half-year grade closes the
 * autumn term, and the limit decides whether that grade can be given.
 */
import { addDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { GradeKind } from '../vocabulary.js';
import type { WheelEntry } from './build-wheel.js';
import { assessmentLeadDays, roundGradeKind, roundWindows } from './measure-wheel-progress.js';
import type { WheelRound } from './wheel-activities.js';

/** The wheel's rounds with an assessment, in the order of the school year. */
export const assessmentRounds = ['midtveis_host', 'halvaar', 'midtveis_var'] as const satisfies readonly WheelRound[];
export type AssessmentRound = (typeof assessmentRounds)[number];

export interface ReportRound {
  round: AssessmentRound;
  gradeKind: GradeKind;
  /** The assessment's date on the school's wheel. */
  assessmentOn: IsoDate;
  /** The round's window: its grades are those of its kind given from `from` to `to` (inclusive). */
  from: IsoDate;
  to: IsoDate;
  /** The window has begun by today: only such a round can be reported on. */
  begun: boolean;
}

export interface ReportTerm {
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/** The absence a report shows: one term, from its first day to `to` (its last day, or today while it runs). */
export interface ReportPeriod {
  term: ReportTerm;
  from: IsoDate;
  to: IsoDate;
}

const isAssessmentRound = (round: WheelRound): round is AssessmentRound => (assessmentRounds as readonly WheelRound[]).includes(round);

/** The three assessment rounds of the school year on the school's wheel (give it the whole wheel, as `roundWindows` wants). */
export function reportRounds(wheel: readonly WheelEntry[], calendar: SchoolCalendar, today: IsoDate): ReportRound[] {
  return roundWindows(wheel, calendar)
    .filter((w): w is typeof w & { round: AssessmentRound } => isAssessmentRound(w.round))
    .map((w) => ({
      round: w.round,
      gradeKind: roundGradeKind[w.round],
      // A window opens `assessmentLeadDays` before its assessment.
      assessmentOn: addDays(w.from, assessmentLeadDays),
      from: w.from,
      to: w.to,
      begun: w.from <= today,
    }));
}

export type ChosenRound = { ok: true; round: ReportRound | null } | { ok: false; problem: 'not_begun' };

/**
 * The round asked for, if it has begun; without one, the latest that has begun — the report after
 * the last assessment — or none before the first.
 */
export function chooseReportRound(rounds: readonly ReportRound[], requested?: AssessmentRound | null): ChosenRound {
  if (requested) {
    const round = rounds.find((r) => r.round === requested);
    return round?.begun ? { ok: true, round } : { ok: false, problem: 'not_begun' };
  }
  return { ok: true, round: rounds.filter((r) => r.begun).at(-1) ?? null };
}

/**
 * The term whose absence the round's report shows, up to today: for the half-year assessment the
 * last term that ended before it, for a midterm the term it falls in (the last begun by then).
 * Null when the school year has no such term, or it has not begun.
 */
export function reportPeriod(round: Pick<ReportRound, 'round' | 'assessmentOn'>, terms: readonly ReportTerm[], today: IsoDate): ReportPeriod | null {
  const sorted = [...terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const begunBy = sorted.filter((t) => t.startsOn <= round.assessmentOn).at(-1);
  const endedBefore = sorted.filter((t) => t.endsOn < round.assessmentOn).at(-1);
  const term = round.round === 'halvaar' ? (endedBefore ?? begunBy) : begunBy;
  if (!term || today < term.startsOn) return null;
  return { term, from: term.startsOn, to: today < term.endsOn ? today : term.endsOn };
}
