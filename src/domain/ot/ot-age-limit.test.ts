import { describe, expect, it } from 'vitest';
import { defaultOtAgeLimit, otRightLastDay, seedOtAgeLimit, withinOtAge } from './ot-age-limit.js';

describe('the age limit of the right to OT follow-up', () => {
  const born = '2002-05-01';

  it('by default runs to the end of the calendar year the youth turns 24 (the 2024 act)', () => {
    expect(otRightLastDay(born, defaultOtAgeLimit)).toBe('2026-12-31');
    expect(withinOtAge(born, defaultOtAgeLimit, '2026-12-31')).toBe(true);
    expect(withinOtAge(born, defaultOtAgeLimit, '2027-01-01')).toBe(false);
  });

  it("under the seed's setting runs to the end of the school year the youth turns 21", () => {
    expect(otRightLastDay(born, seedOtAgeLimit)).toBe('2023-07-31');
    expect(withinOtAge(born, seedOtAgeLimit, '2023-07-31')).toBe(true);
    expect(withinOtAge(born, seedOtAgeLimit, '2023-08-01')).toBe(false);
  });

  it('counts a birthday from 1 August into the next school year', () => {
    expect(otRightLastDay('2002-07-31', seedOtAgeLimit)).toBe('2023-07-31');
    expect(otRightLastDay('2002-08-01', seedOtAgeLimit)).toBe('2024-07-31');
    expect(otRightLastDay('2002-12-31', seedOtAgeLimit)).toBe('2024-07-31');
    expect(otRightLastDay('2002-01-01', seedOtAgeLimit)).toBe('2023-07-31');
  });

  it('follows the age set, in either reading', () => {
    expect(otRightLastDay(born, { age: 21, runsTo: 'kalenderaar' })).toBe('2023-12-31');
    expect(otRightLastDay(born, { age: 24, runsTo: 'skolear' })).toBe('2026-07-31');
    expect(otRightLastDay('2002-01-01', defaultOtAgeLimit)).toBe('2026-12-31');
  });
});
