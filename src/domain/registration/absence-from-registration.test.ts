import { describe, expect, it } from 'vitest';
import { absenceTypes } from '../vocabulary.js';
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
