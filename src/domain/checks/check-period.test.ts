import { describe, expect, it } from 'vitest';
import { choosePeriod, fullPeriod } from './check-period.js';

const terms = [
  { startsOn: '2026-08-17', endsOn: '2026-12-18' },
  { startsOn: '2027-01-04', endsOn: '2027-06-18' },
];
const today = '2026-11-25'; // a Wednesday

describe('fullPeriod', () => {
  it('gives the school week, the calendar month and the term', () => {
    expect(fullPeriod('ukesjekk', '2026-11-29', terms)).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    expect(fullPeriod('manedssjekk', '2026-02-10', terms)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(fullPeriod('manedssjekk', '2026-12-31', terms)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(fullPeriod('semestersjekk', '2026-09-01', terms)).toEqual({ from: '2026-08-17', to: '2026-12-18' });
    expect(fullPeriod('semestersjekk', '2026-12-28', terms)).toBeNull();
  });
});

describe('choosePeriod', () => {
  it('cuts the current period at today and offers no period that has not begun', () => {
    expect(choosePeriod('ukesjekk', undefined, today, terms)).toEqual({ from: '2026-11-23', to: '2026-11-25', previous: '2026-11-22', next: null, current: true });
    expect(choosePeriod('ukesjekk', '2027-03-01', today, terms)?.from).toBe('2026-11-23');
  });

  it('moves to an earlier period and back', () => {
    const october = choosePeriod('manedssjekk', '2026-10-15', today, terms);
    expect(october).toEqual({ from: '2026-10-01', to: '2026-10-31', previous: '2026-09-30', next: '2026-11-01', current: false });
  });

  it('steps between terms for the semester check, and between terms takes the one that ended last', () => {
    const spring = choosePeriod('semestersjekk', undefined, '2027-02-01', terms);
    expect(spring).toEqual({ from: '2027-01-04', to: '2027-02-01', previous: '2026-08-17', next: null, current: true });
    const autumn = choosePeriod('semestersjekk', '2026-09-01', '2027-02-01', terms);
    expect(autumn).toEqual({ from: '2026-08-17', to: '2026-12-18', previous: null, next: '2027-01-04', current: false });
    expect(choosePeriod('semestersjekk', undefined, '2026-12-28', terms)?.from).toBe('2026-08-17');
  });
});
