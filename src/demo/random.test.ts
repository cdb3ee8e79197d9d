import { describe, expect, it } from 'vitest';
import { createRng } from './random.js';

describe('the seeded random generator', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.uint32());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('forks streams that do not depend on what the parent has drawn', () => {
    const fresh = createRng(7);
    const used = createRng(7);
    for (let i = 0; i < 100; i++) used.next();
    expect(used.fork('student-1').uuid()).toBe(fresh.fork('student-1').uuid());
    expect(fresh.fork('student-1').uuid()).not.toBe(fresh.fork('student-2').uuid());
  });

  it('keeps its helpers inside their bounds', () => {
    const rng = createRng('bounds');
    for (let i = 0; i < 2000; i++) {
      const n = rng.next();
      expect(n >= 0 && n < 1).toBe(true);
      const k = rng.int(3, 5);
      expect([3, 4, 5]).toContain(k);
    }
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rng.sample([1, 2, 3, 4, 5], 3)).toHaveLength(3);
    expect(new Set(rng.sample([1, 2, 3, 4, 5], 5)).size).toBe(5);
    expect(rng.weighted([['never', 0], ['always', 1]])).toBe('always');
  });

  it('makes well-formed version-4 UUIDs', () => {
    const rng = createRng(3);
    const ids = Array.from({ length: 500 }, () => rng.uuid());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws normally distributed numbers around the mean', () => {
    const rng = createRng(11);
    const values = Array.from({ length: 5000 }, () => rng.normal(4, 0.5));
    const mean = values.reduce((a, b) => a + b) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(4, 1);
    expect(sd).toBeCloseTo(0.5, 1);
  });
});
