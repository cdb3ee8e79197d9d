import { describe, expect, it } from 'vitest';
import { absenceTypes } from '../vocabulary.js';
import { lessonAbsences, noticeAbsenceType, registerStatus, typesANoticeCovers, wholeDayLessons, type RecordedThatDay } from './absence-from-registration.js';

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
