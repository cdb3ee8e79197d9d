import { describe, expect, it } from 'vitest';
import { planContent, planDateProblems, plannedEvaluationOn, planKinds, type PlanWithContent } from './plan-content.js';

const tiltaksplan = {
  kind: 'tiltaksplan' as const,
  content: {
    longTermGoals: ['Full skoledag'],
    shortTermGoals: ['Møter til første time tre dager i uka'],
    rows: [{ maintainingFactor: 'Vanskelig å stå opp', measure: 'Vekking og følge', measureCode: 'skolevegring-014', responsible: 'Mor' }],
    startsOn: '2026-11-23',
    endsOn: '2026-12-11',
    evaluationMeeting: { on: '2026-12-11' },
  },
};
const oppfolgingsplan = {
  kind: 'oppfolgingsplan' as const,
  content: {
    mainChallenge: 'Faglig etterslep',
    measuresAndGoal: 'Leksehjelp; bestått i matematikk',
    startsOn: '2026-11-23',
    endsOn: '2027-01-29',
    evaluationMethod: 'Samtale',
    evaluationPoints: ['2027-01-15', '2026-12-14'],
  },
};
const aktivitetsplan = {
  kind: 'aktivitetsplan' as const,
  content: {
    problem: 'Utestengt i friminuttene',
    measures: [
      { measure: 'Voksen ute', level: 'skole', when: 'Hvert friminutt', responsible: 'Rektor', evaluateOn: '2026-12-18' },
      { measure: 'Samtale med klassen', level: 'gruppe', when: 'Uke 49', responsible: 'Kontaktlærer', evaluateOn: '2026-12-07' },
    ],
    startsOn: '2026-11-23',
  },
};
const ukeplan = {
  kind: 'ukeplan' as const,
  content: { startsOn: '2026-11-25', entries: [{ on: '2026-11-25', what: 'Første time med kontaktlærer' }] },
};

