import { describe, expect, it } from 'vitest';
import { absenceTotals } from '../absence-totals.js';
import { absenceTypes, type AbsenceType } from '../vocabulary.js';
import {
  dayAbsences,
  lessonAbsences,
  lessonsANoticeCovers,
  noticeAbsenceType,
  noticeForDay,
  noticeForLesson,
  recordsANoticeCovers,
  registerStatus,
  typesANoticeCovers,
  noticeTypes,
  wholeDayLessons,
  type RecordedThatDay,
} from './absence-from-registration.js';

const recorded = (entries: Record<string, RecordedThatDay>) => new Map(Object.entries(entries));

describe('lessonAbsences', () => {
  it('records nothing for a student present', () => {
    expect(lessonAbsences([{ studentId: 'a', status: 'tilstede' }], new Map())).toEqual([]);
  });

  it('makes absence ikke_mott and a late arrival forsentkomming with its minutes and no lesson missed', () => {
    expect(lessonAbsences([{ studentId: 'a', status: 'fravaer' }, { studentId: 'b', status: 'forsent', minutesLate: 12 }], new Map())).toEqual([
      { studentId: 'a', hours: 1, minutesLate: null, type: 'ikke_mott', cause: null, noticeFromHome: false },
      { studentId: 'b', hours: 0, minutesLate: 12, type: 'forsentkomming', cause: null, noticeFromHome: false },
    ]);
  });

  it('keeps a notice already given for the lesson with it', () => {
    const day = recorded({ a: { awayAllDay: false, notice: { type: 'dokumentert', cause: 'Tannlege' } }, b: { awayAllDay: false, notice: { type: 'udokumentert', cause: 'Sov over' } } });
    expect(lessonAbsences([{ studentId: 'a', status: 'fravaer' }, { studentId: 'b', status: 'forsent', minutesLate: 5 }], day)).toEqual([
      { studentId: 'a', hours: 1, minutesLate: null, type: 'dokumentert', cause: 'Tannlege', noticeFromHome: true },
      { studentId: 'b', hours: 0, minutesLate: 5, type: 'forsentkomming', cause: 'Sov over', noticeFromHome: true },
    ]);
  });

  it('leaves a lesson of a day already recorded as a whole day to the day', () => {
    expect(lessonAbsences([{ studentId: 'a', status: 'fravaer' }], recorded({ a: { awayAllDay: true, notice: null } }))).toEqual([]);
  });
});

describe('registerStatus', () => {
  it('reads a lesson’s records back as the register shows them', () => {
    expect(registerStatus(true, undefined)).toBe('fravaer');
    expect(registerStatus(true, { type: 'forsentkomming' })).toBe('fravaer');
    expect(registerStatus(false, undefined)).toBe('tilstede');
    expect(registerStatus(false, { type: 'forsentkomming' })).toBe('forsent');
    expect(registerStatus(false, { type: 'dokumentert' })).toBe('fravaer');
  });

  it('reads what lessonAbsences writes as the status it was written from', () => {
    for (const status of ['fravaer', 'forsent'] as const) {
      const [written] = lessonAbsences([{ studentId: 'a', status, minutesLate: 3 }], new Map());
      expect(registerStatus(false, written)).toBe(status);
    }
  });
});

describe('a notice from home', () => {
  it('is dokumentert when documented, else udokumentert', () => {
    expect(noticeAbsenceType(true)).toBe('dokumentert');
    expect(noticeAbsenceType(false)).toBe('udokumentert');
  });

  it('changes every kind of lesson record but a late arrival', () => {
    expect([...typesANoticeCovers, 'forsentkomming'].sort()).toEqual([...absenceTypes].sort());
    expect(typesANoticeCovers).not.toContain('forsentkomming');
  });

  it('counts a whole day as the day’s lessons, at least one', () => {
    expect(wholeDayLessons(6)).toBe(6);
    expect(wholeDayLessons(0)).toBe(1);
  });
});

