import { describe, expect, it } from 'vitest';
import type { WeeklyCheck } from '../../../shared/api';
import { studentsOverLimit, wholeDaysLimit } from './whole-days-limit';

type Student = WeeklyCheck['students'][number];

function student(id: string, wholeDaysThisTerm: number): Student {
  return {
    id,
    givenName: 'Elev',
    familyName: id,
    lessonsMissedThisWeek: 0,
    lateArrivalsThisWeek: 0,
    wholeDaysThisTerm,
    withoutNoticeThisWeek: 0,
    siblingsSameDays: [],
    signal: { level: 'gronn', flags: [] },
  };
}

function check(fromDays: number, students: Student[]): WeeklyCheck {
  return { group: { id: 'g', name: '8A' }, week: { from: '2026-11-30', to: '2026-12-04' }, fromDays, students };
}

describe('the weekly check limit', () => {
  it("is the profile's threshold the server sends, also when no student has a weekly-check flag", () => {
    const week = check(10, [student('a', 8), student('b', 9), student('c', 10)]);
    expect(wholeDaysLimit(week)).toBe(10);
    expect(studentsOverLimit(week).map((s) => s.id)).toEqual(['c']);
  });

  it('counts a student at the threshold (from, not above)', () => {
    const week = check(3, [student('a', 2), student('b', 3), student('c', 4)]);
    expect(studentsOverLimit(week).map((s) => s.id)).toEqual(['b', 'c']);
  });
});
