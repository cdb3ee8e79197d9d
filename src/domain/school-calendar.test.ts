import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addSchoolDays, ageOn, breakOn, fromDayNumber, isoWeekday, isSchoolDay, isWeekend, schoolDaysBetween, toDayNumber, type SchoolCalendar } from './school-calendar.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  ],
};

describe('the school calendar', () => {
  it('knows the weekdays', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2024-02-29')).toBe(4);
  });

  it('has no school on weekends, in holidays or outside the year', () => {
    expect(isSchoolDay(calendar, '2026-08-17')).toBe(true);
    expect(isSchoolDay(calendar, '2026-08-16')).toBe(false);
    expect(isSchoolDay(calendar, '2026-08-22')).toBe(false);
    expect(isSchoolDay(calendar, '2026-09-30')).toBe(false);
    expect(isSchoolDay(calendar, '2026-10-05')).toBe(true);
    expect(isSchoolDay(calendar, '2027-06-21')).toBe(false);
  });

  it('counts school days across the autumn holiday', () => {
    // Two weeks around høstferie: only the week after counts.
    expect(schoolDaysBetween(calendar, '2026-09-28', '2026-10-09')).toHaveLength(5);
  });

  it('moves deadlines past weekends and holidays', () => {
    expect(addSchoolDays(calendar, '2026-09-25', 1)).toBe('2026-10-05');
    expect(addSchoolDays(calendar, '2026-11-20', 5)).toBe('2026-11-27');
    expect(addSchoolDays(calendar, '2026-11-21', 0)).toBe('2026-11-23');
  });

  it('gives whole years of age, birthdays included', () => {
    expect(ageOn('2010-11-23', '2026-11-23')).toBe(16);
    expect(ageOn('2010-11-24', '2026-11-23')).toBe(15);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });

  it('counts n school days forward as exactly n school days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 250 }), fc.integer({ min: 0, max: 40 }), (offset, n) => {
        const start = addDays('2026-08-17', offset);
        const end = addSchoolDays(calendar, start, n);
        fc.pre(end <= calendar.endsOn);
        const between = schoolDaysBetween(calendar, start, end);
        // The first school day on or after start, plus n more.
        expect(between.length).toBe(n + 1);
        expect(isSchoolDay(calendar, end)).toBe(true);
      }),
    );
  });

  it('counts age by the birthday, in a month before, on and after the birthday’s month', () => {
    // Born 1 December 2011: 14 all of November 2026, even on the 30th, 15 from 1 December.
    expect(ageOn('2011-12-01', '2026-11-30')).toBe(14);
    expect(ageOn('2011-12-01', '2026-12-01')).toBe(15);
    // Born 31 October 2011: 15 on 1 November, though the day of the month is smaller.
    expect(ageOn('2011-10-31', '2026-11-01')).toBe(15);
    // The day before the birthday and the birthday itself, in the birthday's month.
    expect(ageOn('2011-11-24', '2026-11-23')).toBe(14);
    expect(ageOn('2011-11-24', '2026-11-24')).toBe(15);
    // Born on 29 February: a year older on 1 March.
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('has holidays from their first day to their last, both included', () => {
    expect(isSchoolDay(calendar, '2026-09-25')).toBe(true);
    expect(isSchoolDay(calendar, '2026-09-28')).toBe(false);
    expect(isSchoolDay(calendar, '2026-10-02')).toBe(false);
    expect(breakOn(calendar, '2026-09-28')?.name).toBe('Høstferie');
    expect(breakOn(calendar, '2026-10-02')?.name).toBe('Høstferie');
    expect(breakOn(calendar, '2026-10-03')).toBeUndefined();
    expect(breakOn(calendar, '2026-09-27')).toBeUndefined();
    expect(breakOn(calendar, '2026-12-24')?.name).toBe('Juleferie');
  });

  it('has school on the last day of the year, and none the day after', () => {
    expect(isSchoolDay(calendar, '2027-06-18')).toBe(true);
    expect(isSchoolDay(calendar, '2027-06-19')).toBe(false);
  });

  it('knows the weekend, and the weekdays before 1970', () => {
    expect(isWeekend('2026-11-27')).toBe(false);
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-29')).toBe(true);
    expect(isoWeekday('1969-12-31')).toBe(3);
    expect(isoWeekday('1969-12-28')).toBe(7);
    expect(isoWeekday('1961-05-01')).toBe(1);
  });

  it('turns dates into day numbers and back, and refuses what is not a date', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(toDayNumber('2026-11-23') + 8)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => toDayNumber('2026-13-01')).toThrow(RangeError);
    expect(() => toDayNumber('+002026-11-23')).toThrow('Not a date: +002026-11-23');
    expect(() => toDayNumber('2026-11-2')).toThrow(RangeError);
    // Date.parse stops reading at a NUL; the date must still be the whole text.
    expect(() => toDayNumber('2026-11-24\u0000x')).toThrow(RangeError);
  });

  it('lists the school days between two dates, both ends included when they are school days', () => {
    const week = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    expect(schoolDaysBetween(calendar, '2026-11-23', '2026-11-27')).toEqual(week);
    expect(schoolDaysBetween(calendar, '2026-11-21', '2026-11-29')).toEqual(week);
    expect(schoolDaysBetween(calendar, '2026-11-24', '2026-11-24')).toEqual(['2026-11-24']);
    expect(schoolDaysBetween(calendar, '2026-11-28', '2026-11-29')).toEqual([]);
    expect(schoolDaysBetween(calendar, '2026-08-01', '2026-08-18')).toEqual(['2026-08-17', '2026-08-18']);
    expect(schoolDaysBetween(calendar, '2027-06-17', '2027-07-31')).toEqual(['2027-06-17', '2027-06-18']);
  });

  it('moves deadlines across høstferie and juleferie', () => {
    // Thursday before høstferie + 2: Friday 25 September, then Monday 5 October.
    expect(addSchoolDays(calendar, '2026-09-24', 2)).toBe('2026-10-05');
    // A deadline asked for in the holiday counts from the first school day after it.
    expect(addSchoolDays(calendar, '2026-09-30', 0)).toBe('2026-10-05');
    expect(addSchoolDays(calendar, '2026-09-30', 1)).toBe('2026-10-06');
    expect(addSchoolDays(calendar, '2026-12-18', 1)).toBe('2027-01-04');
    expect(addSchoolDays(calendar, '2026-12-24', 5)).toBe('2027-01-11');
    // Before the year starts: from its first school day.
    expect(addSchoolDays(calendar, '2026-08-01', 0)).toBe('2026-08-17');
    expect(addSchoolDays(calendar, '2026-08-01', 1)).toBe('2026-08-18');
  });

  it('counts every day after the school year, when a deadline runs past its end', () => {
    // The year ends Friday 18 June 2027. Monday 14 June + 4 is the last day; one more is the day after it.
    expect(addSchoolDays(calendar, '2027-06-14', 4)).toBe('2027-06-18');
    expect(addSchoolDays(calendar, '2027-06-14', 5)).toBe('2027-06-19');
    expect(addSchoolDays(calendar, '2027-06-18', 1)).toBe('2027-06-19');
    expect(addSchoolDays(calendar, '2027-06-16', 15)).toBe('2027-07-01');
    // From a date after the year: that date, then one day per day.
    expect(addSchoolDays(calendar, '2027-06-19', 0)).toBe('2027-06-19');
    expect(addSchoolDays(calendar, '2027-06-26', 5)).toBe('2027-07-01');
  });

  it('counts the days after a year that ends in a holiday from the day after its last day', () => {
    // The year runs to the end of July with summer as a holiday: nothing in the holiday counts.
    const withSummer: SchoolCalendar = { startsOn: '2026-08-17', endsOn: '2027-07-31', breaks: [{ name: 'Sommerferie', startsOn: '2027-06-21', endsOn: '2027-07-31' }] };
    expect(addSchoolDays(withSummer, '2027-06-18', 1)).toBe('2027-08-01');
    expect(addSchoolDays(withSummer, '2027-06-25', 0)).toBe('2027-08-01');
    // A case opened a week later never gets an earlier deadline than one opened on the last day.
    expect(addSchoolDays(withSummer, '2027-06-25', 5)).toBe('2027-08-06');
    expect(addSchoolDays(withSummer, '2027-06-18', 5)).toBe('2027-08-05');
  });

  /**
   * The rule said plainly, day by day: the days that count are the school days of the calendar and
   * every day after its last day; a deadline is the first such day on or after the date, then
   * `count` more of them.
   */
  function addSchoolDaysByHand(cal: SchoolCalendar, date: string, count: number): string {
    const counts = (d: string) => d > cal.endsOn || (d >= cal.startsOn && !isWeekend(d) && !cal.breaks.some((b) => b.startsOn <= d && d <= b.endsOn));
    let d = date;
    while (!counts(d)) d = addDays(d, 1);
    for (let left = count; left > 0; left--) {
      d = addDays(d, 1);
      while (!counts(d)) d = addDays(d, 1);
    }
    return d;
  }

  it('agrees with the rule counted by hand, for any date around the year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 340 }), fc.integer({ min: 0, max: 40 }), (offset, n) => {
        const start = addDays('2026-08-17', offset);
        expect(addSchoolDays(calendar, start, n)).toBe(addSchoolDaysByHand(calendar, start, n));
      }),
      { numRuns: 300 },
    );
  });

  it('never gives an earlier deadline for a later start, and one more day is always a later date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 340 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 30 }), (offset, later, n) => {
        const start = addDays('2026-08-17', offset);
        expect(addSchoolDays(calendar, addDays(start, later), n) >= addSchoolDays(calendar, start, n)).toBe(true);
        expect(addSchoolDays(calendar, start, n + 1) > addSchoolDays(calendar, start, n)).toBe(true);
      }),
    );
  });
});
