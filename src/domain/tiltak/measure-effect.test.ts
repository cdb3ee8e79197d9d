import { describe, expect, it } from 'vitest';
import type { AttendanceOutcome } from './attendance-before-after.js';
import { effectSignificance, measureEffects, type PlanOutcome } from './measure-effect.js';

const plans = (n: number, outcome: AttendanceOutcome | null, measureCodes: string[] = []): PlanOutcome[] => Array.from({ length: n }, () => ({ measureCodes, outcome }));

describe('measureEffects', () => {
  it('counts each plan once per measure, and every plan in the whole', () => {
    const result = measureEffects([
      { measureCodes: ['skolevegring-001', 'skolevegring-001', 'egen-1'], outcome: 'improved' },
      { measureCodes: ['skolevegring-001'], outcome: 'no_room' },
      { measureCodes: ['skolevegring-001'], outcome: null },
      { measureCodes: [], outcome: 'worse' },
    ]);
    expect(result.all).toEqual({ plans: 4, improved: 1, unchanged: 0, worse: 1, noRoom: 1, noFigure: 1, comparable: 2 });
    expect(result.measures).toEqual([
      { code: 'skolevegring-001', plans: 3, improved: 1, unchanged: 0, worse: 0, noRoom: 1, noFigure: 1, comparable: 1, verdict: 'too_few', pValue: null },
      { code: 'egen-1', plans: 1, improved: 1, unchanged: 0, worse: 0, noRoom: 0, noFigure: 0, comparable: 1, verdict: 'too_few', pValue: null },
    ]);
    expect(result.tested).toBe(0);
  });

  it('says nothing of four comparable plans, however clear they look', () => {
    const result = measureEffects([...plans(4, 'improved', ['A']), ...plans(3, null, ['A']), ...plans(2, 'no_room', ['A']), ...plans(20, 'unchanged')]);
    expect(result.measures[0]).toMatchObject({ code: 'A', plans: 9, comparable: 4, improved: 4, verdict: 'too_few', pValue: null });
  });

  it('compares from five comparable plans, when the other plans are five too', () => {
    expect(measureEffects([...plans(5, 'improved', ['A']), ...plans(4, 'unchanged')]).measures[0]).toMatchObject({ comparable: 5, verdict: 'nothing_to_compare', pValue: null });
    const compared = measureEffects([...plans(5, 'improved', ['A']), ...plans(5, 'unchanged')]).measures[0]!;
    expect(compared).toMatchObject({ verdict: 'more_often' });
    // Five of five against none of five: one table of C(10, 5).
    expect(compared.pValue).toBeCloseTo(1 / 252, 12);
  });

  it('finds a measure followed by improvement less often than the other plans', () => {
    const result = measureEffects([...plans(3, 'worse', ['A']), ...plans(2, 'unchanged', ['A']), ...plans(5, 'improved')]);
    expect(result.measures[0]).toMatchObject({ improved: 0, comparable: 5, verdict: 'less_often' });
  });

  it('makes no claim where the counts differ but could by chance', () => {
    // Three of five against two of five.
    const result = measureEffects([...plans(3, 'improved', ['A']), ...plans(2, 'unchanged', ['A']), ...plans(2, 'improved'), ...plans(3, 'unchanged')]);
    expect(result.measures[0]!.verdict).toBe('no_clear_difference');
    expect(result.measures[0]!.pValue).toBeGreaterThan(0.3);
  });

  it('shares the level between the measures tested', () => {
    // Five of five against two of six is p ≈ 0.045: below 5 % for one measure tested alone …
    const others = [...plans(2, 'improved'), ...plans(4, 'unchanged')];
    const alone = measureEffects([...plans(5, 'improved', ['A']), ...others]);
    expect(alone.tested).toBe(1);
    expect(alone.levelPerTest).toBe(effectSignificance);
    expect(alone.measures[0]).toMatchObject({ code: 'A', verdict: 'more_often' });
    expect(alone.measures[0]!.pValue).toBeCloseTo(5 / 110, 12);

    // … but not below 2.5 %, when a second measure (B, on five of the other plans) is tested too.
    const withB = [...plans(2, 'improved', ['B']), ...plans(3, 'unchanged', ['B']), ...plans(1, 'unchanged')];
    const two = measureEffects([...plans(5, 'improved', ['A']), ...withB]);
    expect(two.tested).toBe(2);
    expect(two.levelPerTest).toBe(effectSignificance / 2);
    expect(two.measures.find((m) => m.code === 'A')).toMatchObject({ verdict: 'no_clear_difference' });
  });

  it('lists the most used measures first, and is empty without plans', () => {
    const result = measureEffects([...plans(1, 'improved', ['B']), ...plans(2, 'improved', ['C']), ...plans(1, 'improved', ['A'])]);
    expect(result.measures.map((m) => m.code)).toEqual(['C', 'A', 'B']);
    expect(measureEffects([])).toEqual({ all: { plans: 0, improved: 0, unchanged: 0, worse: 0, noRoom: 0, noFigure: 0, comparable: 0 }, measures: [], tested: 0, levelPerTest: effectSignificance });
  });
});
