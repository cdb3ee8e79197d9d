import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { firstSchoolDay, placeBeforeStart, placeDate, placeInSchoolYear, planningDayBeforeStart, weekdaysBefore } from './wheel-dates.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [{ name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' }],
};

describe('dates of the school year', () => {
  it('keep a school day', () => {
    expect(placeInSchoolYear(calendar, '2026-09-25')).toEqual({ dueOn: '2026-09-25', moved: null });
  });

  it('move a weekend day forward to Monday', () => {
    expect(placeInSchoolYear(calendar, '2026-09-05')).toEqual({
      dueOn: '2026-09-07',
      moved: { from: '2026-09-05', to: '2026-09-07', direction: 'fram', because: 'helg', breakName: null },
    });
  });

  it('move a day of høstferie forward past the holiday, naming it', () => {
    expect(placeInSchoolYear(calendar, '2026-09-28').moved).toEqual({ from: '2026-09-28', to: '2026-10-05', direction: 'fram', because: 'fri', breakName: 'Høstferie' });
  });

  it('move a weekday before the year forward to the first school day, as outside the school year', () => {
    expect(placeInSchoolYear(calendar, '2026-08-14').moved).toEqual({ from: '2026-08-14', to: '2026-08-17', direction: 'fram', because: 'utenfor_skoleaaret', breakName: null });
  });
});

describe('dates before the start', () => {
  it('keep a weekday', () => {
    expect(placeBeforeStart('2026-08-14')).toEqual({ dueOn: '2026-08-14', moved: null });
  });

  it('move a Saturday and a Sunday back to the Friday', () => {
    expect(placeBeforeStart('2026-08-08')).toEqual({ dueOn: '2026-08-07', moved: { from: '2026-08-08', to: '2026-08-07', direction: 'tilbake', because: 'helg', breakName: null } });
    expect(placeBeforeStart('2026-08-09').dueOn).toBe('2026-08-07');
  });

  it('are told from the school year’s by the first school day', () => {
    expect(placeDate(calendar, '2026-08-16').dueOn).toBe('2026-08-14');
    expect(placeDate(calendar, '2026-08-17').dueOn).toBe('2026-08-17');
    expect(placeDate(calendar, '2026-08-22').dueOn).toBe('2026-08-24');
  });
});

describe('the days around the start', () => {
  it('finds the first school day', () => {
    expect(firstSchoolDay(calendar)).toBe('2026-08-17');
    expect(firstSchoolDay({ ...calendar, startsOn: '2026-08-16' })).toBe('2026-08-17');
  });

  it('counts weekdays back over weekends', () => {
    expect(weekdaysBefore('2026-08-17', 0)).toBe('2026-08-17');
    expect(weekdaysBefore('2026-08-17', 1)).toBe('2026-08-14');
    expect(weekdaysBefore('2026-08-18', 1)).toBe('2026-08-17');
    expect(weekdaysBefore('2026-08-17', 6)).toBe('2026-08-07');
  });

  it('takes the school’s planning day when it is a weekday before the start, else the working day before', () => {
    expect(planningDayBeforeStart(calendar, '2026-08-12')).toBe('2026-08-12');
    expect(planningDayBeforeStart(calendar, '2026-08-16')).toBe('2026-08-14');
    expect(planningDayBeforeStart(calendar, '2026-08-17')).toBe('2026-08-14');
    expect(planningDayBeforeStart(calendar, undefined)).toBe('2026-08-14');
  });
});