describe('type and cause at registration', () => {
  it('takes the type and cause the teacher knows, for absence but not for a late arrival', () => {
    expect(
      lessonAbsences(
        [
          { studentId: 'a', status: 'fravaer', type: 'sykdom', cause: ' Syk ' },
          { studentId: 'b', status: 'forsent', minutesLate: 5, type: 'dokumentert', cause: 'Buss' },
          { studentId: 'c', status: 'fravaer', type: null, cause: '' },
        ],
        new Map(),
      ),
    ).toEqual([
      { studentId: 'a', hours: 1, minutesLate: null, type: 'sykdom', cause: 'Syk', noticeFromHome: false },
      { studentId: 'b', hours: 0, minutesLate: 5, type: 'forsentkomming', cause: null, noticeFromHome: false },
      { studentId: 'c', hours: 1, minutesLate: null, type: 'ikke_mott', cause: null, noticeFromHome: false },
    ]);
  });
});

describe('recordsANoticeCovers', () => {
  const day = [
    { id: 'l1', scope: 'time' as const, lessonNumber: 1, type: 'ikke_mott' as const },
    { id: 'l2', scope: 'time' as const, lessonNumber: 2, type: 'forsentkomming' as const },
    { id: 'l3', scope: 'time' as const, lessonNumber: 3, type: 'ikke_mott' as const },
  ];

  it('covers every absence registered that day when it names no lessons, late arrivals apart', () => {
    expect(recordsANoticeCovers(day, undefined)).toEqual(['l1', 'l3']);
    expect(recordsANoticeCovers([...day, { id: 'd', scope: 'dag', lessonNumber: null, type: 'ikke_mott' }], [])).toEqual(['l1', 'l3', 'd']);
  });

  it('covers only the lessons it names', () => {
    expect(recordsANoticeCovers(day, [3, 4])).toEqual(['l3']);
  });

  it('covers nothing on a day without registered absence: a notice adds none', () => {
    expect(recordsANoticeCovers([], undefined)).toEqual([]);
  });
});

describe('dayAbsences', () => {
  it('makes one whole-day record per student away, counting the student\'s lessons', () => {
    const lessons = new Map([['a', 6], ['b', 0]]);
    const notices = new Map([['b', { type: 'dokumentert' as const, cause: 'Lege' }]]);
    expect(
      dayAbsences(
        [
          { studentId: 'a', status: 'fravaer' },
          { studentId: 'b', status: 'fravaer' },
          { studentId: 'c', status: 'tilstede' },
          { studentId: 'd', status: 'fravaer', type: 'permisjon', cause: 'Konfirmasjon' },
        ],
        lessons,
        notices,
      ),
    ).toEqual([
      { studentId: 'a', hours: 6, type: 'ikke_mott', cause: null, noticeFromHome: false },
      { studentId: 'b', hours: 1, type: 'dokumentert', cause: 'Lege', noticeFromHome: true },
      { studentId: 'd', hours: 1, type: 'permisjon', cause: 'Konfirmasjon', noticeFromHome: false },
    ]);
  });
});

describe('a notice given before the register is taken', () => {
  const records = [
    { id: 'r2', scope: 'time' as const, lessonNumber: 2, type: 'ikke_mott' as const },
    { id: 'r3', scope: 'time' as const, lessonNumber: 3, type: 'forsentkomming' as const },
    { id: 'r5', scope: 'time' as const, lessonNumber: 5, type: 'ikke_mott' as const },
  ];

  it('is kept for the lessons it names, else the lessons already registered absent, else the whole day', () => {
    expect(lessonsANoticeCovers(records, recordsANoticeCovers(records, [4, 1, 4]), [4, 1, 4])).toEqual([1, 4]);
    expect(lessonsANoticeCovers(records, recordsANoticeCovers(records, undefined), undefined)).toEqual([2, 5]);
    expect(lessonsANoticeCovers([], [], undefined)).toBeNull();
    // A late arrival is no absence a notice covers: nothing absent yet, so the whole day.
    expect(lessonsANoticeCovers([records[1]!], recordsANoticeCovers([records[1]!], undefined), undefined)).toBeNull();
    const day = [{ id: 'd', scope: 'dag' as const, lessonNumber: null, type: 'ikke_mott' as const }];
    expect(lessonsANoticeCovers(day, recordsANoticeCovers(day, undefined), undefined)).toBeNull();
  });

  it('gives a lesson registered absent later the notice naming it, else the whole day\'s, the newest first', () => {
    const notices = [
      { lessons: [2], type: 'dokumentert' as const, cause: 'Tannlege' },
      { lessons: null, type: 'udokumentert' as const, cause: 'Syk' },
      { lessons: null, type: 'dokumentert' as const, cause: 'Eldre' },
    ];
    expect(noticeForLesson(notices, 2)).toEqual({ type: 'dokumentert', cause: 'Tannlege' });
    expect(noticeForLesson(notices, 4)).toEqual({ type: 'udokumentert', cause: 'Syk' });
    expect(noticeForLesson([notices[0]!], 4)).toBeNull();
    expect(noticeForDay(notices)).toEqual({ type: 'udokumentert', cause: 'Syk' });
    expect(noticeForDay([notices[0]!])).toBeNull();

    const notice = noticeForLesson(notices, 4);
    const day = recorded({ a: { awayAllDay: false, notice }, b: { awayAllDay: false, notice } });
    expect(lessonAbsences([{ studentId: 'a', status: 'fravaer' }, { studentId: 'b', status: 'tilstede' }], day)).toEqual([
      { studentId: 'a', hours: 1, minutesLate: null, type: 'udokumentert', cause: 'Syk', noticeFromHome: true },
    ]);
  });
});

