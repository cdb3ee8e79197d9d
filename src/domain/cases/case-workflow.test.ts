import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  availableTransitions,
  caseGuides,
  caseOutcomes,
  followUpCaseOutcomes,
  casePlanKind,
  caseStatuses,
  caseSteps,
  caseTaskKinds,
  firstStep,
  followUpCaseKinds,
  isOverdue,
  latestEvaluationDate,
  stepDeadline,
  stepRequirementKinds,
  stepRequirements,
  stepTask,
  unmetRequirements,
  type CaseState,
  type CaseTaskKind,
  type StepProgress,
  type StepRequirement,
} from './case-workflow.js';
import type { SchoolCalendar } from '../school-calendar.js';

// 2026/27 with høstferie in week 40 and the Christmas break; 2026-10-01 is a Thursday.
const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Juleferie', startsOn: '2026-12-21', endsOn: '2027-01-01' },
  ],
};

const nothingDone: StepProgress = { homeContactsInStep: 0, conversationsInStep: 0, signedPlanInCase: false, evaluationsInStep: 0 };
const allDone: StepProgress = { homeContactsInStep: 1, conversationsInStep: 1, signedPlanInCase: true, evaluationsInStep: 1, lastEvaluationSatisfactory: false };
const open = (kind: CaseState['kind'], step: CaseState['step']): CaseState => ({ kind, step, status: 'aapen' });

describe('deadlines on the school calendar', () => {
  it('gives the mapping conversation five school days: one week in term', () => {
    // Monday 23 November → Monday 30 November.
    expect(stepDeadline(calendar, 'fravaer', 'kartlegging', '2026-11-23')).toBe('2026-11-30');
  });

  it('does not count høstferie: a case opened the Friday before gets its week after the break', () => {
    // Friday 25 September; 28 Sep–2 Oct is høstferie; five school days later is Friday 9 October.
    expect(stepDeadline(calendar, 'fravaer', 'kartlegging', '2026-09-25')).toBe('2026-10-09');
  });

  it('does not count the Christmas break for three weeks of measures', () => {
    // Monday 14 December + 15 school days: 15–18 Dec (4), 4–8 Jan (5), 11–15 Jan (5), 18 Jan (1).
    expect(stepDeadline(calendar, 'fravaer', 'tiltak', '2026-12-14')).toBe('2027-01-18');
    expect(latestEvaluationDate(calendar, '2026-12-14')).toBe('2027-01-18');
  });

  it('contacts the home the next school day at the latest, over a weekend', () => {
    expect(stepDeadline(calendar, 'fravaer', 'kontakt', '2026-11-27')).toBe('2026-11-30');
  });

  it('lets a plan bring the evaluation forward, never later than three weeks', () => {
    expect(stepDeadline(calendar, 'fravaer', 'tiltak', '2026-11-23', '2026-12-02')).toBe('2026-12-02');
    expect(stepDeadline(calendar, 'fravaer', 'tiltak', '2026-11-23', '2027-02-01')).toBe('2026-12-14');
    expect(stepDeadline(calendar, 'fravaer', 'tiltak', '2026-11-23', '2026-11-01')).toBe('2026-12-14');
  });

  it('gives each step a task', () => {
    expect(stepTask('fravaer', 'kontakt')).toBe('kontakt_hjem_og_drof');
    expect(stepTask('iko', 'kartlegging')).toBe('hold_kartleggingssamtale');
    expect(stepTask('skolemiljo', 'aktivitetsplan')).toBe('skriv_og_signer_plan');
    // The tiltaksplan is agreed at the mapping conversation: under measures, the task is the evaluation meeting.
    expect(stepTask('fravaer', 'tiltak')).toBe('hold_evalueringsmote');
    expect(stepTask('fravaer', 'evaluering')).toBe('registrer_evaluering');
  });
});

