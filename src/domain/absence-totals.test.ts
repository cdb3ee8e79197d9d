import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absenceTotals, isOverBorderline, lessonsHeld, lessonsMissed, lessonsMissedBySubject, type AbsenceFact } from './absence-totals.js';
import { absenceTypes } from './vocabulary.js';

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
    expect(totals).toEqual({ days: 2, hours: 2, lessonsMissed: 14, undocumentedHours: 7, lateArrivals: 1 });
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
    expect(isOverBorderline({ days: 2, hours: 8, lessonsMissed: 0, undocumentedHours: 0, lateArrivals: 0 })).toBe(false);
    expect(isOverBorderline({ days: 3, hours: 0, lessonsMissed: 0, undocumentedHours: 0, lateArrivals: 0 })).toBe(true);
    expect(isOverBorderline({ days: 0, hours: 9, lessonsMissed: 0, undocumentedHours: 0, lateArrivals: 0 })).toBe(true);
  });

  it('lets a whole day cover the single lessons of the same date', () => {
    // The "1 day, 1 hour, 6 undocumented hours": now 6 lessons in all, 6 of them undocumented.
    const totals = absenceTotals([day('2026-09-01', 'ikke_mott', 5), lesson('2026-09-01', 'ikke_mott'), lesson('2026-09-02', 'ikke_mott')]);
    expect(totals).toEqual({ days: 1, hours: 1, lessonsMissed: 6, undocumentedHours: 6, lateArrivals: 0 });
  });

  it('counts a day per student when several students are summed', () => {
    const totals = absenceTotals([{ ...day('2026-09-01'), studentId: 'a' }, { ...day('2026-09-01'), studentId: 'b' }]);
    expect(totals.days).toBe(2);
    expect(totals.lessonsMissed).toBe(12);
  });
});

const dates = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
// The demo-like timetable: three subject groups over the week, lessons 1–n each day.
const timetable = [
  ...[1, 2, 3, 4, 5].flatMap((weekday) => [1, 2].map(() => ({ groupId: 'norsk', weekday }))),
  ...[1, 3, 5].flatMap((weekday) => [1, 2].map(() => ({ groupId: 'matte', weekday }))),
  ...[2, 4].map((weekday) => ({ groupId: 'engelsk', weekday })),
];
const lessonsOn = (date: string) => timetable.filter((s) => s.weekday === new Date(`${date}T12:00:00Z`).getUTCDay()).length;

const record = fc.record({
  studentId: fc.constantFrom('a', 'b'),
  date: fc.constantFrom(...dates),
  whole: fc.boolean(),
  type: fc.constantFrom(...absenceTypes),
  groupId: fc.constantFrom('norsk', 'matte', 'engelsk'),
});
const records = fc.array(record, { maxLength: 30 }).map((list) =>
  list.map((r): AbsenceFact & { groupId: string | null } => {
    const late = r.type === 'forsentkomming';
    // As registration writes them: a whole day counts the day's lessons of the timetable.
    return { studentId: r.studentId, date: r.date, scope: r.whole && !late ? 'dag' : 'time', hours: late ? 0 : r.whole ? lessonsOn(r.date) : 1, type: r.type, groupId: r.whole ? null : r.groupId };
  }),
);

describe('absence totals, for any records', () => {
  it('keep the figures consistent with each other', () => {
    fc.assert(
      fc.property(records, (list) => {
        const t = absenceTotals(list);
        expect(t.undocumentedHours).toBeLessThanOrEqual(t.lessonsMissed);
        expect(t.hours).toBeLessThanOrEqual(t.lessonsMissed);
        // The days' lessons are what is missed besides the single hours, at most a full day each.
        expect(t.lessonsMissed - t.hours).toBeLessThanOrEqual(t.days * Math.max(...dates.map(lessonsOn)));
        expect(t.days === 0).toBe(t.lessonsMissed === t.hours);
        expect(t.lateArrivals).toBe(list.filter((r) => r.type === 'forsentkomming').length);
        expect(lessonsMissed(list)).toBe(t.lessonsMissed);
      }),
    );
  });

  it('add up over students to the whole group', () => {
    fc.assert(
      fc.property(records, (list) => {
        const whole = absenceTotals(list);
        const parts = ['a', 'b'].map((s) => absenceTotals(list.filter((r) => r.studentId === s)));
        for (const key of ['days', 'hours', 'lessonsMissed', 'undocumentedHours', 'lateArrivals'] as const) {
          expect(parts.reduce((n, p) => n + p[key], 0)).toBeCloseTo(whole[key]);
        }
      }),
    );
  });

  it('add up over subjects to the lessons missed', () => {
    fc.assert(
      fc.property(records, (list) => {
        for (const student of ['a', 'b']) {
          // Lessons missed in a lesson that exists in the subject's timetable that day.
          const own = list.filter((r) => r.studentId === student);
          const bySubject = lessonsMissedBySubject(own, timetable);
          const sum = [...bySubject.values()].reduce((n, v) => n + v, 0);
          expect(sum).toBeCloseTo(absenceTotals(own).lessonsMissed);
        }
      }),
    );
  });
});