describe('what a register becomes in the absence figures', () => {
  const on = (date: string, scope: 'time' | 'dag', r: { hours: number; type: AbsenceType }) => ({ date, scope, hours: r.hours, type: r.type });

  it('makes one missed lesson one lesson of absence, not a whole day', () => {
    const [missed] = lessonAbsences([{ studentId: 'a', status: 'fravaer' }], new Map());
    expect(absenceTotals([on('2026-11-23', 'time', missed!)])).toEqual({ days: 0, hours: 1, lessonsMissed: 1, undocumentedHours: 1, lateArrivals: 0 });
  });

  it('makes a late arrival no lesson missed at all', () => {
    const [late] = lessonAbsences([{ studentId: 'a', status: 'forsent', minutesLate: 20 }], new Map());
    expect(absenceTotals([on('2026-11-23', 'time', late!)])).toEqual({ days: 0, hours: 0, lessonsMissed: 0, undocumentedHours: 0, lateArrivals: 1 });
  });

  it('makes a day away in the day register one whole day of the day’s lessons', () => {
    const [away] = dayAbsences([{ studentId: 'a', status: 'fravaer' }], new Map([['a', 6]]), new Map());
    expect(absenceTotals([on('2026-11-23', 'dag', away!)])).toEqual({ days: 1, hours: 0, lessonsMissed: 6, undocumentedHours: 6, lateArrivals: 0 });
  });

  it('counts the lessons of a day missed one by one as lessons, however many', () => {
    const lessons = [1, 2, 3, 4, 5, 6].map(() => lessonAbsences([{ studentId: 'a', status: 'fravaer', type: 'sykdom' }], new Map())[0]!);
    expect(absenceTotals(lessons.map((l) => on('2026-11-23', 'time', l)))).toEqual({ days: 0, hours: 6, lessonsMissed: 6, undocumentedHours: 0, lateArrivals: 0 });
  });
});

describe('lessonAbsences, the details of a mark', () => {
  it('keeps the minutes only for a late arrival, and none when the teacher gave none', () => {
    expect(lessonAbsences([{ studentId: 'a', status: 'forsent' }, { studentId: 'b', status: 'fravaer', minutesLate: 5 }], new Map())).toEqual([
      { studentId: 'a', hours: 0, minutesLate: null, type: 'forsentkomming', cause: null, noticeFromHome: false },
      { studentId: 'b', hours: 1, minutesLate: null, type: 'ikke_mott', cause: null, noticeFromHome: false },
    ]);
  });

  it('does not make an absence a late arrival by its type, and prefers the teacher’s type and cause to the notice’s', () => {
    const notice = recorded({ a: { awayAllDay: false, notice: { type: 'udokumentert', cause: 'Ringte' } }, b: { awayAllDay: false, notice: { type: 'udokumentert', cause: 'Ringte' } } });
    expect(
      lessonAbsences(
        [
          { studentId: 'a', status: 'fravaer', type: 'forsentkomming', cause: '  ' },
          { studentId: 'b', status: 'fravaer', type: 'sykdom', cause: 'Feber' },
          { studentId: 'c', status: 'fravaer', type: 'forsentkomming' },
        ],
        notice,
      ),
    ).toEqual([
      { studentId: 'a', hours: 1, minutesLate: null, type: 'udokumentert', cause: 'Ringte', noticeFromHome: true },
      { studentId: 'b', hours: 1, minutesLate: null, type: 'sykdom', cause: 'Feber', noticeFromHome: true },
      { studentId: 'c', hours: 1, minutesLate: null, type: 'ikke_mott', cause: null, noticeFromHome: false },
    ]);
  });

  it('leaves a late arrival to the day when the student is recorded away all day', () => {
    expect(lessonAbsences([{ studentId: 'a', status: 'forsent', minutesLate: 3 }], recorded({ a: { awayAllDay: true, notice: null } }))).toEqual([]);
  });
});

