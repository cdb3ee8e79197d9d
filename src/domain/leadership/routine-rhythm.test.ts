import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../school-calendar.js';
import { buildRoutineRhythm, type RecordedCheck, type RoutineRhythmInput } from './routine-rhythm.js';

const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-10-05', endsOn: '2026-10-09' },
    { name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  ],
};
const terms = [
  { startsOn: '2026-08-17', endsOn: '2026-12-18' },
  { startsOn: '2027-01-04', endsOn: '2027-06-18' },
];
const classes = [
  { id: 'c8a', name: '8A' },
  { id: 'c8b', name: '8B' },
];
const rhythm = (today: string, records: RecordedCheck[] = [], openStaircaseCases: RoutineRhythmInput['openStaircaseCases'] = []) =>
  buildRoutineRhythm({ today, calendar, terms, classes, records, openStaircaseCases });
const check = (kind: RecordedCheck['kind'], periodFrom: string, periodTo: string, doneOn: string, groupId: string | null = null): RecordedCheck => ({ kind, groupId, periodFrom, periodTo, doneOn });

describe('the ukesjekk of each class', () => {
  it('is running this week until recorded, and missing for last week when nobody recorded it', () => {
    // Wednesday 25 November 2026.
    const { week } = rhythm('2026-11-25', [check('ukesjekk', '2026-11-16', '2026-11-20', '2026-11-20', 'c8a'), check('ukesjekk', '2026-11-23', '2026-11-25', '2026-11-25', 'c8b')]);
    expect(week.thisWeek).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    expect(week.lastWeek).toEqual({ from: '2026-11-16', to: '2026-11-20' });
    expect(week.classes.map((c) => [c.name, c.thisWeek.status, c.thisWeek.doneOn, c.lastWeek.status, c.lastWeek.doneOn])).toEqual([
      ['8A', 'pagar', null, 'gjort', '2026-11-20'],
      ['8B', 'gjort', '2026-11-25', 'mangler', null],
    ]);
  });

  it('counts a class’s own records only, not another class’s nor the school’s', () => {
    const { week } = rhythm('2026-11-25', [check('ukesjekk', '2026-11-23', '2026-11-27', '2026-11-24', 'c8b'), check('manedssjekk', '2026-10-26', '2026-11-25', '2026-11-25')]);
    expect(week.classes.find((c) => c.id === 'c8a')!.thisWeek.status).toBe('pagar');
  });

  it('asks nothing for a week without a school day, and calls the week missing once it has ended', () => {
    // Monday after the autumn break: last week had no school day.
    expect(rhythm('2026-10-12').week.classes[0]!.lastWeek.status).toBe('ingen_skoledager');
    // On Saturday the school week just past is this week, and it has ended.
    expect(rhythm('2026-11-28').week.classes[0]!.thisWeek).toMatchObject({ from: '2026-11-23', status: 'mangler' });
    // Friday: the week runs until its end.
    expect(rhythm('2026-11-27').week.classes[0]!.thisWeek.status).toBe('pagar');
  });

  it('counts a record for every week it touches, by a single day too, and for no week it does not touch', () => {
    // 8A's check runs from Friday 20 to Monday 23 November; 8B's only over the weekend between.
    const { week } = rhythm('2026-11-25', [check('ukesjekk', '2026-11-20', '2026-11-23', '2026-11-23', 'c8a'), check('ukesjekk', '2026-11-21', '2026-11-22', '2026-11-23', 'c8b')]);
    expect(week.classes.map((c) => [c.name, c.lastWeek.status, c.thisWeek.status])).toEqual([
      ['8A', 'gjort', 'gjort'],
      ['8B', 'mangler', 'pagar'],
    ]);
  });

  it('gives the latest day a week was recorded, when it was recorded twice', () => {
    const { week } = rhythm('2026-11-27', [check('ukesjekk', '2026-11-23', '2026-11-27', '2026-11-27', 'c8a'), check('ukesjekk', '2026-11-23', '2026-11-25', '2026-11-25', 'c8a')]);
    expect(week.classes[0]!.thisWeek.doneOn).toBe('2026-11-27');
  });
});

