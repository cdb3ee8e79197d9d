import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  availableTransitions,
  caseSteps,
  firstStep,
  latestEvaluationDate,
  stepDeadline,
  stepTask,
  unmetRequirements,
  type CaseState,
  type StepProgress,
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