const parse = (plan: unknown) => planContent.parse(plan);
const problemsOf = (plan: unknown) => {
  const result = planContent.safeParse(plan);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the content of each kind of plan', () => {
  it('has the four kinds', () => {
    expect(planKinds).toEqual(['oppfolgingsplan', 'tiltaksplan', 'aktivitetsplan', 'ukeplan']);
  });

  it('fills in what a tiltaksplan may leave out', () => {
    expect(parse(tiltaksplan)).toEqual({
      kind: 'tiltaksplan',
      content: {
        ...tiltaksplan.content,
        rows: [{ ...tiltaksplan.content.rows[0], planB: '', evaluation: '' }],
        evaluationMeeting: { on: '2026-12-11', time: '', place: '' },
      },
    });
  });

  it('fills in what an oppfølgingsplan, an aktivitetsplan and an ukeplan may leave out', () => {
    expect(parse(oppfolgingsplan)).toEqual({ kind: 'oppfolgingsplan', content: { ...oppfolgingsplan.content, expectedDuration: '', responsibilities: [] } });
    const { evaluationPoints: _, ...withoutPoints } = oppfolgingsplan.content;
    expect(parse({ kind: 'oppfolgingsplan', content: withoutPoints }).content).toMatchObject({ evaluationPoints: [] });
    expect(parse(aktivitetsplan).content).toEqual({ ...aktivitetsplan.content, measures: aktivitetsplan.content.measures.map((m) => ({ ...m, measureCode: null })), contactPerson: '' });
    expect(parse(ukeplan).content).toEqual({ startsOn: '2026-11-25', entries: [{ on: '2026-11-25', time: '', what: 'Første time med kontaktlærer', where: '', withWhom: '' }], note: '' });
    const withResponsibility = { ...oppfolgingsplan, content: { ...oppfolgingsplan.content, responsibilities: [{ who: 'Kontaktlærer', task: 'Ukentlig samtale' }] } };
    expect(parse(withResponsibility).content).toMatchObject({ responsibilities: [{ who: 'Kontaktlærer', task: 'Ukentlig samtale', dueOn: null, measureCode: null }] });
  });

  it('trims the text and refuses what is only spaces where something must be written', () => {
    const spaced = { ...oppfolgingsplan, content: { ...oppfolgingsplan.content, mainChallenge: '  Faglig etterslep  ', expectedDuration: ' Ti uker ' } };
    expect(parse(spaced).content).toMatchObject({ mainChallenge: 'Faglig etterslep', expectedDuration: 'Ti uker' });
    expect(problemsOf({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, mainChallenge: '   ' } })).toEqual(['content.mainChallenge: must not be empty']);
  });

  it('refuses a text longer than its field holds', () => {
    expect(problemsOf({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, mainChallenge: 'x'.repeat(4001) } })).toHaveLength(1);
    expect(problemsOf({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, mainChallenge: 'x'.repeat(4000) } })).toEqual([]);
    expect(problemsOf({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, expectedDuration: 'x'.repeat(201) } })).toHaveLength(1);
  });

  it('asks a tiltaksplan for a long-term goal, a measurable short-term goal and a measure', () => {
    const empty = { ...tiltaksplan, content: { ...tiltaksplan.content, longTermGoals: [], shortTermGoals: [], rows: [] } };
    expect(problemsOf(empty)).toEqual([
      'content.longTermGoals: needs at least one long-term goal',
      'content.shortTermGoals: needs at least one measurable short-term goal',
      'content.rows: needs a measure for at least one maintaining factor',
    ]);
  });

  it('asks an aktivitetsplan for a measure at a level, and an ukeplan for an entry', () => {
    expect(problemsOf({ ...aktivitetsplan, content: { ...aktivitetsplan.content, measures: [] } })).toEqual(['content.measures: needs at least one measure']);
    expect(problemsOf({ ...ukeplan, content: { ...ukeplan.content, entries: [] } })).toEqual(['content.entries: needs at least one entry']);
    const badLevel = { ...aktivitetsplan, content: { ...aktivitetsplan.content, measures: [{ ...aktivitetsplan.content.measures[0], level: 'klasse' }] } };
    expect(problemsOf(badLevel)).toHaveLength(1);
    for (const level of ['individ', 'gruppe', 'skole']) {
      expect(problemsOf({ ...aktivitetsplan, content: { ...aktivitetsplan.content, measures: [{ ...aktivitetsplan.content.measures[0], level }] } })).toEqual([]);
    }
  });

  it('takes dates written YYYY-MM-DD only', () => {
    expect(problemsOf({ ...ukeplan, content: { ...ukeplan.content, startsOn: '25.11.2026' } })).toEqual(['content.startsOn: must be a date written YYYY-MM-DD']);
    expect(problemsOf({ ...ukeplan, content: { ...ukeplan.content, startsOn: 'x2026-11-25' } })).toHaveLength(1);
    expect(problemsOf({ ...ukeplan, content: { ...ukeplan.content, startsOn: '2026-11-25x' } })).toHaveLength(1);
  });

  it('tells the kinds apart by their content', () => {
    expect(problemsOf({ kind: 'ukeplan', content: tiltaksplan.content })).not.toEqual([]);
    expect(problemsOf({ kind: 'tiltaksplan', content: aktivitetsplan.content })).not.toEqual([]);
    expect(problemsOf({ kind: 'aktivitetsplan', content: oppfolgingsplan.content })).not.toEqual([]);
    expect(problemsOf({ kind: 'oppfolgingsplan', content: ukeplan.content })).not.toEqual([]);
  });
});

