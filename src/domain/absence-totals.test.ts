import { describe, expect, it } from 'vitest';
import { absenceTotals, isOverBorderline, lessonsHeld, lessonsMissed, type AbsenceFact } from './absence-totals.js';

const lesson = (date: string, type: AbsenceFact['type'] = 'sykdom', hours = 1): AbsenceFact => ({ date, scope: 'time', hours, type });
const day = (date: string, type: AbsenceFact['type'] = 'sykdom', hours = 6): AbsenceFact => ({ date, scope: 'dag', hours, type });

describe('absence totals', () => {
  it('counts whole days and single lessons apart, late arrivals on their own', () => {
    const totals = absenceTotals([
      day('2026-09-01'),
      day('2026-09-02', 'udokumentert'),
      lesson('2026-09-03'),
      lesson('2026-09-03', 'ikke_mott'),
      { date: '2026-09-04', scope: 'time', hours: 0, type: 'forsentkomming' },
    ]);
    expect(totals).toEqual({ days: 2, hours: 2, undocumentedHours: 7, lateArrivals: 1 });
  });

  it('counts a day recorded twice once', () => {
    expect(absenceTotals([day('2026-09-01'), day('2026-09-01')]).days).toBe(1);
  });

  it('finds the missed lessons, whole days included', () => {
    expect(lessonsMissed([day('2026-09-01', 'sykdom', 7), lesson('2026-09-02'), { date: '2026-09-03', scope: 'time', hours: 0, type: 'forsentkomming' }])).toBe(8);
  });

  it('adds up the lessons held from the weekly timetable', () => {
    // Monday 2026-11-23 has 6 lessons, Tuesday 5.
    expect(lessonsHeld([0, 6, 5, 0, 0, 0, 0, 0], ['2026-11-23', '2026-11-24', '2026-11-25'])).toBe(11);
  });

  it('puts the borderline at 3 days or 9 single hours', () => {
    expect(isOverBorderline({ days: 2, hours: 8, undocumentedHours: 0, lateArrivals: 0 })).toBe(false);
    expect(isOverBorderline({ days: 3, hours: 0, undocumentedHours: 0, lateArrivals: 0 })).toBe(true);
    expect(isOverBorderline({ days: 0, hours: 9, undocumentedHours: 0, lateArrivals: 0 })).toBe(true);
  });
});
