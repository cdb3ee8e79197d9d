/** The school's measure effects as the contract's measureEffectsView: counts per measure, with the measure's title; no student. */
import type { MeasureEffects } from '../../domain/tiltak/measure-effect.js';
import type { MeasureView } from '../../shared/case-api.js';
import type { MeasureEffectsView } from '../../shared/measure-effect-api.js';

export function presentMeasureEffects(
  effects: MeasureEffects,
  context: { schoolId: string; today: string; titles: ReadonlyMap<string, Pick<MeasureView, 'title' | 'source'>> },
): MeasureEffectsView {
  return {
    schoolId: context.schoolId,
    asOf: context.today,
    all: effects.all,
    measures: effects.measures.map((m) => {
      const known = context.titles.get(m.code);
      // A code no bank knows (a measure since renamed away) is shown as its code.
      return { ...m, title: known?.title ?? m.code, source: known?.source ?? null };
    }),
    tested: effects.tested,
    levelPerTest: effects.levelPerTest,
  };
}
