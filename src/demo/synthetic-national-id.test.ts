import { describe, expect, it } from 'vitest';
import { isNationalId } from '../domain/national-id.js';
import { addDays } from '../domain/school-calendar.js';
import { demoGuardianNationalId, syntheticNationalId } from './synthetic-national-id.js';
import { createRng } from './random.js';

describe('synthetic national identity numbers', () => {
  it('write the birth date with the month plus 80, and pass the check of a real number', () => {
    const numbers = Array.from({ length: 500 }, (_, i) => syntheticNationalId('1984-07-03', i)).filter((n) => n !== undefined);
    // About one individual number in six has no check digit that fits.
    expect(numbers.length).toBeGreaterThan(350);
    for (const n of numbers) {
      expect(n.slice(0, 6)).toBe('038784');
      expect(isNationalId(n), n).toBe(true);
    }
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('are never a real number: a real month is 01–12', () => {
    const rng = createRng('dates');
    for (let i = 0; i < 200; i++) {
      const n = syntheticNationalId(addDays('1950-01-01', rng.int(0, 365 * 49)), rng.int(0, 499));
      if (n) expect(Number(n.slice(2, 4))).toBeGreaterThan(80);
    }
  });

  it('refuse what the 1900s’ individual numbers cannot write', () => {
    expect(() => syntheticNationalId('2010-01-01', 1)).toThrow(RangeError);
    expect(() => syntheticNationalId('1980-01-01', 500)).toThrow(RangeError);
  });

  it('give a demo guardian the same valid number for the same id, and another for another id', () => {
    const rng = createRng('guardians');
    const ids = Array.from({ length: 300 }, () => rng.uuid());
    for (const id of ids) {
      expect(demoGuardianNationalId(id)).toBe(demoGuardianNationalId(id));
      expect(isNationalId(demoGuardianNationalId(id))).toBe(true);
    }
    expect(new Set(ids.map(demoGuardianNationalId)).size).toBeGreaterThan(295);
  });
});