describe('the absence staircase', () => {
  it('starts at contact and walks the five steps when each is done', () => {
    expect(firstStep('fravaer')).toBe('kontakt');
    let state = open('fravaer', 'kontakt');
    const visited = [state.step];
    for (;;) {
      const next = applyTransition(state, { type: 'advance' }, allDone);
      if (!next.ok) {
        expect(next.reason).toBe('no_next_step');
        break;
      }
      state = next.state;
      visited.push(state.step);
    }
    expect(visited).toEqual([...caseSteps.fravaer]);
  });

  it('does not leave a step whose work is not done, and says what is missing', () => {
    expect(applyTransition(open('fravaer', 'kontakt'), { type: 'advance' }, nothingDone)).toEqual({ ok: false, reason: 'requirement_missing', missing: ['kontakt_logget'] });
    expect(applyTransition(open('fravaer', 'kartlegging'), { type: 'advance' }, nothingDone)).toEqual({ ok: false, reason: 'requirement_missing', missing: ['samtale_holdt'] });
    expect(applyTransition(open('fravaer', 'tiltak'), { type: 'advance' }, { ...allDone, signedPlanInCase: false })).toEqual({ ok: false, reason: 'requirement_missing', missing: ['plan_signert'] });
    expect(applyTransition(open('fravaer', 'evaluering'), { type: 'advance' }, { ...allDone, evaluationsInStep: 0 })).toEqual({ ok: false, reason: 'requirement_missing', missing: ['evaluering_registrert'] });
    expect(unmetRequirements(open('fravaer', 'veien_videre'), nothingDone)).toEqual([]);
  });

  it('starts another round of measures after an evaluation, or from veien videre', () => {
    expect(applyTransition(open('fravaer', 'evaluering'), { type: 'repeat' }, allDone)).toEqual({ ok: true, state: open('fravaer', 'tiltak') });
    expect(applyTransition(open('fravaer', 'veien_videre'), { type: 'repeat' }, nothingDone)).toEqual({ ok: true, state: open('fravaer', 'tiltak') });
    expect(applyTransition(open('fravaer', 'evaluering'), { type: 'repeat' }, nothingDone).ok).toBe(false);
    expect(applyTransition(open('fravaer', 'kartlegging'), { type: 'repeat' }, allDone)).toEqual({ ok: false, reason: 'not_after_evaluation' });
  });

  it('closes from any step with an outcome, and a closed case moves no more', () => {
    const closed = applyTransition(open('fravaer', 'kartlegging'), { type: 'close', outcome: 'avbrutt' }, nothingDone);
    expect(closed).toEqual({ ok: true, state: { kind: 'fravaer', step: 'kartlegging', status: 'avsluttet' } });
    if (!closed.ok) throw new Error('unreachable');
    expect(applyTransition(closed.state, { type: 'advance' }, allDone)).toEqual({ ok: false, reason: 'case_closed' });
    expect(availableTransitions(closed.state)).toEqual([]);
  });
});

describe('IKO closer follow-up and the § 12-4 case', () => {
  it('IKO: interview, follow-up under the plan, evaluation; then close or adjust', () => {
    expect(caseSteps.iko).toEqual(['kartlegging', 'oppfolging', 'evaluering']);
    expect(availableTransitions(open('iko', 'evaluering'))).toEqual(['repeat', 'close']);
    expect(applyTransition(open('iko', 'evaluering'), { type: 'repeat' }, allDone)).toEqual({ ok: true, state: open('iko', 'oppfolging') });
    expect(applyTransition(open('iko', 'oppfolging'), { type: 'advance' }, { ...allDone, signedPlanInCase: false }).ok).toBe(false);
  });

  it('§ 12-4: the aktivitetsplan must be signed before measures start', () => {
    expect(firstStep('skolemiljo')).toBe('undersokelse');
    expect(applyTransition(open('skolemiljo', 'aktivitetsplan'), { type: 'advance' }, { ...allDone, signedPlanInCase: false })).toEqual({ ok: false, reason: 'requirement_missing', missing: ['plan_signert'] });
    expect(applyTransition(open('skolemiljo', 'aktivitetsplan'), { type: 'advance' }, allDone)).toEqual({ ok: true, state: open('skolemiljo', 'tiltak') });
    expect(applyTransition(open('skolemiljo', 'evaluering'), { type: 'repeat' }, allDone)).toEqual({ ok: true, state: open('skolemiljo', 'tiltak') });
  });
});

/**
 * Each step of each kind, as the seeds give it: how many school days it has, the task it gives and
 * what must be done before the case leaves it. Written out by hand so that a changed number, task
 * or requirement shows here as a changed row.
 */
