import { describe, expect, it } from 'vitest';
import { addSchoolDays, schoolDaysBetween, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { PitfallFlagFact, PitfallStudentFacts } from './find-pitfalls.js';
import { implementationSteps, measureImplementation, type ImplementationFigures, type ImplementationStep, type WaitFigures } from './measure-implementation.js';

// 2026/27, as in find-pitfalls.test.ts: Friday 13 November is a planning day, so the school days
// after Monday 2 November run 3, 4, 5, 6, 9, 10, 11, 12, 16 (9th), 17 (10th), 18 (11th) … 25 (16th).
const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Planleggingsdag', startsOn: '2026-11-13', endsOn: '2026-11-13' },
    { name: 'Juleferie', startsOn: '2026-12-19', endsOn: '2027-01-03' },
  ],
};

const flag = (over: Partial<PitfallFlagFact> = {}): PitfallFlagFact => ({
  id: 'f1',
  ruleCode: 'karakter',
  raisedOn: '2026-11-02',
  evidenceOn: '2026-11-02',
  state: 'bekreftet',
  decidedOn: null,
  reason: null,
  reasonCode: null,
  ...over,
});

const student = (over: Partial<PitfallStudentFacts> = {}): PitfallStudentFacts => ({
  studentId: 's1',
  classId: '1STA',
  enrolledOn: null,
  leftOn: null,
  failedOn: null,
  flags: [],
  closerFollowUps: [],
  cases: [],
  mappings: [],
  followUpStarts: [],
  evaluations: [],
  ...over,
});

/** A student identified by a confirmed grade flag on Monday 2 November. */
const identified = (over: Partial<PitfallStudentFacts> = {}) => student({ flags: [flag()], ...over });

/** Identified on `on` by a confirmed grade flag. */
const identifiedOn = (on: IsoDate, over: Partial<PitfallStudentFacts> = {}) => student({ flags: [flag({ raisedOn: on, evidenceOn: on })], ...over });

/** The school day `n` school days after Monday 2 November. */
const after = (n: number): IsoDate => addSchoolDays(calendar, '2026-11-02', n);

/** The school day `n` school days before `today` (a school day). */
const before = (today: IsoDate, n: number): IsoDate => schoolDaysBetween(calendar, calendar.startsOn, today).at(-1 - n)!;

function measure(students: readonly PitfallStudentFacts[], today: IsoDate, classIds: readonly string[] = []) {
  return measureImplementation(students, { today, calendar, intakeIdentifiedBy: null }, classIds);
}
const school = (students: readonly PitfallStudentFacts[], today: IsoDate) => measure(students, today).school;

const noSteps: Record<ImplementationStep, string[]> = { identified: [], mapped: [], plan_signed: [], follow_up_started: [], evaluated: [], returned_with_effect: [] };
const noWait: WaitFigures = { done: 0, medianSchoolDays: null, worstSchoolDays: null, worstStudentId: null, worstOngoing: false, waiting: [], finishedDays: [] };
const empty = (students: number): ImplementationFigures => ({
  students,
  steps: noSteps,
  identificationToMapping: noWait,
  mappingToFollowUp: noWait,
  closerFollowUp: { studentIds: [], medianSchoolDays: null, longestSchoolDays: null },
});
const finished = (studentId: string, days: number): WaitFigures => ({ done: 1, medianSchoolDays: days, worstSchoolDays: days, worstStudentId: studentId, worstOngoing: false, waiting: [], finishedDays: [days] });
const ongoing = (studentId: string, days: number): WaitFigures => ({ done: 0, medianSchoolDays: null, worstSchoolDays: days, worstStudentId: studentId, worstOngoing: true, waiting: [studentId], finishedDays: [] });

