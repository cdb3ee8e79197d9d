import { describe, expect, it } from 'vitest';
import type { IsoDate, SchoolCalendar } from '../school-calendar.js';
import { findUnacted, type UnactedStudentFacts } from './find-unacted.js';

// 2026/27, as in find-pitfalls.test.ts: høstferie the week of 28 September, and Friday 13 November
// a planning day, so the school days after Tuesday 3 November run 4, 5, 6, 9, 10, 11, 12, 16 (8th).
const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Planleggingsdag', startsOn: '2026-11-13', endsOn: '2026-11-13' },
    { name: 'Juleferie', startsOn: '2026-12-19', endsOn: '2027-01-03' },
  ],
};

type ConfirmedFlag = UnactedStudentFacts['confirmedFlags'][number];

/** A grade flag raised on Monday 2 November and confirmed on Tuesday 3 November. */
const flag = (over: Partial<ConfirmedFlag> = {}): ConfirmedFlag => ({ id: 'f1', concern: 'karakterer', raisedOn: '2026-11-02', confirmedOn: '2026-11-03', ...over });

/** A student with that flag, and nothing done since. */
const student = (over: Partial<UnactedStudentFacts> = {}): UnactedStudentFacts => ({
  studentId: 's1',
  classId: '1STA',
  confirmedFlags: [flag()],
  cases: [],
  contactsOn: [],
  closerFollowUpsSetOn: [],
  ...over,
});

const unacted = (students: readonly UnactedStudentFacts[], today: IsoDate) => findUnacted(students, calendar, today);
const listed = (s: UnactedStudentFacts, today: IsoDate = '2026-11-16') => unacted([s], today).map((e) => e.studentId);

describe('the students nobody has acted on', () => {
  it('lists a confirmed flag with nothing done since, with the flag and the school days waited', () => {
    expect(unacted([student()], '2026-11-16')).toEqual([
      { studentId: 's1', classId: '1STA', flagId: 'f1', concern: 'karakterer', confirmedOn: '2026-11-03', flagIds: ['f1'], schoolDaysWaiting: 8 },
    ]);
  });

  it('lists nobody without a confirmed flag: a flag still new waits for a person’s judgement, not here', () => {
    expect(unacted([student({ confirmedFlags: [] })], '2026-11-16')).toEqual([]);
    expect(unacted([], '2026-11-16')).toEqual([]);
  });

  it('lists a flag from the day it was confirmed, not before', () => {
    expect(unacted([student()], '2026-11-03')).toEqual([expect.objectContaining({ flagId: 'f1', schoolDaysWaiting: 0 })]);
    expect(unacted([student()], '2026-11-02')).toEqual([]);
  });

  it('keeps a student without a class, and the flag’s concern', () => {
    const s = student({ classId: null, confirmedFlags: [flag({ concern: 'melding' })] });
    expect(unacted([s], '2026-11-16')).toEqual([expect.objectContaining({ classId: null, concern: 'melding' })]);
  });
});

describe('what counts as acting', () => {
  it('an open case, whenever it was opened', () => {
    expect(listed(student({ cases: [{ openedOn: '2026-08-20', closedOn: null }] }))).toEqual([]);
    expect(listed(student({ cases: [{ openedOn: '2026-11-10', closedOn: null }] }))).toEqual([]);
  });

  it('a case closed since, when it was opened on or after the day the flag was raised', () => {
    expect(listed(student({ cases: [{ openedOn: '2026-11-02', closedOn: '2026-11-10' }] }))).toEqual([]);
    expect(listed(student({ cases: [{ openedOn: '2026-11-01', closedOn: '2026-11-10' }] }))).toEqual(['s1']);
    expect(listed(student({ cases: [{ openedOn: '2026-09-01', closedOn: '2026-10-15' }] }))).toEqual(['s1']);
  });

  it('a contact from the day the flag was raised up to today, before the confirmation too', () => {
    expect(listed(student({ contactsOn: ['2026-11-02'] }))).toEqual([]);
    expect(listed(student({ contactsOn: ['2026-11-16'] }))).toEqual([]);
    expect(listed(student({ contactsOn: ['2026-11-01'] }))).toEqual(['s1']);
    expect(listed(student({ contactsOn: ['2026-11-17'] }))).toEqual(['s1']);
    expect(listed(student({ contactsOn: ['2026-11-01', '2026-11-17'] }))).toEqual(['s1']);
  });

  it('a closer-follow-up mark set on or after the day the flag was raised', () => {
    expect(listed(student({ closerFollowUpsSetOn: ['2026-11-02'] }))).toEqual([]);
    expect(listed(student({ closerFollowUpsSetOn: ['2026-11-10'] }))).toEqual([]);
    expect(listed(student({ closerFollowUpsSetOn: ['2026-11-01'] }))).toEqual(['s1']);
  });

  it('is judged flag by flag: what was done before a flag was raised does not answer it', () => {
    const s = student({
      contactsOn: ['2026-11-04'],
      confirmedFlags: [flag({ id: 'old', raisedOn: '2026-11-02', confirmedOn: '2026-11-02' }), flag({ id: 'new', concern: 'fravaersomfang', raisedOn: '2026-11-05', confirmedOn: '2026-11-06' })],
    });
    expect(unacted([s], '2026-11-16')).toEqual([
      { studentId: 's1', classId: '1STA', flagId: 'new', concern: 'fravaersomfang', confirmedOn: '2026-11-06', flagIds: ['new'], schoolDaysWaiting: 5 },
    ]);
  });
});

