/**
 * How often each measure was followed by improved attendance, for the school's measure list
 * (issue 11, part 6; docs/decisions/017-effect-of-measures.md). Counts always; a claim only where
 * the numbers can bear one:
 *
 * - A plan counts once for each measure of the bank or the school's own its first signed version
 *   names (`measureCode`), however many rows name it.
 * - `comparable` are the plans whose attendance could show an improvement: improved, unchanged
 *   or worse (not those without a figure, nor those with no room to rise).
 * - With fewer than `smallCount` (5) comparable plans the verdict is `too_few`: the counts are
 *   shown and nothing is said of them.
 * - Otherwise the measure's plans are compared with the school's other plans (those without the
 *   measure) by Fisher's exact test, one-sided each way. Plans are signed when absence is at its
 *   worst, so attendance tends to rise after almost any plan; comparing with the other plans, not
 *   with "no change", keeps that from being credited to the measure. Many measures are tested at
 *   once, so the level (5 %) is shared between them (Bonferroni): one in twenty would otherwise
 *   look better or worse by chance alone.
 * - Fewer than `smallCount` comparable other plans: `nothing_to_compare`.
 * What the verdict says is "followed by", never "caused": the measures were not given at random.
 */
import { smallCount } from '../owner/shown-count.js';
import { fisherExact } from '../statistics/fisher-exact.js';
import type { AttendanceOutcome } from './attendance-before-after.js';

/** The level each measure's test is held to, before it is shared between the measures tested. */
export const effectSignificance = 0.05;

export const measureVerdicts = ['too_few', 'nothing_to_compare', 'no_clear_difference', 'more_often', 'less_often'] as const;
export type MeasureVerdict = (typeof measureVerdicts)[number];

export interface PlanOutcome {
  /** The measure codes of the plan's first signed version. */
  measureCodes: readonly string[];
  /** The attendance outcome, or null when the plan has no figure (too short a window, no timetable). */
  outcome: AttendanceOutcome | null;
}

export interface EffectCounts {
  plans: number;
  improved: number;
  unchanged: number;
  worse: number;
  noRoom: number;
  noFigure: number;
  /** improved + unchanged + worse: the plans the share of improvement is counted of. */
  comparable: number;
}

export interface MeasureEffect extends EffectCounts {
  code: string;
  verdict: MeasureVerdict;
  /** The test's one-sided p-value in the verdict's direction (or the smaller of the two), when a test was made. */
  pValue: number | null;
}

export interface MeasureEffects {
  /** Every signed plan of the school, with measures from the bank or not. */
  all: EffectCounts;
  /** One row per measure named in a plan, the most used first. */
  measures: MeasureEffect[];
  /** How many measures were tested, and the level each was held to. */
  tested: number;
  levelPerTest: number;
}

function count(outcomes: ReadonlyArray<AttendanceOutcome | null>): EffectCounts {
  const counts: EffectCounts = { plans: outcomes.length, improved: 0, unchanged: 0, worse: 0, noRoom: 0, noFigure: 0, comparable: 0 };
  for (const o of outcomes) {
    if (o === null) counts.noFigure++;
    else if (o === 'no_room') counts.noRoom++;
    else counts[o]++;
  }
  counts.comparable = counts.improved + counts.unchanged + counts.worse;
  return counts;
}

export function measureEffects(plans: readonly PlanOutcome[]): MeasureEffects {
  const all = count(plans.map((p) => p.outcome));
  const byCode = new Map<string, Array<AttendanceOutcome | null>>();
  for (const plan of plans) {
    for (const code of new Set(plan.measureCodes)) {
      const list = byCode.get(code) ?? [];
      list.push(plan.outcome);
      byCode.set(code, list);
    }
  }
  const rows = [...byCode].map(([code, outcomes]) => {
    const own = count(outcomes);
    const others = { improved: all.improved - own.improved, comparable: all.comparable - own.comparable };
    return { code, own, others };
  });
  const testable = rows.filter((r) => r.own.comparable >= smallCount && r.others.comparable >= smallCount);
  const levelPerTest = effectSignificance / Math.max(1, testable.length);

  const measures = rows.map(({ code, own, others }): MeasureEffect => {
    if (own.comparable < smallCount) return { code, ...own, verdict: 'too_few', pValue: null };
    if (others.comparable < smallCount) return { code, ...own, verdict: 'nothing_to_compare', pValue: null };
    const { greater, less } = fisherExact({ a: own.improved, b: own.comparable - own.improved, c: others.improved, d: others.comparable - others.improved });
    if (greater < levelPerTest) return { code, ...own, verdict: 'more_often', pValue: greater };
    if (less < levelPerTest) return { code, ...own, verdict: 'less_often', pValue: less };
    return { code, ...own, verdict: 'no_clear_difference', pValue: Math.min(greater, less) };
  });
  measures.sort((a, b) => b.plans - a.plans || a.code.localeCompare(b.code));
  return { all, measures, tested: testable.length, levelPerTest };
}