describe('the funnel’s steps', () => {
  it('are the six steps, in the order a student passes them', () => {
    expect(implementationSteps).toEqual(['identified', 'mapped', 'plan_signed', 'follow_up_started', 'evaluated', 'returned_with_effect']);
  });

  it('are empty for a school without students, and for each class asked for', () => {
    const view = measure([], '2026-11-25', ['1STA']);
    expect(view.school).toEqual(empty(0));
    expect(view.classes).toEqual(new Map([['1STA', empty(0)]]));
  });

  it('count a student nobody identified among the students, at no step', () => {
    expect(school([student()], '2026-11-25')).toEqual(empty(1));
  });

  it('follow one student through the whole chain, with the waits between the steps', () => {
    const s = identified({
      mappings: [{ heldOn: '2026-11-05' }],
      plansSigned: [{ signedOn: '2026-11-09' }],
      followUpStarts: [{ startedOn: '2026-11-09' }],
      evaluations: [{ evaluatedOn: '2026-11-30', satisfactory: false }],
    });
    expect(school([s], '2026-12-01')).toEqual({
      students: 1,
      steps: { identified: ['s1'], mapped: ['s1'], plan_signed: ['s1'], follow_up_started: ['s1'], evaluated: ['s1'], returned_with_effect: [] },
      identificationToMapping: finished('s1', 3),
      mappingToFollowUp: finished('s1', 2),
      closerFollowUp: { studentIds: [], medianSchoolDays: null, longestSchoolDays: null },
    });
  });

  it('tell a plan signed from follow-up started by a case entering its measures', () => {
    const signedOnly = identified({ plansSigned: [{ signedOn: '2026-11-09' }] });
    expect(school([signedOnly], '2026-11-10').steps).toEqual({ ...noSteps, identified: ['s1'], plan_signed: ['s1'] });
    const caseMeasures = identified({ followUpStarts: [{ startedOn: '2026-11-09' }] });
    expect(school([caseMeasures], '2026-11-10').steps).toEqual({ ...noSteps, identified: ['s1'], follow_up_started: ['s1'] });
  });

  it('count an evaluation alone, satisfactory or not', () => {
    const s = identified({ evaluations: [{ evaluatedOn: '2026-11-30', satisfactory: true }] });
    expect(school([s], '2026-12-01').steps).toEqual({ ...noSteps, identified: ['s1'], evaluated: ['s1'] });
  });

  it('count only what happened in the episode up to today', () => {
    const s = identified({
      mappings: [{ heldOn: '2026-10-30' }, { heldOn: '2026-12-02' }],
      plansSigned: [{ signedOn: '2026-12-02' }],
      followUpStarts: [{ startedOn: '2026-10-30' }],
      evaluations: [{ evaluatedOn: '2026-12-02', satisfactory: true }],
    });
    expect(school([s], '2026-12-01').steps).toEqual({ ...noSteps, identified: ['s1'] });
  });
});

describe('who counts this school year', () => {
  it('not a student identified last school year whose concern is still open', () => {
    const s = identifiedOn('2026-06-10', { mappings: [{ heldOn: '2026-06-12' }] });
    expect(school([s], '2026-11-25')).toEqual(empty(1));
  });

  it('a student identified from the intake before the first school day, the wait counted from that day', () => {
    const s = student({ flags: [flag({ ruleCode: 'inntak_forsteonske', raisedOn: '2026-08-14', evidenceOn: '2026-07-01' })], mappings: [{ heldOn: '2026-08-20' }] });
    const figures = school([s], '2026-08-21');
    expect(figures.steps).toEqual({ ...noSteps, identified: ['s1'], mapped: ['s1'] });
    expect(figures.identificationToMapping).toEqual(finished('s1', 3));
  });

  it('from the first of July, when the søkerdata arrive: the summer after the last school year is the new year’s', () => {
    expect(school([identifiedOn('2026-07-01')], '2026-08-17').steps.identified).toEqual(['s1']);
    expect(school([identifiedOn('2026-06-30')], '2026-08-17').steps.identified).toEqual([]);
  });

  it('a student identified on the first school day, with the wait still going on', () => {
    expect(school([identifiedOn('2026-08-17')], '2026-08-20')).toEqual({ ...empty(1), steps: { ...noSteps, identified: ['s1'] }, identificationToMapping: ongoing('s1', 3) });
  });
});