describe('the steps of the three kinds of case, row by row', () => {
  // Monday 2 November 2026, three clear weeks of term after it: 1 → Tue 3 Nov, 5 → Mon 9 Nov, 15 → Mon 23 Nov.
  const monday = '2026-11-02';
  const after = { 1: '2026-11-03', 5: '2026-11-09', 15: '2026-11-23' } as const;
  const table: Array<[CaseState['kind'], CaseState['step'], keyof typeof after, CaseTaskKind, StepRequirement[]]> = [
    ['fravaer', 'kontakt', 1, 'kontakt_hjem_og_drof', ['kontakt_logget']],
    ['fravaer', 'kartlegging', 5, 'hold_kartleggingssamtale', ['samtale_holdt']],
    ['fravaer', 'tiltak', 15, 'hold_evalueringsmote', ['plan_signert']],
    ['fravaer', 'evaluering', 5, 'registrer_evaluering', ['evaluering_registrert']],
    ['fravaer', 'veien_videre', 15, 'vurder_veien_videre', []],
    ['iko', 'kartlegging', 5, 'hold_kartleggingssamtale', ['samtale_holdt']],
    ['iko', 'oppfolging', 15, 'skriv_og_signer_plan', ['plan_signert']],
    ['iko', 'evaluering', 5, 'registrer_evaluering', ['evaluering_registrert']],
    ['skolemiljo', 'undersokelse', 5, 'undersok_saken', ['samtale_holdt']],
    ['skolemiljo', 'aktivitetsplan', 5, 'skriv_og_signer_plan', ['plan_signert']],
    ['skolemiljo', 'tiltak', 15, 'hold_evalueringsmote', []],
    ['skolemiljo', 'evaluering', 5, 'registrer_evaluering', ['evaluering_registrert']],
  ];

  it('covers every step of every kind', () => {
    for (const kind of followUpCaseKinds) expect(table.filter(([k]) => k === kind).map(([, step]) => step)).toEqual([...caseSteps[kind]]);
  });

  it.each(table)('%s, %s: %i school days, the task %s, requires %j', (kind, step, days, task, requires) => {
    expect(stepDeadline(calendar, kind, step, monday)).toBe(after[days]);
    expect(stepTask(kind, step)).toBe(task);
    expect(stepRequirements(kind, step)).toEqual(requires);
  });

  it('names only requirements and tasks of the vocabulary, and uses each of them', () => {
    expect(new Set(table.flatMap(([, , , , requires]) => requires))).toEqual(new Set(stepRequirementKinds));
    expect(new Set(table.map(([, , , task]) => task))).toEqual(new Set(caseTaskKinds));
  });

  it('refuses a step that is not one of the kind', () => {
    expect(() => stepTask('iko', 'kontakt')).toThrow('The step "kontakt" is not a step of a iko case');
    expect(() => stepDeadline(calendar, 'skolemiljo', 'oppfolging', monday)).toThrow('not a step of a skolemiljo case');
  });

  it('runs each kind under its own plan and offers its own conversation guides', () => {
    expect(casePlanKind).toEqual({ fravaer: 'tiltaksplan', iko: 'oppfolgingsplan', skolemiljo: 'aktivitetsplan' });
    expect(caseGuides).toEqual({ fravaer: ['fravaer-kartlegging-elev', 'fravaer-kartlegging-foresatte'], iko: ['iko-elevsamtale'], skolemiljo: [] });
    expect(followUpCaseKinds).toEqual(['fravaer', 'iko', 'skolemiljo']);
    expect(caseOutcomes).toEqual(['effekt', 'ikke_effekt', 'avbrutt', 'overfort_ot', 'skolebytte']);
    expect(followUpCaseOutcomes).toEqual(['effekt', 'ikke_effekt', 'avbrutt']);
    expect(caseStatuses).toEqual(['aapen', 'avsluttet']);
  });

  it('lets a plan set the evaluation on the day the measures start, not the day before', () => {
    expect(stepDeadline(calendar, 'iko', 'oppfolging', monday, monday)).toBe(monday);
    expect(stepDeadline(calendar, 'iko', 'oppfolging', monday, '2026-11-01')).toBe(after[15]);
    expect(stepDeadline(calendar, 'iko', 'oppfolging', monday, '2026-11-20')).toBe('2026-11-20');
  });
});

