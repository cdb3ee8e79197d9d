import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './random.js';
import { cellKey, layoutWeek, lessonsPerDay } from './timetable.js';

describe('laying out a week', () => {
  it('spreads the lessons evenly over the days, the longer days mid-week', () => {
    expect(lessonsPerDay(30)).toEqual([6, 6, 6, 6, 6]);
    expect(lessonsPerDay(27)).toEqual([5, 6, 6, 5, 5]);
    expect(() => lessonsPerDay(41)).toThrow(RangeError);
  });

  it('gives every bundle its number of lessons and fills each free lesson exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 12 }), fc.integer(), (sizes, seed) => {
        const total = sizes.reduce((a, b) => a + b, 0);
        fc.pre(total >= 5 && total <= 40);
        const bundles = sizes.map((lessons, i) => ({ key: `b${i}`, lessons }));
        const dayCounts = lessonsPerDay(total);
        const cells = layoutWeek(dayCounts, bundles, createRng(seed));
        const all = [...cells.values()].flat();
        expect(all).toHaveLength(total);
        expect(new Set(all.map(cellKey)).size).toBe(total);
        for (const bundle of bundles) expect(cells.get(bundle.key)).toHaveLength(bundle.lessons);
        for (const cell of all) expect(cell.lesson).toBeLessThanOrEqual(dayCounts[cell.weekday - 1]!);
      }),
    );
  });

  it('leaves lessons already taken by a block to it', () => {
    const taken = [
      { weekday: 1, lesson: 1 },
      { weekday: 3, lesson: 2 },
    ];
    const cells = layoutWeek([2, 2, 2, 2, 2], [{ key: 'norsk', lessons: 8 }], createRng(1), { taken });
    const keys = new Set(cells.get('norsk')!.map(cellKey));
    expect(keys.has(11) || keys.has(32)).toBe(false);
    expect(keys.size).toBe(8);
  });
});