describe('a student back in ordinary follow-up this year', () => {
  const effect = { id: 'c', kind: 'iko' as const, openedOn: '2026-09-02', closedOn: '2026-10-15', outcome: 'effekt' as const };
  /** Identified 1 September, mapped 8 September, followed up 14 September, back with effect 15 October. */
  const returned = (over: Partial<PitfallStudentFacts> = {}) =>
    student({
      flags: [flag({ raisedOn: '2026-09-01', evidenceOn: '2026-09-01', state: 'lost', decidedOn: '2026-10-15', reasonCode: 'iko_closed_with_effect' })],
      cases: [effect],
      mappings: [{ heldOn: '2026-09-08' }],
      plansSigned: [{ signedOn: '2026-09-14' }],
      followUpStarts: [{ startedOn: '2026-09-14' }],
      evaluations: [{ evaluatedOn: '2026-10-12', satisfactory: true }],
      ...over,
    });

  it('counts as returned with effect, with the steps and the waits of the episode that ended', () => {
    expect(school([returned()], '2026-11-25')).toEqual({
      students: 1,
      steps: { identified: ['s1'], mapped: ['s1'], plan_signed: ['s1'], follow_up_started: ['s1'], evaluated: ['s1'], returned_with_effect: ['s1'] },
      identificationToMapping: finished('s1', 5),
      mappingToFollowUp: finished('s1', 4),
      closerFollowUp: { studentIds: [], medianSchoolDays: null, longestSchoolDays: null },
    });
  });

  it('reads the ended episode up to the day before the return', () => {
    const s = returned({ evaluations: [{ evaluatedOn: '2026-10-14', satisfactory: true }, { evaluatedOn: '2026-10-16', satisfactory: true }] });
    expect(school([s], '2026-11-25').steps.evaluated).toEqual(['s1']);
    const later = returned({ evaluations: [{ evaluatedOn: '2026-10-16', satisfactory: true }] });
    expect(school([later], '2026-11-25').steps.evaluated).toEqual([]);
  });

  it('from the day of the return, not before', () => {
    const onToday = returned({ cases: [{ ...effect, closedOn: '2026-11-25' }] });
    expect(school([onToday], '2026-11-25').steps.returned_with_effect).toEqual(['s1']);
    // The day before, the case is still open: the student is counted by the current episode.
    const figures = school([onToday], '2026-11-24');
    expect(figures.steps.identified).toEqual(['s1']);
    expect(figures.steps.returned_with_effect).toEqual([]);
  });

  it('does not leave a step the ended episode never reached waiting', () => {
    const unmapped = returned({ mappings: [], plansSigned: [], followUpStarts: [], evaluations: [] });
    const figures = school([unmapped], '2026-11-25');
    expect(figures.steps).toEqual({ ...noSteps, identified: ['s1'], returned_with_effect: ['s1'] });
    expect(figures.identificationToMapping).toEqual(noWait);
    expect(figures.mappingToFollowUp).toEqual(noWait);
    const notFollowedUp = school([returned({ plansSigned: [], followUpStarts: [], evaluations: [] })], '2026-11-25');
    expect(notFollowedUp.identificationToMapping).toEqual(finished('s1', 5));
    expect(notFollowedUp.mappingToFollowUp).toEqual(noWait);
  });

  it('counts a closer-follow-up mark ended as a return', () => {
    const s = student({ closerFollowUps: [{ setOn: '2026-09-01', endedOn: '2026-10-15' }] });
    expect(school([s], '2026-11-25')).toEqual({ ...empty(1), steps: { ...noSteps, identified: ['s1'], returned_with_effect: ['s1'] } });
  });

  it('not a case closed without effect: the episode is counted, not as a return', () => {
    const s = returned({ cases: [{ ...effect, outcome: 'ikke_effekt' }] });
    const figures = school([s], '2026-11-25');
    expect(figures.steps.identified).toEqual(['s1']);
    expect(figures.steps.evaluated).toEqual(['s1']);
    expect(figures.steps.returned_with_effect).toEqual([]);
  });

  it('counts a return this year of an episode begun last year, not a return last year', () => {
    const lastYear = (closedOn: IsoDate) =>
      student({ flags: [flag({ raisedOn: '2026-05-04', evidenceOn: '2026-05-04' })], cases: [{ ...effect, openedOn: '2026-05-05', closedOn }] });
    expect(school([lastYear('2026-07-01')], '2026-11-25').steps).toEqual({ ...noSteps, identified: ['s1'], returned_with_effect: ['s1'] });
    expect(school([lastYear('2026-06-30')], '2026-11-25')).toEqual(empty(1));
  });

  it('not a return with nothing before it: a case opened and closed the same day', () => {
    const s = student({ cases: [{ ...effect, openedOn: '2026-10-15' }] });
    expect(school([s], '2026-11-25')).toEqual(empty(1));
  });

  it('counts a new episode after the return by itself: the old mapping does not map it', () => {
    const s = returned({ flags: [flag({ id: 'old', raisedOn: '2026-09-01', evidenceOn: '2026-09-01', state: 'lost', decidedOn: '2026-10-15', reason: 'Effekt' }), flag()] });
    expect(school([s], '2026-11-25')).toEqual({ ...empty(1), steps: { ...noSteps, identified: ['s1'] }, identificationToMapping: ongoing('s1', 16) });
  });
});

