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

describe('absence totals, at their edges', () => {
  it('lets a whole day replace the single lessons recorded before it on the same date', () => {
    expect(absenceTotals([lesson('2026-09-01', 'ikke_mott'), lesson('2026-09-01', 'ikke_mott'), day('2026-09-01', 'sykdom', 5)])).toEqual({
      days: 1,
      hours: 0,
      lessonsMissed: 5,
      undocumentedHours: 0,
      lateArrivals: 0,
    });
  });

  it('counts a day recorded twice by its larger figures, in either order', () => {
    const expected = { days: 1, hours: 0, lessonsMissed: 6, undocumentedHours: 6, lateArrivals: 0 };
    expect(absenceTotals([day('2026-09-01', 'sykdom', 4), day('2026-09-01', 'ikke_mott', 6)])).toEqual(expected);
    expect(absenceTotals([day('2026-09-01', 'ikke_mott', 6), day('2026-09-01', 'sykdom', 4)])).toEqual(expected);
    expect(absenceTotals([day('2026-09-01', 'udokumentert', 4), day('2026-09-01', 'dokumentert', 6)])).toEqual({ ...expected, undocumentedHours: 4 });
  });

  it('counts udokumentert and ikke_mott as undocumented, and nothing else', () => {
    const totals = absenceTotals(['dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'ikke_mott'].map((type, i) => lesson(`2026-09-0${i + 1}`, type as AbsenceFact['type'])));
    expect(totals).toEqual({ days: 0, hours: 5, lessonsMissed: 5, undocumentedHours: 2, lateArrivals: 0 });
  });

  it('keeps a late arrival on a whole day a late arrival, and no lesson', () => {
    expect(absenceTotals([day('2026-09-01'), { date: '2026-09-01', scope: 'time', hours: 0, type: 'forsentkomming' }])).toEqual({
      days: 1,
      hours: 0,
      lessonsMissed: 6,
      undocumentedHours: 0,
      lateArrivals: 1,
    });
  });

  it('gives parts of lessons to two decimals', () => {
    expect(absenceTotals([lesson('2026-09-01', 'ikke_mott', 0.1), lesson('2026-09-01', 'ikke_mott', 0.1), lesson('2026-09-02', 'ikke_mott', 0.1)])).toEqual({
      days: 0,
      hours: 0.3,
      lessonsMissed: 0.3,
      undocumentedHours: 0.3,
      lateArrivals: 0,
    });
  });

  it('holds no lessons on a weekday the timetable does not name', () => {
    // Saturday 28 November: not in a timetable that stops at Friday.
    expect(lessonsHeld([0, 6, 6, 6, 6, 4], ['2026-11-27', '2026-11-28'])).toBe(4);
  });

  it('counts the borderline exactly: 2 days and 8 hours are below it', () => {
    const none = { days: 0, hours: 0, lessonsMissed: 0, undocumentedHours: 0, lateArrivals: 0 };
    expect(isOverBorderline({ ...none, days: 2 })).toBe(false);
    expect(isOverBorderline({ ...none, hours: 8 })).toBe(false);
    expect(isOverBorderline({ ...none, days: 2, hours: 8.99 })).toBe(false);
    expect(isOverBorderline({ ...none, hours: 8, days: 3 })).toBe(true);
  });
});

describe('a late arrival recorded with hours', () => {
  it('is still no lesson missed, in the totals and in each subject', () => {
    // An imported late arrival may carry the part of the lesson it took; it is still not absence.
    const late = { date: '2026-11-23', scope: 'time' as const, hours: 1, type: 'forsentkomming' as const, groupId: 'norsk' };
    expect(absenceTotals([late])).toEqual({ days: 0, hours: 0, lessonsMissed: 0, undocumentedHours: 0, lateArrivals: 1 });
    expect(Object.fromEntries(lessonsMissedBySubject([late], [{ groupId: 'norsk', weekday: 1 }]))).toEqual({ norsk: 0 });
  });
});

describe('lessonsMissedBySubject, by hand', () => {
  // Monday: norsk twice, matte once; Tuesday: engelsk once.
  const week = [
    { groupId: 'norsk', weekday: 1 },
    { groupId: 'norsk', weekday: 1 },
    { groupId: 'matte', weekday: 1 },
    { groupId: 'engelsk', weekday: 2 },
  ];
  const single = (date: string, groupId: string | null, type: AbsenceFact['type'] = 'ikke_mott', hours = 1) => ({ date, scope: 'time' as const, hours, type, groupId });

  it('gives a whole day as each subject’s lessons that weekday, once however often it is recorded', () => {
    const bySubject = lessonsMissedBySubject([{ ...day('2026-11-23'), groupId: null }, { ...day('2026-11-23'), groupId: null }], week);
    expect(Object.fromEntries(bySubject)).toEqual({ norsk: 2, matte: 1, engelsk: 0 });
  });

  it('gives a single lesson to its subject, not again on a whole day, and not a late arrival', () => {
    const bySubject = lessonsMissedBySubject(
      [
        single('2026-11-24', 'engelsk'),
        single('2026-11-24', 'engelsk', 'sykdom', 0.5),
        single('2026-11-23', 'norsk'),
        { ...day('2026-11-23'), groupId: null },
        single('2026-11-25', 'matte', 'forsentkomming', 0),
        single('2026-11-25', null),
        single('2026-11-25', 'kroppsøving'),
      ],
      week,
    );
    expect(Object.fromEntries(bySubject)).toEqual({ norsk: 2, matte: 1, engelsk: 1.5, kroppsøving: 1 });
  });

  it('keeps one student’s whole day from covering another student’s lessons', () => {
    const bySubject = lessonsMissedBySubject([{ ...day('2026-11-23'), studentId: 'a', groupId: null }, { ...single('2026-11-23', 'norsk'), studentId: 'b' }], week);
    expect(Object.fromEntries(bySubject)).toEqual({ norsk: 3, matte: 1, engelsk: 0 });
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