describe('planDateProblems', () => {
  const plan = (p: unknown) => parse(p) as PlanWithContent;

  it('finds nothing wrong in plans whose dates follow their start', () => {
    for (const p of [tiltaksplan, oppfolgingsplan, aktivitetsplan, ukeplan]) expect(planDateProblems(plan(p), '2026-12-14')).toEqual([]);
  });

  it('refuses an end before the start, and takes an end on the start', () => {
    expect(planDateProblems(plan({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, endsOn: '2026-11-22' } }))).toEqual([{ path: 'content.endsOn', problem: 'ends_before_start' }]);
    expect(planDateProblems(plan({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, endsOn: '2026-11-23' } }))).toEqual([]);
  });

  it('holds a tiltaksplan’s evaluation meeting between its start and the staircase’s three weeks, both days included', () => {
    const meetingOn = (on: string) => plan({ ...tiltaksplan, content: { ...tiltaksplan.content, evaluationMeeting: { on } } });
    expect(planDateProblems(meetingOn('2026-11-22'), '2026-12-14')).toEqual([{ path: 'content.evaluationMeeting.on', problem: 'evaluation_before_start' }]);
    expect(planDateProblems(meetingOn('2026-11-23'), '2026-12-14')).toEqual([]);
    expect(planDateProblems(meetingOn('2026-12-14'), '2026-12-14')).toEqual([]);
    expect(planDateProblems(meetingOn('2026-12-15'), '2026-12-14')).toEqual([{ path: 'content.evaluationMeeting.on', problem: 'evaluation_too_late' }]);
    // Without the limit from the calendar, only the start is checked.
    expect(planDateProblems(meetingOn('2027-03-01'))).toEqual([]);
  });

  it('refuses evaluation points and week plan entries before the start, naming each', () => {
    const aktivitet = plan({ ...aktivitetsplan, content: { ...aktivitetsplan.content, measures: aktivitetsplan.content.measures.map((m) => ({ ...m, evaluateOn: '2026-11-20' })) } });
    expect(planDateProblems(aktivitet)).toEqual([
      { path: 'content.measures.0.evaluateOn', problem: 'evaluation_before_start' },
      { path: 'content.measures.1.evaluateOn', problem: 'evaluation_before_start' },
    ]);
    const oppfolging = plan({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, evaluationPoints: ['2026-11-23', '2026-11-22'] } });
    expect(planDateProblems(oppfolging)).toEqual([{ path: 'content.evaluationPoints.1', problem: 'evaluation_before_start' }]);
    const uke = plan({ ...ukeplan, content: { ...ukeplan.content, entries: [ukeplan.content.entries[0], { on: '2026-11-24', what: 'Før start' }] } });
    expect(planDateProblems(uke)).toEqual([{ path: 'content.entries.1.on', problem: 'entry_before_start' }]);
    expect(planDateProblems(plan({ ...aktivitetsplan, content: { ...aktivitetsplan.content, measures: [{ ...aktivitetsplan.content.measures[0], evaluateOn: '2026-11-23' }] } }))).toEqual([]);
  });
});

describe('plannedEvaluationOn', () => {
  it('is the evaluation meeting, or the earliest evaluation date; a week plan has none', () => {
    expect(plannedEvaluationOn(parse(tiltaksplan) as PlanWithContent)).toBe('2026-12-11');
    expect(plannedEvaluationOn(parse(aktivitetsplan) as PlanWithContent)).toBe('2026-12-07');
    expect(plannedEvaluationOn(parse(oppfolgingsplan) as PlanWithContent)).toBe('2026-12-14');
    expect(plannedEvaluationOn(parse({ ...oppfolgingsplan, content: { ...oppfolgingsplan.content, evaluationPoints: [] } }) as PlanWithContent)).toBeUndefined();
    expect(plannedEvaluationOn(parse(ukeplan) as PlanWithContent)).toBeUndefined();
  });

  it('does not reorder the plan’s own list of evaluation points', () => {
    const p = parse(oppfolgingsplan) as PlanWithContent;
    plannedEvaluationOn(p);
    expect(p.content).toMatchObject({ evaluationPoints: ['2027-01-15', '2026-12-14'] });
  });
});
