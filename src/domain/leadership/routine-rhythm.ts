/**
 * The absence routine's rhythm, as a grunnskole's leadership follows it (issue 13; the absence
 * seed's "Faser i oppfølgingsarbeidet"): each class's ukesjekk this week and last, this month's
 * Månedssjekk and this term's semester check, each recorded done or not, and the staircase's open
 * cases per step with the overdue ones. Counts and statuses only: the students are on the pages
 * the statuses link to (docs/decisions/019, "The absence routine's rhythm").
 *
 * A period that is still running and not yet recorded is `pagar`, never a fault: the check is done
 * at its end. A period that has ended without a record is `mangler`. A period without a school day
 * (a holiday week, July) asks for nothing: `ingen_skoledager`.
 */
import { caseSteps, isOverdue } from '../cases/case-workflow.js';
import { fullPeriod, isRecordOf, type Period, type TermSpan } from '../checks/check-period.js';
import { addDays, schoolDaysBetween, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { CheckKind } from '../vocabulary.js';

export const rhythmStatuses = ['gjort', 'pagar', 'mangler', 'ingen_skoledager'] as const;
export type RhythmStatus = (typeof rhythmStatuses)[number];

/** A check recorded done (table check_records): for a class (an ukesjekk) or for the school. */
export interface RecordedCheck {
  kind: CheckKind;
  groupId: string | null;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  /** The day it was recorded, in Norway. */
  doneOn: IsoDate;
}

export interface RhythmPeriod extends Period {
  status: RhythmStatus;
  /** The day the latest record for the period was made, when there is one. */
  doneOn: IsoDate | null;
}

export interface RoutineRhythmInput {
  today: IsoDate;
  calendar: SchoolCalendar;
  terms: readonly TermSpan[];
  classes: ReadonlyArray<{ id: string; name: string }>;
  records: readonly RecordedCheck[];
  /** The school's open staircase cases (kind `fravaer`): the step each stands on and its deadline. */
  openStaircaseCases: ReadonlyArray<{ step: string; stepDueOn: IsoDate }>;
}

export interface RoutineRhythm {
  week: { thisWeek: Period; lastWeek: Period; classes: Array<{ id: string; name: string; thisWeek: RhythmPeriod; lastWeek: RhythmPeriod }> };
  month: { thisMonth: RhythmPeriod; lastMonth: RhythmPeriod };
  /** Null outside every term of the school year (and before the first). */
  semester: { thisTerm: RhythmPeriod; lastTerm: RhythmPeriod | null } | null;
  staircase: { open: number; overdue: number; steps: Array<{ step: (typeof caseSteps.fravaer)[number]; open: number; overdue: number }> };
}

/** The records that are a period's check (isRecordOf, the same rule the checks' pages use). */
function recordsOf(kind: CheckKind, period: Period, records: readonly RecordedCheck[]): RecordedCheck[] {
  return records.filter((r) => r.kind === kind && isRecordOf(kind, { from: r.periodFrom, to: r.periodTo }, period));
}

function statusOf(kind: CheckKind, period: Period, records: readonly RecordedCheck[], input: Pick<RoutineRhythmInput, 'today' | 'calendar'>): RhythmPeriod {
  const own = recordsOf(kind, period, records);
  const doneOn = own.map((r) => r.doneOn).sort().at(-1) ?? null;
  const status: RhythmStatus = doneOn
    ? 'gjort'
    : schoolDaysBetween(input.calendar, period.from, period.to).length === 0
      ? 'ingen_skoledager'
      : period.to >= input.today
        ? 'pagar'
        : 'mangler';
  return { ...period, status, doneOn };
}

export function buildRoutineRhythm(input: RoutineRhythmInput): RoutineRhythm {
  const { today, terms, records } = input;
  const thisWeek = fullPeriod('ukesjekk', today, terms)!;
  const lastWeek = fullPeriod('ukesjekk', addDays(thisWeek.from, -7), terms)!;
  const thisMonth = fullPeriod('manedssjekk', today, terms)!;
  const lastMonth = fullPeriod('manedssjekk', addDays(thisMonth.from, -1), terms)!;
  // Between terms, the term that ended last is the one whose semester check is due.
  const term = fullPeriod('semestersjekk', today, terms) ?? lastTermBefore(today, terms);
  const termBefore = term ? lastTermBefore(term.from, terms) : null;
  const schoolChecks = records.filter((r) => r.groupId === null);

  const steps = caseSteps.fravaer.map((step) => {
    const onStep = input.openStaircaseCases.filter((c) => c.step === step);
    return { step, open: onStep.length, overdue: onStep.filter((c) => isOverdue(c.stepDueOn, today, 'aapen')).length };
  });

  return {
    week: {
      thisWeek,
      lastWeek,
      classes: input.classes.map((c) => {
        const own = records.filter((r) => r.groupId === c.id);
        return { id: c.id, name: c.name, thisWeek: statusOf('ukesjekk', thisWeek, own, input), lastWeek: statusOf('ukesjekk', lastWeek, own, input) };
      }),
    },
    month: { thisMonth: statusOf('manedssjekk', thisMonth, schoolChecks, input), lastMonth: statusOf('manedssjekk', lastMonth, schoolChecks, input) },
    semester: term ? { thisTerm: statusOf('semestersjekk', term, schoolChecks, input), lastTerm: termBefore ? statusOf('semestersjekk', termBefore, schoolChecks, input) : null } : null,
    staircase: { open: input.openStaircaseCases.length, overdue: steps.reduce((n, s) => n + s.overdue, 0), steps },
  };
}

/**
 * The term that began before `day` (not on it) and began last. It is asked for a day outside every
 * term (today between terms) or for a term's first day, so that term has ended: terms do not overlap.
 */
function lastTermBefore(day: IsoDate, terms: readonly TermSpan[]): Period | null {
  const before = terms.filter((t) => t.startsOn < day).sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  return before ? { from: before.startsOn, to: before.endsOn } : null;
}
