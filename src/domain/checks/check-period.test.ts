import { describe, expect, it } from 'vitest';
import { facts, lesson, wholeDay } from '../identification/identification-fixtures.js';
import { chooseMonthlyCheck, choosePeriod, fullPeriod, halfMonthOf, isProtokollPeriod, isRecordOf, lookBack, monthlyCheckTypes, protokollReviewStatus, protokollStatusInTerm, weeklyCheckDays } from './check-period.js';

const terms = [
  { startsOn: '2026-08-17', endsOn: '2026-12-18' },
  { startsOn: '2027-01-04', endsOn: '2027-06-18' },
];
const today = '2026-11-25'; // a Wednesday

describe('fullPeriod', () => {
  it('gives the school week, the calendar month and the term', () => {
    expect(fullPeriod('ukesjekk', '2026-11-29', terms)).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    expect(fullPeriod('manedssjekk', '2026-02-10', terms)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(fullPeriod('manedssjekk', '2026-12-31', terms)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(fullPeriod('semestersjekk', '2026-09-01', terms)).toEqual({ from: '2026-08-17', to: '2026-12-18' });
    expect(fullPeriod('semestersjekk', '2026-12-28', terms)).toBeNull();
  });

  it('takes a Monday, a Saturday and a Sunday into the school week they belong to', () => {
    expect(fullPeriod('ukesjekk', '2026-11-23', terms)).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    expect(fullPeriod('ukesjekk', '2026-11-28', terms)).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    expect(fullPeriod('ukesjekk', '2026-11-22', terms)).toEqual({ from: '2026-11-16', to: '2026-11-20' });
  });

  it('ends each month on its last day, February of a leap year and the months of 30 days too', () => {
    expect(fullPeriod('manedssjekk', '2028-02-01', terms)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(fullPeriod('manedssjekk', '2026-09-30', terms)).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(fullPeriod('manedssjekk', '2026-01-31', terms)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('holds a term from its first to its last day', () => {
    expect(fullPeriod('semestersjekk', '2026-08-17', terms)).toEqual({ from: '2026-08-17', to: '2026-12-18' });
    expect(fullPeriod('semestersjekk', '2026-12-18', terms)).toEqual({ from: '2026-08-17', to: '2026-12-18' });
    expect(fullPeriod('semestersjekk', '2026-08-16', terms)).toBeNull();
    expect(fullPeriod('semestersjekk', '2026-12-19', terms)).toBeNull();
  });
});

describe('choosePeriod', () => {
  it('cuts the current period at today and offers no period that has not begun', () => {
    expect(choosePeriod('ukesjekk', undefined, today, terms)).toEqual({ from: '2026-11-23', to: '2026-11-25', previous: '2026-11-22', next: null, current: true });
    expect(choosePeriod('ukesjekk', '2027-03-01', today, terms)?.from).toBe('2026-11-23');
    expect(choosePeriod('ukesjekk', today, today, terms)).toEqual(choosePeriod('ukesjekk', undefined, today, terms));
  });

  it('moves to an earlier week and on to the Monday of the week after it', () => {
    expect(choosePeriod('ukesjekk', '2026-11-18', today, terms)).toEqual({ from: '2026-11-16', to: '2026-11-20', previous: '2026-11-15', next: '2026-11-23', current: false });
    // The next week's Monday is a date in the next week: choosing it opens that week, not this one again.
    expect(choosePeriod('ukesjekk', '2026-11-23', today, terms)?.from).toBe('2026-11-23');
  });

  it('on a Saturday, keeps the week just ended as the latest, all of it, with no next week yet', () => {
    expect(choosePeriod('ukesjekk', undefined, '2026-11-28', terms)).toEqual({ from: '2026-11-23', to: '2026-11-27', previous: '2026-11-22', next: null, current: false });
  });

  it('on the last day of a period, shows the whole period as the current one', () => {
    expect(choosePeriod('ukesjekk', undefined, '2026-11-27', terms)).toMatchObject({ from: '2026-11-23', to: '2026-11-27', current: true, next: null });
    expect(choosePeriod('semestersjekk', undefined, '2026-12-18', terms)).toMatchObject({ from: '2026-08-17', to: '2026-12-18', current: true, next: null });
  });

  it('offers the next period from the day it begins', () => {
    expect(choosePeriod('ukesjekk', '2026-11-18', '2026-11-23', terms)?.next).toBe('2026-11-23');
    expect(choosePeriod('ukesjekk', '2026-11-18', '2026-11-22', terms)?.next).toBeNull();
    expect(choosePeriod('semestersjekk', '2026-09-01', '2027-01-04', terms)?.next).toBe('2027-01-04');
    expect(choosePeriod('semestersjekk', '2026-09-01', '2027-01-03', terms)?.next).toBeNull();
  });

  it('steps between terms for the semester check, and between terms takes the one that ended last', () => {
    const spring = choosePeriod('semestersjekk', undefined, '2027-02-01', terms);
    expect(spring).toEqual({ from: '2027-01-04', to: '2027-02-01', previous: '2026-08-17', next: null, current: true });
    const autumn = choosePeriod('semestersjekk', '2026-09-01', '2027-02-01', terms);
    expect(autumn).toEqual({ from: '2026-08-17', to: '2026-12-18', previous: null, next: '2027-01-04', current: false });
    expect(choosePeriod('semestersjekk', undefined, '2026-12-28', terms)).toEqual({ from: '2026-08-17', to: '2026-12-18', previous: null, next: null, current: false });
  });

  it('finds the terms before and after whatever order the school year lists them in', () => {
    const threeTerms = [{ startsOn: '2027-08-16', endsOn: '2027-12-17' }, terms[0]!, terms[1]!];
    expect(choosePeriod('semestersjekk', '2027-09-01', '2027-09-01', threeTerms)?.previous).toBe('2027-01-04');
    expect(choosePeriod('semestersjekk', '2026-09-01', '2027-09-01', threeTerms)?.next).toBe('2027-01-04');
    expect(choosePeriod('semestersjekk', undefined, '2027-07-01', threeTerms)?.from).toBe('2027-01-04');
  });

  it('steps between terms that follow each other without a break', () => {
    const backToBack = [
      { startsOn: '2026-08-17', endsOn: '2026-12-31' },
      { startsOn: '2027-01-01', endsOn: '2027-06-18' },
    ];
    expect(choosePeriod('semestersjekk', '2026-09-01', '2027-02-01', backToBack)).toMatchObject({ from: '2026-08-17', next: '2027-01-01' });
    expect(choosePeriod('semestersjekk', undefined, '2027-01-01', backToBack)).toMatchObject({ from: '2027-01-01', previous: '2026-08-17' });
  });

  it('has no semester check before the first term begins', () => {
    expect(choosePeriod('semestersjekk', undefined, '2026-08-01', terms)).toBeNull();
    expect(choosePeriod('semestersjekk', undefined, '2026-08-01', [])).toBeNull();
  });
});

describe('lookBack: the window of a rule that looks back a number of days', () => {
  it('ends on the day itself and holds exactly that many days', () => {
    expect(lookBack('2026-11-23', 7)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(lookBack('2026-11-23', 31)).toEqual({ from: '2026-10-24', to: '2026-11-23' });
    expect(lookBack('2026-03-01', 1)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });
});

describe('chooseMonthlyCheck: the month chosen, the days its rule looks at', () => {
  it('looks at the 31 days up to today while the month runs, not only from the 1st', () => {
    expect(chooseMonthlyCheck(undefined, today, 31)).toEqual({ from: '2026-10-26', to: '2026-11-25', previous: '2026-10-31', next: null, current: true });
    // Early in a month the page still shows a month of absence.
    expect(chooseMonthlyCheck(undefined, '2026-12-02', 31)).toMatchObject({ from: '2026-11-02', to: '2026-12-02', current: true });
  });

  it('opens an earlier month at its last day: what the rule saw on that day', () => {
    expect(chooseMonthlyCheck('2026-10-15', today, 31)).toEqual({ from: '2026-10-01', to: '2026-10-31', previous: '2026-09-30', next: '2026-11-01', current: false });
    expect(chooseMonthlyCheck('2026-09-30', today, 31)).toEqual({ from: '2026-08-31', to: '2026-09-30', previous: '2026-08-31', next: '2026-10-01', current: false });
    expect(chooseMonthlyCheck('2026-02-01', today, 31)).toMatchObject({ from: '2026-01-29', to: '2026-02-28' });
  });

  it('takes the number of days from the rule, and offers no month that has not begun', () => {
    expect(chooseMonthlyCheck('2026-10-31', today, 7)).toMatchObject({ from: '2026-10-25', to: '2026-10-31' });
    expect(chooseMonthlyCheck('2027-01-10', today, 31)).toMatchObject({ to: today, next: null, current: true });
    expect(chooseMonthlyCheck('2026-10-31', '2026-11-01', 31).next).toBe('2026-11-01');
  });
});

describe('what the checks count', () => {
  it('the monthly check is about undocumented absence and absence not attended', () => {
    expect(monthlyCheckTypes).toEqual(['udokumentert', 'ikke_mott']);
  });

  it('the weekly check counts whole days this term of the types it counts: a whole-day record, or every lesson of a day', () => {
    const allLessons = [1, 2, 3, 4, 5, 6].map((n) => lesson('2026-11-18', n, 'ikke_mott', false));
    const absence = [wholeDay('2026-11-16', 'sykdom'), wholeDay('2026-11-17', 'dokumentert'), ...allLessons, lesson('2026-11-19', 1, 'sykdom'), wholeDay('2026-08-14', 'sykdom'), wholeDay('2026-11-24', 'sykdom')];
    const { days, records } = weeklyCheckDays(['sykdom', 'ikke_mott'], facts({ absence }));
    expect([...days].sort()).toEqual(['2026-11-16', '2026-11-18']);
    // Its evidence: the counted records of the term so far, whole days or not.
    expect(records.map((r) => r.id)).toEqual([absence[0]!.id, ...allLessons.map((r) => r.id), absence[8]!.id]);
  });
});

describe('the review of the absence record, twice a month', () => {
  it('splits a month at the 15th', () => {
    expect(halfMonthOf('2026-02-01')).toEqual({ from: '2026-02-01', to: '2026-02-15' });
    expect(halfMonthOf('2026-02-15')).toEqual({ from: '2026-02-01', to: '2026-02-15' });
    expect(halfMonthOf('2026-02-16')).toEqual({ from: '2026-02-16', to: '2026-02-28' });
    expect(halfMonthOf('2026-12-31')).toEqual({ from: '2026-12-16', to: '2026-12-31' });
  });

  it('calls a half overdue once it has ended without a review, and not before', () => {
    const since = '2026-11-01';
    expect(protokollReviewStatus([], since, '2026-11-15')).toEqual({ current: { from: '2026-11-01', to: '2026-11-15', done: false }, overdue: [] });
    expect(protokollReviewStatus([], since, '2026-11-16').overdue).toEqual([{ from: '2026-11-01', to: '2026-11-15' }]);
    const reviewed = [{ from: '2026-11-10', to: '2026-11-10' }];
    expect(protokollReviewStatus(reviewed, since, '2026-12-01')).toEqual({ current: { from: '2026-12-01', to: '2026-12-15', done: false }, overdue: [{ from: '2026-11-16', to: '2026-11-30' }] });
  });

  it('lets one review of a whole month cover both its halves', () => {
    expect(protokollReviewStatus([{ from: '2026-11-01', to: '2026-11-30' }], '2026-11-01', '2026-12-02').overdue).toEqual([]);
    expect(protokollReviewStatus([{ from: '2026-11-16', to: '2026-11-16' }], '2026-11-01', '2026-11-20').current.done).toBe(true);
  });
});

describe('the review of the absence record in a term', () => {
  const term = terms[0]!;

  it('counts the halves from the term’s first day, the half it began in too', () => {
    const status = protokollStatusInTerm([{ from: '2026-08-20', to: '2026-08-20' }], term, '2026-09-20');
    expect(status).toEqual({ current: { from: '2026-09-16', to: '2026-09-30', done: false }, overdue: [{ from: '2026-09-01', to: '2026-09-15' }] });
  });

  it('runs no half after the term’s last day: the holidays are not overdue, the half the term ended in still is', () => {
    const status = protokollStatusInTerm([], term, '2027-01-02');
    expect(status.current).toBeNull();
    expect(status.overdue.at(-1)).toEqual({ from: '2026-12-16', to: '2026-12-31' });
    expect(status.overdue).toHaveLength(9);
    // On the term's last day its half is still running.
    expect(protokollStatusInTerm([], term, '2026-12-18').current).toEqual({ from: '2026-12-16', to: '2026-12-31', done: false });
  });

  it('records a review only for the half running today, from a day that has come', () => {
    expect(isProtokollPeriod({ from: '2026-11-16', to: '2026-11-30' }, '2026-11-23')).toBe(true);
    expect(isProtokollPeriod({ from: '2026-11-23', to: '2026-11-23' }, '2026-11-23')).toBe(true);
    expect(isProtokollPeriod({ from: '2026-11-01', to: '2026-11-15' }, '2026-11-23')).toBe(false);
    expect(isProtokollPeriod({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-23')).toBe(false);
    expect(isProtokollPeriod({ from: '2026-11-24', to: '2026-11-30' }, '2026-11-23')).toBe(false);
    expect(isProtokollPeriod({ from: '2026-11-16', to: '2026-12-01' }, '2026-11-23')).toBe(false);
    expect(isProtokollPeriod({ from: '2026-11-20', to: '2026-11-18' }, '2026-11-23')).toBe(false);
  });
});

describe('isRecordOf', () => {
  it('takes a record touching a week, term or half-month as its check, and a Månedssjekk by the month its window ends in', () => {
    const week = { from: '2026-11-23', to: '2026-11-27' };
    expect(isRecordOf('ukesjekk', { from: '2026-11-23', to: '2026-11-27' }, week)).toBe(true);
    expect(isRecordOf('ukesjekk', { from: '2026-11-16', to: '2026-11-20' }, week)).toBe(false);
    const december = { from: '2026-12-01', to: '2026-12-31' };
    expect(isRecordOf('manedssjekk', { from: '2026-11-01', to: '2026-12-01' }, december)).toBe(true);
    expect(isRecordOf('manedssjekk', { from: '2026-10-31', to: '2026-11-30' }, december)).toBe(false);
  });
});