describe('the IKO case: no step left without its work done', () => {
  it('does not leave the interview step with no interview held, whatever else was done', () => {
    const everythingButTheInterview: StepProgress = { ...allDone, conversationsInStep: 0 };
    expect(applyTransition(open('iko', 'kartlegging'), { type: 'advance' }, everythingButTheInterview)).toEqual({ ok: false, reason: 'requirement_missing', missing: ['samtale_holdt'] });
    expect(applyTransition(open('iko', 'kartlegging'), { type: 'advance' }, { ...nothingDone, conversationsInStep: 1 })).toEqual({ ok: true, state: open('iko', 'oppfolging') });
  });

  it('does not start follow-up without a signed oppfølgingsplan, nor evaluate without an evaluation registered', () => {
    expect(applyTransition(open('iko', 'oppfolging'), { type: 'advance' }, { ...nothingDone, conversationsInStep: 3 })).toEqual({ ok: false, reason: 'requirement_missing', missing: ['plan_signert'] });
    expect(applyTransition(open('iko', 'oppfolging'), { type: 'advance' }, { ...nothingDone, signedPlanInCase: true })).toEqual({ ok: true, state: open('iko', 'evaluering') });
    expect(applyTransition(open('iko', 'evaluering'), { type: 'repeat' }, { ...allDone, evaluationsInStep: 0 })).toEqual({ ok: false, reason: 'requirement_missing', missing: ['evaluering_registrert'] });
    expect(applyTransition(open('iko', 'evaluering'), { type: 'repeat' }, { ...nothingDone, evaluationsInStep: 1 })).toEqual({ ok: true, state: open('iko', 'oppfolging') });
  });

  it('has no step after the evaluation: it closes or goes round again', () => {
    expect(applyTransition(open('iko', 'evaluering'), { type: 'advance' }, allDone)).toEqual({ ok: false, reason: 'no_next_step' });
    expect(availableTransitions(open('iko', 'kartlegging'))).toEqual(['advance', 'close']);
    expect(availableTransitions(open('iko', 'oppfolging'))).toEqual(['advance', 'close']);
    expect(applyTransition(open('iko', 'oppfolging'), { type: 'repeat' }, allDone)).toEqual({ ok: false, reason: 'not_after_evaluation' });
  });
});

describe('the § 12-4 case: investigate, plan, act, evaluate', () => {
  it('does not leave the investigation without a conversation held', () => {
    expect(applyTransition(open('skolemiljo', 'undersokelse'), { type: 'advance' }, { ...allDone, conversationsInStep: 0 })).toEqual({ ok: false, reason: 'requirement_missing', missing: ['samtale_holdt'] });
    expect(applyTransition(open('skolemiljo', 'undersokelse'), { type: 'advance' }, { ...nothingDone, conversationsInStep: 1 })).toEqual({ ok: true, state: open('skolemiljo', 'aktivitetsplan') });
  });

  it('moves from measures to evaluation without a further requirement, and needs the evaluation registered to go on', () => {
    expect(applyTransition(open('skolemiljo', 'tiltak'), { type: 'advance' }, nothingDone)).toEqual({ ok: true, state: open('skolemiljo', 'evaluering') });
    expect(applyTransition(open('skolemiljo', 'evaluering'), { type: 'repeat' }, { ...allDone, evaluationsInStep: 0 })).toEqual({ ok: false, reason: 'requirement_missing', missing: ['evaluering_registrert'] });
    expect(applyTransition(open('skolemiljo', 'evaluering'), { type: 'advance' }, allDone)).toEqual({ ok: false, reason: 'no_next_step' });
    expect(availableTransitions(open('skolemiljo', 'tiltak'))).toEqual(['advance', 'close']);
    expect(availableTransitions(open('skolemiljo', 'evaluering'))).toEqual(['repeat', 'close']);
  });
});