describe('the wait from identification to mapping', () => {
  it('is finished on the day of the mapping, counted in school days past the planning day', () => {
    expect(school([identified({ mappings: [{ heldOn: '2026-11-16' }] })], '2026-11-25').identificationToMapping).toEqual(finished('s1', 9));
    expect(school([identified({ mappings: [{ heldOn: '2026-11-02' }] })], '2026-11-25').identificationToMapping).toEqual(finished('s1', 0));
  });

  it('goes on, up to today, while the concern is open', () => {
    expect(school([identified()], '2026-11-24').identificationToMapping).toEqual(ongoing('s1', 15));
    expect(school([identified()], '2026-11-25').identificationToMapping).toEqual(ongoing('s1', 16));
  });

  it('starts on the next school day for a student identified on a weekend', () => {
    const s = student({ closerFollowUps: [{ setOn: '2026-11-07', endedOn: null }], mappings: [{ heldOn: '2026-11-10' }] });
    expect(school([s], '2026-11-10').identificationToMapping).toEqual(finished('s1', 1));
  });

  it('is none once the concern was settled without a mapping', () => {
    const s = identified({ flags: [flag({ state: 'lost', decidedOn: '2026-11-10', reason: 'Karakteren var feil' })] });
    const figures = school([s], '2026-11-25');
    expect(figures.steps.identified).toEqual(['s1']);
    expect(figures.identificationToMapping).toEqual(noWait);
  });

  it('is none when measures started without a mapping: nobody waits for it any more', () => {
    const figures = school([identified({ followUpStarts: [{ startedOn: '2026-11-10' }] })], '2026-11-25');
    expect(figures.identificationToMapping).toEqual(noWait);
    expect(figures.mappingToFollowUp).toEqual(noWait);
  });

  it('stops on the day a student left, as the chain does, and is shown as not finished', () => {
    const s = identified({ leftOn: '2026-11-20' });
    expect(school([s], '2026-11-30').identificationToMapping).toEqual(ongoing('s1', 13));
  });
});

describe('the wait from mapping to follow-up', () => {
  const mapped = (over: Partial<PitfallStudentFacts> = {}) => identified({ mappings: [{ heldOn: '2026-11-02' }], ...over });

  it('is finished on the day follow-up started', () => {
    expect(school([mapped({ followUpStarts: [{ startedOn: '2026-11-18' }] })], '2026-11-25').mappingToFollowUp).toEqual(finished('s1', 11));
    expect(school([mapped({ followUpStarts: [{ startedOn: '2026-11-02' }] })], '2026-11-25').mappingToFollowUp).toEqual(finished('s1', 0));
  });

  it('runs to the first start on or after the mapping', () => {
    const s = identified({ mappings: [{ heldOn: '2026-11-05' }], followUpStarts: [{ startedOn: '2026-11-12' }, { startedOn: '2026-11-03' }, { startedOn: '2026-11-10' }] });
    expect(school([s], '2026-11-25').mappingToFollowUp).toEqual(finished('s1', 3));
  });

  it('is none when every start came before the mapping', () => {
    const s = identified({ mappings: [{ heldOn: '2026-11-05' }], followUpStarts: [{ startedOn: '2026-11-03' }] });
    const figures = school([s], '2026-11-25');
    expect(figures.identificationToMapping).toEqual(finished('s1', 3));
    expect(figures.mappingToFollowUp).toEqual(noWait);
  });

  it('goes on, up to today, while the concern is open', () => {
    expect(school([mapped()], '2026-11-18').mappingToFollowUp).toEqual(ongoing('s1', 11));
  });

  it('is none before a mapping, and once the concern was settled', () => {
    expect(school([identified()], '2026-11-25').mappingToFollowUp).toEqual(noWait);
    const settled = mapped({ flags: [flag({ state: 'lost', decidedOn: '2026-11-10', reason: 'Ordnet' })] });
    expect(school([settled], '2026-11-25').mappingToFollowUp).toEqual(noWait);
  });
});