describe('the Månedssjekk', () => {
  it('is the month’s in which its period ends, though the days it looks back over begin the month before', () => {
    const november = check('manedssjekk', '2026-10-31', '2026-11-30', '2026-12-01');
    const { month } = rhythm('2026-12-02', [november]);
    expect(month.thisMonth).toEqual({ from: '2026-12-01', to: '2026-12-31', status: 'pagar', doneOn: null });
    expect(month.lastMonth).toEqual({ from: '2026-11-01', to: '2026-11-30', status: 'gjort', doneOn: '2026-12-01' });
    // Recorded while December runs (its period ends the day it was done): December's.
    expect(rhythm('2026-12-10', [check('manedssjekk', '2026-11-10', '2026-12-10', '2026-12-10')]).month).toMatchObject({ thisMonth: { status: 'gjort' }, lastMonth: { status: 'mangler' } });
  });

  it('is the new month’s when done on its first day, the days it looks back over ending that day', () => {
    const { month } = rhythm('2026-12-01', [check('manedssjekk', '2026-11-01', '2026-12-01', '2026-12-01')]);
    expect(month).toMatchObject({ thisMonth: { from: '2026-12-01', status: 'gjort' }, lastMonth: { from: '2026-11-01', status: 'mangler' } });
  });

  it('is done by a Månedssjekk only: a semester check held in the same month is not one', () => {
    // Friday 18 December 2026, the autumn term's last day: the semester check is held, the Månedssjekk not yet.
    const { month, semester } = rhythm('2026-12-18', [check('semestersjekk', '2026-08-17', '2026-12-18', '2026-12-18')]);
    expect(month.thisMonth.status).toBe('pagar');
    expect(semester!.thisTerm.status).toBe('gjort');
  });

  it('is the school’s: a record kept for a class is neither its Månedssjekk nor its semester check', () => {
    const { month, semester } = rhythm('2026-11-25', [check('manedssjekk', '2026-10-26', '2026-11-25', '2026-11-25', 'c8a'), check('semestersjekk', '2026-08-17', '2026-11-25', '2026-11-25', 'c8a')]);
    expect(month.thisMonth.status).toBe('pagar');
    expect(semester!.thisTerm.status).toBe('pagar');
  });

  it('asks nothing of July', () => {
    expect(rhythm('2026-08-20').month.lastMonth.status).toBe('ingen_skoledager');
  });
});

describe('the semester check', () => {
  it('runs through the term, and after it the term that ended is the one due', () => {
    expect(rhythm('2026-11-25').semester).toEqual({ thisTerm: { from: '2026-08-17', to: '2026-12-18', status: 'pagar', doneOn: null }, lastTerm: null });
    // In the Christmas holidays the autumn term has ended without its check.
    expect(rhythm('2026-12-28').semester!.thisTerm).toMatchObject({ from: '2026-08-17', status: 'mangler' });
    const autumn = check('semestersjekk', '2026-08-17', '2026-12-18', '2026-12-17');
    expect(rhythm('2027-01-11', [autumn]).semester).toMatchObject({ thisTerm: { from: '2027-01-04', status: 'pagar' }, lastTerm: { from: '2026-08-17', status: 'gjort', doneOn: '2026-12-17' } });
  });

  it('is not done by a Månedssjekk held in the term', () => {
    const { semester } = rhythm('2026-12-18', [check('manedssjekk', '2026-11-18', '2026-12-18', '2026-12-18')]);
    expect(semester!.thisTerm.status).toBe('pagar');
  });

  it('after the spring term, is the spring term’s, the autumn term’s the one before', () => {
    // The summer holidays: both terms have ended, the spring term last.
    const autumn = check('semestersjekk', '2026-08-17', '2026-12-18', '2026-12-17');
    expect(rhythm('2027-06-25', [autumn]).semester).toMatchObject({ thisTerm: { from: '2027-01-04', to: '2027-06-18', status: 'mangler' }, lastTerm: { from: '2026-08-17', status: 'gjort' } });
  });

  it('is none before the first term', () => {
    expect(buildRoutineRhythm({ today: '2026-08-10', calendar, terms, classes, records: [], openStaircaseCases: [] }).semester).toBeNull();
  });
});

describe('the staircase', () => {
  it('counts the open cases on every step, in the staircase’s order, and the overdue ones', () => {
    const { staircase } = rhythm('2026-11-25', [], [
      { step: 'kontakt', stepDueOn: '2026-11-26' },
      { step: 'kartlegging', stepDueOn: '2026-11-24' },
      { step: 'kartlegging', stepDueOn: '2026-11-25' },
      { step: 'evaluering', stepDueOn: '2026-11-20' },
    ]);
    expect(staircase.steps).toEqual([
      { step: 'kontakt', open: 1, overdue: 0 },
      { step: 'kartlegging', open: 2, overdue: 1 },
      { step: 'tiltak', open: 0, overdue: 0 },
      { step: 'evaluering', open: 1, overdue: 1 },
      { step: 'veien_videre', open: 0, overdue: 0 },
    ]);
    expect([staircase.open, staircase.overdue]).toEqual([4, 2]);
  });
});