describe('the order', () => {
  it('gives a student’s oldest confirmation first, the flag id on a tie', () => {
    const s = student({
      confirmedFlags: [
        flag({ id: 'd', confirmedOn: '2026-11-09' }),
        flag({ id: 'b', concern: 'melding', confirmedOn: '2026-11-05' }),
        flag({ id: 'z', concern: 'fravaersmonster', confirmedOn: '2026-11-04' }),
        flag({ id: 'a', confirmedOn: '2026-11-05' }),
      ],
    });
    expect(unacted([s], '2026-11-16')).toEqual([
      { studentId: 's1', classId: '1STA', flagId: 'z', concern: 'fravaersmonster', confirmedOn: '2026-11-04', flagIds: ['z', 'a', 'b', 'd'], schoolDaysWaiting: 7 },
    ]);
    const tie = student({ confirmedFlags: [flag({ id: 'b', concern: 'melding' }), flag({ id: 'a' })] });
    expect(unacted([tie], '2026-11-16')[0]).toMatchObject({ flagId: 'a', concern: 'karakterer', flagIds: ['a', 'b'] });
  });

  it('leaves out a flag confirmed after today among the others', () => {
    const s = student({ confirmedFlags: [flag({ id: 'later', confirmedOn: '2026-11-17' }), flag({ id: 'now', confirmedOn: '2026-11-16' })] });
    expect(unacted([s], '2026-11-16')[0]).toMatchObject({ flagId: 'now', flagIds: ['now'] });
  });

  it('lists the students oldest first, the student id on a tie', () => {
    const students = [
      student({ studentId: 'c', confirmedFlags: [flag({ confirmedOn: '2026-11-05' })] }),
      student({ studentId: 'b', confirmedFlags: [flag({ confirmedOn: '2026-11-04' })] }),
      student({ studentId: 'a', confirmedFlags: [flag({ confirmedOn: '2026-11-05' })] }),
      student({ studentId: 'd', confirmedFlags: [flag({ confirmedOn: '2026-11-03' })], contactsOn: ['2026-11-03'] }),
    ];
    expect(unacted(students, '2026-11-16').map((e) => [e.studentId, e.confirmedOn])).toEqual([
      ['b', '2026-11-04'],
      ['a', '2026-11-05'],
      ['c', '2026-11-05'],
    ]);
  });
});

describe('the school days waited, counted as every deadline is', () => {
  const waited = (confirmedOn: IsoDate, today: IsoDate) => unacted([student({ confirmedFlags: [flag({ raisedOn: '2026-09-01', confirmedOn })] })], today)[0]!.schoolDaysWaiting;

  it('skips a weekend', () => {
    expect(waited('2026-11-06', '2026-11-07')).toBe(0);
    expect(waited('2026-11-06', '2026-11-08')).toBe(0);
    expect(waited('2026-11-06', '2026-11-09')).toBe(1);
  });

  it('skips the planning day and the høstferie', () => {
    expect(waited('2026-11-12', '2026-11-13')).toBe(0);
    expect(waited('2026-11-12', '2026-11-16')).toBe(1);
    expect(waited('2026-09-25', '2026-10-02')).toBe(0);
    expect(waited('2026-09-25', '2026-10-05')).toBe(1);
    expect(waited('2026-09-24', '2026-10-05')).toBe(2);
  });

  it('starts on the next school day for a flag confirmed on a day without school', () => {
    expect(waited('2026-11-07', '2026-11-09')).toBe(0);
    expect(waited('2026-11-07', '2026-11-10')).toBe(1);
    expect(waited('2026-09-29', '2026-10-06')).toBe(1);
  });
});
