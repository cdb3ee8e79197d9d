import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExact } from './fisher-exact.js';

describe('fisherExact', () => {
  it("matches Fisher's tea-tasting lady and values computed by hand", () => {
    // 3 of 4 right in each direction: P(A ≥ 3) = (16 + 1) / 70.
    expect(fisherExact({ a: 3, b: 1, c: 1, d: 3 }).greater).toBeCloseTo(17 / 70, 12);
    expect(fisherExact({ a: 3, b: 1, c: 1, d: 3 }).less).toBeCloseTo(69 / 70, 12);
    // 5 of 5 against 0 of 5: one table of C(10, 5) = 252.
    expect(fisherExact({ a: 5, b: 0, c: 0, d: 5 }).greater).toBeCloseTo(1 / 252, 12);
    expect(fisherExact({ a: 0, b: 5, c: 5, d: 0 }).less).toBeCloseTo(1 / 252, 12);
  });

  it('is 1 both ways when the margins allow one table only', () => {
    expect(fisherExact({ a: 0, b: 0, c: 3, d: 4 })).toEqual({ greater: 1, less: 1 });
    expect(fisherExact({ a: 2, b: 3, c: 0, d: 0 })).toEqual({ greater: 1, less: 1 });
    expect(fisherExact({ a: 0, b: 4, c: 0, d: 6 })).toEqual({ greater: 1, less: 1 });
  });

  it('refuses what is not a count', () => {
    expect(() => fisherExact({ a: -1, b: 1, c: 1, d: 1 })).toThrow(RangeError);
    expect(() => fisherExact({ a: 1.5, b: 1, c: 1, d: 1 })).toThrow(RangeError);
  });

  it('has tails that overlap in exactly the observed table (property)', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(30), (a, b, c, d) => {
        const { greater, less } = fisherExact({ a, b, c, d });
        expect(greater).toBeGreaterThan(0);
        expect(less).toBeGreaterThan(0);
        // Both tails hold the observed table, so together they are at least 1.
        expect(greater + less).toBeGreaterThanOrEqual(1 - 1e-9);
        // Swapping the groups swaps the tails.
        const swapped = fisherExact({ a: c, b: d, c: a, d: b });
        expect(swapped.greater).toBeCloseTo(less, 9);
      }),
    );
  });
});