describe('the figures of many waits', () => {
  const today = '2026-12-01';
  const mappedAfter = (studentId: string, days: number) => identified({ studentId, mappings: [{ heldOn: after(days) }] });
  const waitingFor = (studentId: string, days: number) => identifiedOn(before(today, days), { studentId });

  it('give each finished wait, and their median by number: the middle one of an odd count', () => {
    const figures = school([mappedAfter('a', 10), mappedAfter('b', 9), mappedAfter('c', 2)], today).identificationToMapping;
    expect(figures).toEqual({ done: 3, medianSchoolDays: 9, worstSchoolDays: 10, worstStudentId: 'a', worstOngoing: false, waiting: [], finishedDays: [10, 9, 2] });
  });

  it('the mean of the middle two of an even count', () => {
    const figures = school([mappedAfter('a', 1), mappedAfter('b', 10), mappedAfter('c', 4), mappedAfter('d', 2)], today).identificationToMapping;
    expect(figures.medianSchoolDays).toBe(3);
    expect(figures.done).toBe(4);
    expect(figures.finishedDays).toEqual([1, 10, 4, 2]);
  });

  it('leave the waits still going on out of the median, but not out of the worst', () => {
    const figures = school([mappedAfter('a', 2), waitingFor('b', 20), mappedAfter('c', 4)], today).identificationToMapping;
    expect(figures).toEqual({ done: 2, medianSchoolDays: 3, worstSchoolDays: 20, worstStudentId: 'b', worstOngoing: true, waiting: ['b'], finishedDays: [2, 4] });
  });

  it('give the longest wait wherever it stands', () => {
    const figures = school([mappedAfter('a', 5), mappedAfter('b', 12), mappedAfter('c', 7)], today).identificationToMapping;
    expect([figures.worstSchoolDays, figures.worstStudentId, figures.worstOngoing]).toEqual([12, 'b', false]);
  });

  it('give the wait still going on as the worst on a tie: it can still be acted on', () => {
    const tie = school([mappedAfter('a', 7), waitingFor('b', 7)], today).identificationToMapping;
    expect(tie).toEqual({ done: 1, medianSchoolDays: 7, worstSchoolDays: 7, worstStudentId: 'b', worstOngoing: true, waiting: ['b'], finishedDays: [7] });
    const reversed = school([waitingFor('b', 7), mappedAfter('a', 7)], today).identificationToMapping;
    expect([reversed.worstStudentId, reversed.worstOngoing]).toEqual(['b', true]);
  });

  it('give a finished wait as the worst when it was longer than those going on', () => {
    const figures = school([waitingFor('b', 7), mappedAfter('a', 12), waitingFor('c', 3)], today).identificationToMapping;
    expect(figures).toEqual({ done: 1, medianSchoolDays: 12, worstSchoolDays: 12, worstStudentId: 'a', worstOngoing: false, waiting: ['b', 'c'], finishedDays: [12] });
  });
});