describe('unmetRequirements with part of the work done', () => {
  const onlyOne: Record<StepRequirement, StepProgress> = {
    kontakt_logget: { ...nothingDone, homeContactsInStep: 1 },
    samtale_holdt: { ...nothingDone, conversationsInStep: 1 },
    plan_signert: { ...nothingDone, signedPlanInCase: true },
    evaluering_registrert: { ...nothingDone, evaluationsInStep: 1 },
  };
  const stepOf: Record<StepRequirement, CaseState> = {
    kontakt_logget: open('fravaer', 'kontakt'),
    samtale_holdt: open('fravaer', 'kartlegging'),
    plan_signert: open('fravaer', 'tiltak'),
    evaluering_registrert: open('fravaer', 'evaluering'),
  };

  it.each(stepRequirementKinds)('%s is met by its own work, and by no other', (requirement) => {
    const state = stepOf[requirement];
    expect(unmetRequirements(state, onlyOne[requirement])).toEqual([]);
    for (const other of stepRequirementKinds.filter((r) => r !== requirement)) expect(unmetRequirements(state, onlyOne[other])).toEqual([requirement]);
  });

  it('counts more than one contact, conversation or evaluation as done', () => {
    const several: StepProgress = { homeContactsInStep: 3, conversationsInStep: 2, signedPlanInCase: true, evaluationsInStep: 4 };
    for (const requirement of stepRequirementKinds) expect(unmetRequirements(stepOf[requirement], several)).toEqual([]);
  });

  it('does not carry the home contact of one step over as the mapping conversation of the next', () => {
    const contactOnly: StepProgress = { ...nothingDone, homeContactsInStep: 1 };
    const moved = applyTransition(open('fravaer', 'kontakt'), { type: 'advance' }, contactOnly);
    expect(moved).toEqual({ ok: true, state: open('fravaer', 'kartlegging') });
    if (!moved.ok) throw new Error('unreachable');
    // The contact does not carry over as the mapping conversation.
    expect(applyTransition(moved.state, { type: 'advance' }, contactOnly)).toEqual({ ok: false, reason: 'requirement_missing', missing: ['samtale_holdt'] });
  });
});

describe('the staircase’s choices on the case page', () => {
  it('offers advance until the last step, repeat after an evaluation and in veien videre, close always', () => {
    expect(availableTransitions(open('fravaer', 'kontakt'))).toEqual(['advance', 'close']);
    expect(availableTransitions(open('fravaer', 'tiltak'))).toEqual(['advance', 'close']);
    expect(availableTransitions(open('fravaer', 'evaluering'))).toEqual(['advance', 'repeat', 'close']);
    expect(availableTransitions(open('fravaer', 'veien_videre'))).toEqual(['repeat', 'close']);
  });

  it('starts another round from veien videre without asking for an evaluation in that step', () => {
    expect(applyTransition(open('fravaer', 'veien_videre'), { type: 'repeat' }, nothingDone)).toEqual({ ok: true, state: open('fravaer', 'tiltak') });
    expect(applyTransition(open('fravaer', 'veien_videre'), { type: 'advance' }, nothingDone)).toEqual({ ok: false, reason: 'no_next_step' });
  });

  it('closes a case from its first step with nothing done, keeping the step', () => {
    expect(applyTransition(open('iko', 'kartlegging'), { type: 'close', outcome: 'effekt' }, nothingDone)).toEqual({ ok: true, state: { kind: 'iko', step: 'kartlegging', status: 'avsluttet' } });
    expect(applyTransition({ ...open('fravaer', 'evaluering'), status: 'avsluttet' }, { type: 'repeat' }, allDone)).toEqual({ ok: false, reason: 'case_closed' });
    expect(applyTransition({ ...open('fravaer', 'evaluering'), status: 'avsluttet' }, { type: 'close', outcome: 'avbrutt' }, allDone)).toEqual({ ok: false, reason: 'case_closed' });
  });
});

describe('isOverdue, the one overdue rule', () => {
  const due = '2026-11-23';

  it('is not overdue the day before nor on the deadline day itself, and is the day after', () => {
    expect(isOverdue(due, '2026-11-22', 'aapen')).toBe(false);
    expect(isOverdue(due, due, 'aapen')).toBe(false);
    expect(isOverdue(due, '2026-11-24', 'aapen')).toBe(true);
    expect(isOverdue(due, '2027-01-04', 'aapen')).toBe(true);
  });

  it('never calls a closed case overdue', () => {
    expect(isOverdue(due, '2026-11-24', 'avsluttet')).toBe(false);
    expect(isOverdue(due, '2027-06-01', 'avsluttet')).toBe(false);
  });
});