describe('the lessons a notice covers, the edges', () => {
  it('sorts the named lessons as numbers and names each once', () => {
    expect(lessonsANoticeCovers([], [], [10, 9, 2, 9])).toEqual([2, 9, 10]);
    const records = [10, 9, 2].map((n) => ({ id: `r${n}`, scope: 'time' as const, lessonNumber: n, type: 'ikke_mott' as const }));
    expect(lessonsANoticeCovers(records, ['r10', 'r9', 'r2'], [])).toEqual([2, 9, 10]);
    expect(lessonsANoticeCovers(records, ['r10', 'r2'], undefined)).toEqual([2, 10]);
  });

  it('covers the whole day when a covered record has no lesson number', () => {
    const records = [
      { id: 'a', scope: 'time' as const, lessonNumber: 2, type: 'ikke_mott' as const },
      { id: 'b', scope: 'time' as const, lessonNumber: null, type: 'ikke_mott' as const },
    ];
    expect(lessonsANoticeCovers(records, ['a', 'b'], undefined)).toBeNull();
    expect(lessonsANoticeCovers(records, ['a'], undefined)).toEqual([2]);
  });

  it('covers the whole day when a covered record is of the whole day, even one with a lesson number', () => {
    const records = [
      { id: 'a', scope: 'time' as const, lessonNumber: 2, type: 'ikke_mott' as const },
      { id: 'd', scope: 'dag' as const, lessonNumber: 1, type: 'ikke_mott' as const },
    ];
    expect(lessonsANoticeCovers(records, ['a', 'd'], undefined)).toBeNull();
  });

  it('does not cover a whole day or a lesson without a number when it names lessons', () => {
    const records = [
      { id: 'd', scope: 'dag' as const, lessonNumber: 2, type: 'ikke_mott' as const },
      { id: 'x', scope: 'time' as const, lessonNumber: null, type: 'ikke_mott' as const },
      { id: 'l', scope: 'time' as const, lessonNumber: 2, type: 'sykdom' as const },
    ];
    expect(recordsANoticeCovers(records, [2])).toEqual(['l']);
    expect(recordsANoticeCovers(records, [])).toEqual(['d', 'x', 'l']);
  });

  it('finds no notice for a lesson in a notice that names no lesson but is not for the whole day', () => {
    expect(noticeForLesson([{ lessons: [], type: 'dokumentert', cause: null }], 1)).toBeNull();
    expect(noticeForDay([{ lessons: [], type: 'dokumentert', cause: null }])).toBeNull();
    expect(noticeForLesson([{ lessons: [1, 3], type: 'dokumentert', cause: null }], 3)).toEqual({ type: 'dokumentert', cause: null });
  });
});

describe('dayAbsences, the details', () => {
  it('does not make a day away a late arrival, and trims the cause', () => {
    const notices = new Map([['b', { type: 'udokumentert' as const, cause: 'Ringte' }]]);
    expect(
      dayAbsences(
        [
          { studentId: 'a', status: 'fravaer', type: 'forsentkomming', cause: ' Syk ' },
          { studentId: 'b', status: 'fravaer', type: 'forsentkomming', cause: ' ' },
        ],
        new Map([['a', 5], ['b', 4]]),
        notices,
      ),
    ).toEqual([
      { studentId: 'a', hours: 5, type: 'ikke_mott', cause: 'Syk', noticeFromHome: false },
      { studentId: 'b', hours: 4, type: 'udokumentert', cause: 'Ringte', noticeFromHome: true },
    ]);
  });

  it('counts at least one lesson for a day with a timetable of one', () => {
    expect(wholeDayLessons(1)).toBe(1);
    expect(noticeTypes).toEqual(['dokumentert', 'udokumentert']);
  });
});
