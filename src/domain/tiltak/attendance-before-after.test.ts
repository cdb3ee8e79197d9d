import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AbsenceFact } from '../absence-totals.js';
import { addDays, schoolDaysBetween, type SchoolCalendar } from '../school-calendar.js';
import { attendanceBeforeAfter, improvementPoints, minWindowSchoolDays } from './attendance-before-after.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  ],
};
/** Six lessons every weekday. */
const sixADay = [0, 6, 6, 6, 6, 6, 0, 0];
const day = (date: string, hours = 6): AbsenceFact => ({ date, scope: 'dag', hours, type: 'udokumentert' });
const lessons = (date: string, hours: number): AbsenceFact => ({ date, scope: 'time', hours, type: 'dokumentert' });

describe('attendance before and after a plan', () => {
  it('compares the same number of school days on each side of the signing day, which is in neither', () => {
    // Signed Wednesday 11 November; evaluated the Wednesday after: five school days each side.
    const result = attendanceBeforeAfter({
      calendar,
      signedOn: '2026-11-11',
      endsOn: '2026-11-18',
      lessonsPerWeekday: sixADay,
      absence: [day('2026-11-05'), day('2026-11-09'), day('2026-11-11'), lessons('2026-11-13', 1), { date: '2026-11-16', scope: 'time', hours: 1, type: 'forsentkomming' }, day('2026-11-03')],
    });
    expect(result).toEqual({
      figure: true,
      windowSchoolDays: 5,
      before: { from: '2026-11-04', to: '2026-11-10', lessonsHeld: 30, lessonsMissed: 12, attendancePercent: 60 },
      after: { from: '2026-11-12', to: '2026-11-18', lessonsHeld: 30, lessonsMissed: 1, attendancePercent: 96.7 },
      changePoints: 36.7,
      outcome: 'improved',
    });
  });

  it('skips weekends and holidays: the before-window of a plan signed after høstferie reaches back over it', () => {
    const result = attendanceBeforeAfter({ calendar, signedOn: '2026-10-05', endsOn: '2026-10-12', lessonsPerWeekday: sixADay, absence: [day('2026-09-30'), day('2026-10-03'), day('2026-09-25')] });
    expect(result).toMatchObject({
      figure: true,
      windowSchoolDays: 5,
      // Absence registered in the break or on a Saturday is no lesson missed.
      before: { from: '2026-09-21', to: '2026-09-25', lessonsHeld: 30, lessonsMissed: 6, attendancePercent: 80 },
      after: { from: '2026-10-06', to: '2026-10-12', lessonsHeld: 30, lessonsMissed: 0, attendancePercent: 100 },
      changePoints: 20,
    });
  });

  it('gives no figure before the after-window has a week of school days', () => {
    // Tuesday to Friday after a Monday signing: four school days.
    expect(attendanceBeforeAfter({ calendar, signedOn: '2026-10-05', endsOn: '2026-10-09', lessonsPerWeekday: sixADay, absence: [] })).toEqual({ figure: false, reason: 'too_short', windowSchoolDays: 4 });
    // Evaluated on the signing day, or the end given before it.
    expect(attendanceBeforeAfter({ calendar, signedOn: '2026-10-05', endsOn: '2026-10-05', lessonsPerWeekday: sixADay, absence: [] })).toEqual({ figure: false, reason: 'too_short', windowSchoolDays: 0 });
    expect(attendanceBeforeAfter({ calendar, signedOn: '2026-10-05', endsOn: '2026-09-01', lessonsPerWeekday: sixADay, absence: [] })).toEqual({ figure: false, reason: 'too_short', windowSchoolDays: 0 });
    expect(minWindowSchoolDays).toBe(5);
  });

  it('cuts both windows to the school days of the year before the signing, and refuses fewer than a week', () => {
    // Signed on the third school day: two school days before it.
    expect(attendanceBeforeAfter({ calendar, signedOn: '2026-08-19', endsOn: '2026-10-30', lessonsPerWeekday: sixADay, absence: [] })).toEqual({ figure: false, reason: 'too_short', windowSchoolDays: 2 });
    // Signed on the sixth: the first week before it, and only the first five school days after it.
    const result = attendanceBeforeAfter({ calendar, signedOn: '2026-08-24', endsOn: '2026-10-30', lessonsPerWeekday: sixADay, absence: [] });
    expect(result).toMatchObject({ figure: true, windowSchoolDays: 5, before: { from: '2026-08-17', to: '2026-08-21' }, after: { from: '2026-08-25', to: '2026-08-31' } });
  });

  it('gives no figure for a student without lessons in the timetable', () => {
    expect(attendanceBeforeAfter({ calendar, signedOn: '2026-11-11', endsOn: '2026-11-18', lessonsPerWeekday: [0, 0, 0, 0, 0, 0, 0, 0], absence: [] })).toEqual({ figure: false, reason: 'no_timetable', windowSchoolDays: 5 });
    // Lessons on Mondays only, and the after-window of a Monday signing has no Monday in it.
    expect(attendanceBeforeAfter({ calendar, signedOn: '2026-11-09', endsOn: '2026-11-13', lessonsPerWeekday: [0, 6, 0, 0, 0, 0, 0, 0], absence: [] })).toMatchObject({ figure: false });
  });

  it('counts a whole day once, whatever single lessons say of it, and never more lessons than were held', () => {
    const result = attendanceBeforeAfter({
      calendar,
      signedOn: '2026-11-11',
      endsOn: '2026-11-18',
      lessonsPerWeekday: sixADay,
      absence: [day('2026-11-04'), lessons('2026-11-04', 2), day('2026-11-05', 9), day('2026-11-06'), day('2026-11-09'), day('2026-11-10'), lessons('2026-11-10', 3)],
    });
    expect(result).toMatchObject({ before: { lessonsHeld: 30, lessonsMissed: 30, attendancePercent: 0 } });
  });

  describe('the outcome at its edges', () => {
    // Ten lessons a day: 50 lessons in each five-day window; the missed lessons set the percent.
    const tenADay = [0, 10, 10, 10, 10, 10, 0, 0];
    const outcome = (missedBefore: number, missedAfter: number) =>
      attendanceBeforeAfter({
        calendar,
        signedOn: '2026-11-11',
        endsOn: '2026-11-18',
        lessonsPerWeekday: tenADay,
        absence: [lessons('2026-11-04', missedBefore), lessons('2026-11-12', missedAfter)].filter((r) => r.hours > 0),
      });

    it.each([
      [5, 2.5, 5, 'improved'], // 90 % → 95 %: up exactly five points
      [5, 2.55, 4.9, 'unchanged'], // 90 % → 94.9 %
      [2.5, 5, -5, 'worse'], // 95 % → 90 %
      [2.5, 4.95, -4.9, 'unchanged'], // 95 % → 90.1 %
      [2.5, 0, 5, 'improved'], // 95 % → 100 %: there was just room
      [2, 0, 4, 'no_room'], // 96 % → 100 %: could not rise five points
      [0, 0, 0, 'no_room'],
      [0, 2.5, -5, 'worse'], // 100 % → 95 %
      [50, 50, 0, 'unchanged'],
    ])('missing %s lessons before and %s after is %s points: %s', (before, after, change, expected) => {
      expect(outcome(before, after)).toMatchObject({ figure: true, changePoints: change, outcome: expected });
    });

    it('names five points', () => {
      expect(improvementPoints).toBe(5);
    });
  });

  it('always compares windows of equal school days, just around the signing day (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 320 }), fc.integer({ min: 0, max: 80 }), (offset, length) => {
        const signedOn = addDays('2026-08-10', offset);
        const endsOn = addDays(signedOn, length);
        const result = attendanceBeforeAfter({ calendar, signedOn, endsOn, lessonsPerWeekday: sixADay, absence: [] });
        if (!result.figure) {
          expect(result.reason).toBe('too_short');
          expect(result.windowSchoolDays).toBeLessThan(minWindowSchoolDays);
          return;
        }
        const { before, after, windowSchoolDays } = result;
        expect(schoolDaysBetween(calendar, before.from, before.to)).toHaveLength(windowSchoolDays);
        expect(schoolDaysBetween(calendar, after.from, after.to)).toHaveLength(windowSchoolDays);
        expect(before.to < signedOn && signedOn < after.from && after.to <= endsOn).toBe(true);
        // Nothing left out next to the signing day: no school day between the windows but the signing day itself.
        expect(schoolDaysBetween(calendar, addDays(before.to, 1), addDays(after.from, -1)).filter((d) => d !== signedOn)).toEqual([]);
        expect(before.lessonsHeld).toBe(6 * windowSchoolDays);
        expect(after.attendancePercent).toBe(100);
      }),
    );
  });
});