describe('closer follow-up today', () => {
  const marked = (setOn: IsoDate, endedOn: IsoDate | null = null, over: Partial<PitfallStudentFacts> = {}) => student({ closerFollowUps: [{ setOn, endedOn }], ...over });

  it('gives the students under a mark and how long it has run, in school days', () => {
    expect(school([marked('2026-11-02')], '2026-11-16').closerFollowUp).toEqual({ studentIds: ['s1'], medianSchoolDays: 9, longestSchoolDays: 9 });
  });

  it('counts a mark ending tomorrow, not one ended today', () => {
    expect(school([marked('2026-11-02', '2026-11-17')], '2026-11-16').closerFollowUp.studentIds).toEqual(['s1']);
    expect(school([marked('2026-11-02', '2026-11-16')], '2026-11-16').closerFollowUp).toEqual({ studentIds: [], medianSchoolDays: null, longestSchoolDays: null });
  });

  it('counts a mark set today, not one set tomorrow', () => {
    expect(school([marked('2026-11-16')], '2026-11-16').closerFollowUp).toEqual({ studentIds: ['s1'], medianSchoolDays: 0, longestSchoolDays: 0 });
    expect(school([marked('2026-11-17')], '2026-11-16').closerFollowUp.studentIds).toEqual([]);
  });

  it('counts a student leaving tomorrow, not one who left today or before', () => {
    expect(school([marked('2026-11-02', null, { leftOn: '2026-11-17' })], '2026-11-16').closerFollowUp.studentIds).toEqual(['s1']);
    expect(school([marked('2026-11-02', null, { leftOn: '2026-11-16' })], '2026-11-16').closerFollowUp.studentIds).toEqual([]);
    expect(school([marked('2026-11-02', null, { leftOn: '2026-11-10' })], '2026-11-16').closerFollowUp.studentIds).toEqual([]);
  });

  it('counts the mark running today, not an earlier one that ended', () => {
    const s = student({
      closerFollowUps: [
        { setOn: '2026-09-01', endedOn: '2026-10-15' },
        { setOn: '2026-11-09', endedOn: null },
      ],
    });
    expect(school([s], '2026-11-16').closerFollowUp).toEqual({ studentIds: ['s1'], medianSchoolDays: 4, longestSchoolDays: 4 });
  });

  it('counts a mark from last year still running, though the student is not identified this year', () => {
    const figures = school([marked('2026-05-04')], '2026-09-01');
    expect(figures.steps.identified).toEqual([]);
    expect(figures.closerFollowUp).toEqual({ studentIds: ['s1'], medianSchoolDays: 11, longestSchoolDays: 11 });
  });

  it('gives the median and the longest of many, by number', () => {
    const today = '2026-12-01';
    const marks = (days: number[]) => days.map((n, i) => marked(before(today, n), null, { studentId: `s${i}` }));
    expect(school(marks([2, 10, 9]), today).closerFollowUp).toEqual({ studentIds: ['s0', 's1', 's2'], medianSchoolDays: 9, longestSchoolDays: 10 });
    expect(school(marks([10, 2, 4, 9]), today).closerFollowUp).toMatchObject({ medianSchoolDays: 6.5, longestSchoolDays: 10 });
  });
});

describe('by class and for the school', () => {
  const students = [
    identified({ studentId: 'a', classId: '1STA' }),
    identified({ studentId: 'b', classId: '2STB', mappings: [{ heldOn: '2026-11-05' }] }),
    identified({ studentId: 'c', classId: null }),
    student({ studentId: 'd', classId: '1STA' }),
  ];

  it('gives each class asked for, in the order asked, with its own students only', () => {
    const view = measure(students, '2026-11-10', ['2STB', '1STA', '3STC']);
    expect([...view.classes.keys()]).toEqual(['2STB', '1STA', '3STC']);
    expect(view.classes.get('1STA')).toEqual({ ...empty(2), steps: { ...noSteps, identified: ['a'] }, identificationToMapping: ongoing('a', 6) });
    expect(view.classes.get('2STB')).toEqual({ ...empty(1), steps: { ...noSteps, identified: ['b'], mapped: ['b'] }, identificationToMapping: finished('b', 3), mappingToFollowUp: ongoing('b', 3) });
    expect(view.classes.get('3STC')).toEqual(empty(0));
  });

  it('counts a student without a class for the school only', () => {
    const view = measure(students, '2026-11-10', ['1STA', '2STB']);
    expect(view.school.students).toBe(4);
    expect(view.school.steps.identified).toEqual(['a', 'b', 'c']);
    expect(view.school.identificationToMapping.waiting).toEqual(['a', 'c']);
    expect([...view.classes.values()].flatMap((f) => f.steps.identified)).toEqual(['a', 'b']);
  });

  it('gives no class that was not asked for', () => {
    expect([...measure(students, '2026-11-10', ['2STB']).classes.keys()]).toEqual(['2STB']);
  });
});
