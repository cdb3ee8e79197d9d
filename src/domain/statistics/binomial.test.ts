import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from './binomial.js';

describe('binomialUpperTail', () => {
  it('matches values computed by hand', () => {
    // P(X ≥ 1 | n = 1, p = 0.2) = 0.2; P(X ≥ 3 | 3, 0.5) = 1/8.
    expect(binomialUpperTail(1, 1, 0.2)).toBeCloseTo(0.2, 12);
    expect(binomialUpperTail(3, 3, 0.5)).toBeCloseTo(0.125, 12);
    // P(X ≥ 8 | 10, 0.2) = 45·0.2^8·0.8^2 + 10·0.2^9·0.8 + 0.2^10
    expect(binomialUpperTail(8, 10, 0.2)).toBeCloseTo(45 * 0.2 ** 8 * 0.64 + 10 * 0.2 ** 9 * 0.8 + 0.2 ** 10, 14);
  });

  it('is 1 at k = 0 and 0 beyond n', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    // At k = n: every one of the n.
    expect(binomialUpperTail(10, 10, 0.3)).toBeCloseTo(0.3 ** 10, 15);
  });

  it('is certain when every opportunity is in the category, and impossible when none is', () => {
    expect(binomialUpperTail(3, 5, 1)).toBe(1);
    expect(binomialUpperTail(5, 5, 1)).toBe(1);
    expect(binomialUpperTail(3, 5, 0)).toBe(0);
    expect(binomialUpperTail(0, 5, 0)).toBe(1);
    // More than n is impossible, whatever the share.
    expect(binomialUpperTail(6, 5, 1)).toBe(0);
  });

  it('falls as k grows and rises with p (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 150 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (n, p) => {
        let previous = 1;
        for (let k = 0; k <= n; k++) {
          const tail = binomialUpperTail(k, n, p);
          expect(tail).toBeLessThanOrEqual(previous + 1e-12);
          previous = tail;
        }
        const k = Math.ceil(n / 2);
        expect(binomialUpperTail(k, n, Math.min(0.99, p + 0.01))).toBeGreaterThanOrEqual(binomialUpperTail(k, n, p) - 1e-12);
      }),
      { numRuns: 60 },
    );
  });
});
