import { describe, expect, it } from 'vitest';
import { absenceTypes } from '../vocabulary.js';
import { graceCutoff, isNoticeTime, isSchoolDayOf, isWithoutNotice, osloMinuteOfDay, shouldTellHome, type DayRecord } from './same-day-rule.js';

const at = (iso: string) => new Date(iso);
const record = (over: Partial<DayRecord> = {}): DayRecord => ({ type: 'ikke_mott', noticeFromHome: false, registeredAt: at('2026-11-23T08:00:00+01:00'), ...over });

describe('which records show a student away without notice', () => {
  it('counts only "not met, no notice" without a notice from home', () => {
    const counted = absenceTypes.filter((type) => isWithoutNotice({ type, noticeFromHome: false }));
    expect(counted).toEqual(['ikke_mott']);
    expect(isWithoutNotice({ type: 'ikke_mott', noticeFromHome: true })).toBe(false);
  });

  it('leaves late arrivals and absence the teacher already knows the kind of alone', () => {
    for (const type of ['forsentkomming', 'sykdom', 'permisjon', 'dokumentert', 'udokumentert'] as const) expect(isWithoutNotice({ type, noticeFromHome: false })).toBe(false);
  });
});

describe('telling the home the same day', () => {
  const registered = at('2026-11-23T08:00:00+01:00');

  it('waits fifteen minutes after the register was taken', () => {
    expect(shouldTellHome([record({ registeredAt: registered })], false, at('2026-11-23T08:14:59+01:00'))).toBe(false);
    expect(shouldTellHome([record({ registeredAt: registered })], false, at('2026-11-23T08:15:00+01:00'))).toBe(true);
    expect(graceCutoff(at('2026-11-23T08:20:00+01:00')).toISOString()).toBe('2026-11-23T07:05:00.000Z');
  });

  it('tells once any record of the day is past its grace, though a later register is not', () => {
    const records = [record({ registeredAt: registered }), record({ registeredAt: at('2026-11-23T09:00:00+01:00') })];
    expect(shouldTellHome(records, false, at('2026-11-23T09:05:00+01:00'))).toBe(true);
  });

  it('says nothing when the home has told the school anything that day', () => {
    const now = at('2026-11-23T10:00:00+01:00');
    expect(shouldTellHome([record()], true, now)).toBe(false);
    expect(shouldTellHome([record(), record({ type: 'udokumentert', noticeFromHome: true })], false, now)).toBe(false);
  });

  it('says nothing for late arrivals or absence of a known kind', () => {
    const now = at('2026-11-23T10:00:00+01:00');
    expect(shouldTellHome([record({ type: 'forsentkomming' }), record({ type: 'sykdom' })], false, now)).toBe(false);
    expect(shouldTellHome([], false, now)).toBe(false);
  });
});

describe('the hours of same-day notices', () => {
  it('are 07:00 to 16:00 in Norway, winter and summer', () => {
    expect(isNoticeTime(at('2026-11-23T06:59:00+01:00'))).toBe(false);
    expect(isNoticeTime(at('2026-11-23T07:00:00+01:00'))).toBe(true);
    expect(isNoticeTime(at('2026-11-23T15:59:00+01:00'))).toBe(true);
    expect(isNoticeTime(at('2026-11-23T16:00:00+01:00'))).toBe(false);
    expect(isNoticeTime(at('2026-06-15T05:30:00Z'))).toBe(true);
    expect(isNoticeTime(at('2026-06-15T14:30:00Z'))).toBe(false);
    expect(osloMinuteOfDay(at('2026-06-15T05:30:00Z'))).toBe(7 * 60 + 30);
  });

  it('are on weekdays only, by the day in Norway', () => {
    expect(isNoticeTime(at('2026-11-28T10:00:00+01:00'))).toBe(false);
    expect(isNoticeTime(at('2026-11-29T10:00:00+01:00'))).toBe(false);
    expect(isNoticeTime(at('2026-11-27T10:00:00+01:00'))).toBe(true);
  });
});

describe('the school days of same-day notices', () => {
  const calendar = { startsOn: '2026-08-17', endsOn: '2027-06-18', breaks: [{ name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' }] };

  it('leaves out the school\'s breaks and weekends', () => {
    expect(isSchoolDayOf(calendar, '2026-11-23')).toBe(true);
    expect(isSchoolDayOf(calendar, '2026-12-22')).toBe(false);
    expect(isSchoolDayOf(calendar, '2026-11-28')).toBe(false);
  });

  it('counts weekdays where the school has no calendar for the day', () => {
    expect(isSchoolDayOf(undefined, '2026-12-22')).toBe(true);
    expect(isSchoolDayOf(calendar, '2027-06-21')).toBe(true);
    expect(isSchoolDayOf(undefined, '2027-06-20')).toBe(false);
  });
});
