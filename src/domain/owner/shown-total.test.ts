import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownCount } from './shown-count.js';
import { shownExactly, shownTotal, type ShownFigure } from './shown-total.js';

describe('shownTotal', () => {
  it('adds parts that are all shown', () => {
    expect(shownTotal([])).toBe(0);
    expect(shownTotal([0, 5, 12])).toBe(17);
  });

  it('says "at least" when a part is hidden, counting a hidden part as one', () => {
    // 20 shown and 3 hidden: an exact 23 would give the 3 away.
    expect(shownTotal([20, shownCount(3)])).toEqual({ atLeast: 21 });
    expect(shownTotal([null, null])).toEqual({ atLeast: 2 });
    expect(shownTotal([{ atLeast: 7 }, 5, null])).toEqual({ atLeast: 13 });
  });

  it('gives a single part beside parts of none as it is: the total is that part', () => {
    expect(shownTotal([0, null, 0])).toBeNull();
    expect(shownTotal([{ atLeast: 6 }, 0])).toEqual({ atLeast: 6 });
    expect(shownTotal([0, 7])).toBe(7);
  });

  it('gives the same total of totals as of all the cells', () => {
    const cell = fc.nat({ max: 30 }).map(shownCount);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }), (groups) => {
        expect(shownTotal(groups.map((g) => shownTotal(g)))).toEqual(shownTotal(groups.flat()));
      }),
    );
  });

  it('never tells more than the cells shown: an exact total has no hidden cell, and no total is above the true sum', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { maxLength: 8 }), (counts) => {
        const total = shownTotal(counts.map(shownCount));
        const sum = counts.reduce((a, b) => a + b, 0);
        if (typeof total === 'number') {
          expect(counts.every((n) => shownCount(n) !== null)).toBe(true);
          expect(total).toBe(sum);
        } else if (total === null) {
          // Hidden: the one part that is not none, as hidden as it was.
          expect(counts.filter((n) => n > 0)).toHaveLength(1);
          expect(sum).toBeLessThan(5);
        } else {
          expect(total).not.toBeNull();
          expect((total as { atLeast: number }).atLeast).toBeLessThanOrEqual(sum);
          // The bound is what the shown cells add up to: nothing of a hidden cell's size.
          const shownSum = counts.filter((n) => shownCount(n) !== null).reduce((a, b) => a + b, 0);
          const hidden = counts.filter((n) => shownCount(n) === null).length;
          expect((total as { atLeast: number }).atLeast).toBe(shownSum + hidden);
        }
      }),
    );
  });
});

describe('shownExactly', () => {
  it('holds for an exact figure at or above the size asked for', () => {
    const figures: ShownFigure[] = [null, { atLeast: 9 }, 4, 5, 6];
    expect(figures.map((f) => shownExactly(f, 5))).toEqual([false, false, false, true, true]);
  });
});
