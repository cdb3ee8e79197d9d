import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addSchoolDays, ageOn, isoWeekday, isSchoolDay, schoolDaysBetween, type SchoolCalendar } from './school-calendar.js';

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
});
