import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { buildWheel } from './build-wheel.js';
import { chooseReportRound, reportPeriod, reportRounds } from './choose-report-round.js';
import { editWheelMap, seedWheelMap } from './edit-wheel-map.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-19', endsOn: '2027-01-03' },
  ],
};
const terms = [
  { name: 'Høst', startsOn: '2026-08-17', endsOn: '2026-12-18' },
  { name: 'Vår', startsOn: '2027-01-04', endsOn: '2027-06-18' },
];
const wheel = buildWheel({ calendar });

describe('the rounds a report can be for', () => {
  it('are the three assessments, each with its kind, date and window', () => {
    expect(reportRounds(wheel, calendar, '2026-11-23')).toEqual([
      { round: 'midtveis_host', gradeKind: 'midtveis', assessmentOn: '2026-11-02', from: '2026-10-19', to: '2026-12-31', begun: true },
      { round: 'halvaar', gradeKind: 'halvaar', assessmentOn: '2027-01-15', from: '2027-01-01', to: '2027-03-17', begun: false },
      { round: 'midtveis_var', gradeKind: 'midtveis', assessmentOn: '2027-04-01', from: '2027-03-18', to: '2027-06-18', begun: false },
    ]);
  });

  it('have begun from the first day of their window', () => {
    expect(reportRounds(wheel, calendar, '2026-10-18')[0]!.begun).toBe(false);
    expect(reportRounds(wheel, calendar, '2026-10-19')[0]!.begun).toBe(true);
  });

  it('follow the school’s own date for an assessment', () => {
    const moved = editWheelMap(seedWheelMap, { baseVersion: 0, edits: [{ kind: 'flytt', activity: 'halvaarsvurdering', to: '2027-01-22' }] }, calendar);
    if (!moved.ok) throw new Error(moved.problem);
    const halvaar = reportRounds(buildWheel({ calendar, map: moved.map }), calendar, '2027-02-01')[1]!;
    expect(halvaar).toMatchObject({ assessmentOn: '2027-01-22', from: '2027-01-08' });
  });
});

describe('choosing the round', () => {
  const rounds = reportRounds(wheel, calendar, '2027-01-20');

  it('is the latest begun when none is asked for, and none before the first', () => {
    expect(chooseReportRound(rounds)).toEqual({ ok: true, round: rounds[1] });
    expect(chooseReportRound(reportRounds(wheel, calendar, '2026-09-01'))).toEqual({ ok: true, round: null });
  });

  it('is the one asked for once it has begun, and refused before', () => {
    expect(chooseReportRound(rounds, 'midtveis_host')).toEqual({ ok: true, round: rounds[0] });
    expect(chooseReportRound(rounds, 'midtveis_var')).toEqual({ ok: false, problem: 'not_begun' });
  });
});

describe('the absence a report shows', () => {
  it('is the term of a midterm so far, up to today', () => {
    expect(reportPeriod({ round: 'midtveis_host', assessmentOn: '2026-11-02' }, terms, '2026-11-23')).toEqual({ term: terms[0], from: '2026-08-17', to: '2026-11-23' });
    expect(reportPeriod({ round: 'midtveis_var', assessmentOn: '2027-04-01' }, terms, '2027-08-01')).toEqual({ term: terms[1], from: '2027-01-04', to: '2027-06-18' });
  });

  it('is the whole term before the half-year assessment, which closes it', () => {
    expect(reportPeriod({ round: 'halvaar', assessmentOn: '2027-01-15' }, terms, '2027-01-20')).toEqual({ term: terms[0], from: '2026-08-17', to: '2026-12-18' });
  });

  it('is none when the term has not begun or there is none', () => {
    expect(reportPeriod({ round: 'midtveis_var', assessmentOn: '2027-04-01' }, terms, '2027-01-03')).toBeNull();
    expect(reportPeriod({ round: 'midtveis_host', assessmentOn: '2026-11-02' }, [], '2026-11-23')).toBeNull();
  });
});
