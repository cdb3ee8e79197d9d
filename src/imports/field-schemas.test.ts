import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { choice, date, issueProblem, optionalDecimal, optionalNationalId, parseDate, spellings, yesNo } from './field-schemas.js';
import { problemInBokmaal } from './import-problems.js';

function problemOf(result: z.ZodSafeParseResult<unknown>) {
  return result.success ? undefined : issueProblem(result.error.issues[0]!).code;
}

describe('the cells of an imported row', () => {
  it('reads dates written YYYY-MM-DD and DD.MM.YYYY, and only real dates', () => {
    expect(parseDate('2026-08-17')).toBe('2026-08-17');
    expect(parseDate('17.08.2026')).toBe('2026-08-17');
    expect(parseDate('7.8.2026')).toBe('2026-08-07');
    expect(parseDate('2028-02-29')).toBe('2028-02-29');
    expect(parseDate('2026-02-29')).toBeUndefined();
    expect(parseDate('31.04.2026')).toBeUndefined();
    expect(parseDate('2026-13-01')).toBeUndefined();
    expect(parseDate('2026/08/17')).toBeUndefined();
    expect(parseDate('2026-08-17T00:00')).toBe('2026-08-17');
    expect(problemOf(date().safeParse(''))).toBe('required');
    expect(problemOf(date().safeParse('31.02.2026'))).toBe('invalid_date');
  });

  it('reads a national identity number with or without spaces, and refuses a wrong one showing only its birth date', () => {
    const nationalId = optionalNationalId();
    // Synthetic (Skatteetaten's test numbers: the month + 80): 24 December 1990, individual number 000.
    expect(nationalId.parse('249290 00036')).toBe('24929000036');
    expect(nationalId.parse('')).toBeNull();
    const wrong = nationalId.safeParse('24929000037');
    expect(problemOf(wrong)).toBe('invalid_national_id');
    expect(wrong.success ? undefined : issueProblem(wrong.error.issues[0]!).params).toEqual({ value: '249290…' });
    expect(problemOf(nationalId.safeParse('2492900004'))).toBe('invalid_national_id');
  });

  it('reads decimals with a comma or a point, within the range', () => {
    const average = optionalDecimal({ min: 1, max: 6 });
    expect(average.parse('3,45')).toBe(3.45);
    expect(average.parse('4.5')).toBe(4.5);
    expect(average.parse('')).toBeNull();
    expect(optionalDecimal({ min: 0, max: 100 }).parse('7,5 %')).toBe(7.5);
    expect(problemOf(average.safeParse('6,5'))).toBe('out_of_range');
    expect(problemOf(average.safeParse('tre'))).toBe('invalid_number');
  });

  it('reads ja/nei and the usual spellings, with a default for an empty cell', () => {
    expect(yesNo(false).parse('Ja')).toBe(true);
    expect(yesNo(false).parse('nei')).toBe(false);
    expect(yesNo(false).parse('')).toBe(false);
    expect(yesNo(true).parse('')).toBe(true);
    expect(yesNo(false).parse('x')).toBe(true);
    expect(problemOf(yesNo(false).safeParse('kanskje'))).toBe('invalid_boolean');
  });

  it('accepts each spelling of a closed list, whatever the case, and names the valid ones', () => {
    const kinds = choice(spellings([['dag', 'dag', 'dagsfravær'], ['time', 'time']]), ['dag', 'time']);
    expect(kinds.parse('Dagsfravær')).toBe('dag');
    const wrong = kinds.safeParse('uke');
    expect(problemOf(wrong)).toBe('invalid_choice');
    expect(problemInBokmaal(issueProblem(wrong.error!.issues[0]!))).toBe('«uke» er ikke en gyldig verdi. Bruk «dag» eller «time».');
  });
});
