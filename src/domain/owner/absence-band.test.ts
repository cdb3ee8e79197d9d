import { describe, expect, it } from 'vitest';
import { absenceBand, absenceShare, bandsOfConcern } from './absence-band.js';

describe('absenceBand', () => {
  it('puts a share at an edge in the band above it', () => {
    expect(absenceBand(0)).toBe('under_5');
    expect(absenceBand(0.0499)).toBe('under_5');
    expect(absenceBand(0.05)).toBe('fra_5');
    expect(absenceBand(0.0999)).toBe('fra_5');
    expect(absenceBand(0.1)).toBe('fra_10');
    expect(absenceBand(0.1999)).toBe('fra_10');
    expect(absenceBand(0.2)).toBe('fra_20');
    expect(absenceBand(1)).toBe('fra_20');
  });

  it('reads shares worked out from lessons at the edges as their band', () => {
    // 3, 6 and 12 lessons of 60 are exactly 5, 10 and 20 %; one lesson fewer is the band below.
    const share = (missed: number) => absenceShare({ lessonsMissed: missed, days: 0 }, { lessons: 60, schoolDays: 12 })!;
    expect([2.5, 3, 5.5, 6, 11.5, 12].map((m) => absenceBand(share(m)))).toEqual(['under_5', 'fra_5', 'fra_5', 'fra_10', 'fra_10', 'fra_20']);
    // 7 of 140 and 14 of 140: the same edges with another denominator.
    expect(absenceBand(7 / 140)).toBe('fra_5');
    expect(absenceBand(14 / 140)).toBe('fra_10');
  });

  it('shows the bands from 5 % only', () => {
    expect(bandsOfConcern).toEqual(['fra_5', 'fra_10', 'fra_20']);
  });
});

describe('absenceShare', () => {
  it('counts lessons missed over lessons held when the student has a timetable', () => {
    expect(absenceShare({ lessonsMissed: 12, days: 2 }, { lessons: 120, schoolDays: 20 })).toBe(0.1);
  });

  it('counts whole days over school days without a timetable', () => {
    expect(absenceShare({ lessonsMissed: 5, days: 1 }, { lessons: 0, schoolDays: 20 })).toBe(0.05);
    expect(absenceShare({ lessonsMissed: 5, days: 0 }, { lessons: 0, schoolDays: 20 })).toBe(0);
  });

  it('has no share before the first school day, and never more than the whole', () => {
    expect(absenceShare({ lessonsMissed: 0, days: 0 }, { lessons: 0, schoolDays: 0 })).toBeNull();
    expect(absenceShare({ lessonsMissed: 30, days: 5 }, { lessons: 20, schoolDays: 4 })).toBe(1);
    expect(absenceShare({ lessonsMissed: 0, days: 5 }, { lessons: 0, schoolDays: 4 })).toBe(1);
  });
});
