/**
 * The three kinds of case as state machines: their steps, how a case moves between them, and the
 * deadline of each step counted in school days on the school's calendar.
 *
 * - fravaer: the absence staircase (trappetrinnmodellen in the absence seed, Søndre Land kommune):
 *   kontakt → kartlegging (within one week) → tiltak (at most three weeks) → evaluering →
 *   veien_videre, which may start a new round of tiltak.
 * - iko: IKO closer follow-up (the IKO seed, Akershus fylkeskommune): kartlegging (the student interview,
 *   within one week) → oppfolging (under the oppfølgingsplan, three weeks to the first evaluation
 *   point) → evaluering; without satisfactory effect back to oppfolging with an adjusted plan.
 * - skolemiljo: the duty to act under opplæringslova § 12-4: undersokelse → aktivitetsplan (the
 *   written plan) → tiltak → evaluering, and back to tiltak while the student is not safe.
 *
 * "Within one week" is five school days and "three weeks" fifteen (docs/decisions/011): a week
 * of høstferie does not eat the time a family has to meet the school.
 */
import { addSchoolDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { CaseKind } from '../vocabulary.js';

export type FollowUpCaseKind = Exclude<CaseKind, 'ot_avklaring'>;
export const followUpCaseKinds = ['fravaer', 'iko', 'skolemiljo'] as const satisfies readonly FollowUpCaseKind[];

export const caseSteps = {
  fravaer: ['kontakt', 'kartlegging', 'tiltak', 'evaluering', 'veien_videre'],
  iko: ['kartlegging', 'oppfolging', 'evaluering'],
  skolemiljo: ['undersokelse', 'aktivitetsplan', 'tiltak', 'evaluering'],
} as const satisfies Record<FollowUpCaseKind, readonly string[]>;

export type CaseStep = (typeof caseSteps)[FollowUpCaseKind][number];
export type StepOf<K extends FollowUpCaseKind> = (typeof caseSteps)[K][number];

export const caseOutcomes = ['effekt', 'ikke_effekt', 'avbrutt', 'overfort_ot', 'skolebytte'] as const;
/**
 * effekt: back to ordinary follow-up; ikke_effekt: closed without the goal reached (e.g. handed on);
 * avbrutt: closed for another reason (moved school, opened by mistake); overfort_ot: the student left
 * school and Oppfølgingstenesta follows up under the agreement (only an `ot_avklaring` case, src/domain/ot/);
 * skolebytte: the student changed school and the case was closed with a note rather than handed over
 * (src/domain/overgang/skolebytte.ts).
 */
export type CaseOutcome = (typeof caseOutcomes)[number];
/** The outcomes a person closes a follow-up case with. */
export const followUpCaseOutcomes = ['effekt', 'ikke_effekt', 'avbrutt'] as const satisfies readonly CaseOutcome[];

export const caseStatuses = ['aapen', 'avsluttet'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** What a step needs done before the case may leave it. */
export const stepRequirementKinds = ['kontakt_logget', 'samtale_holdt', 'plan_signert', 'evaluering_registrert'] as const;
export type StepRequirement = (typeof stepRequirementKinds)[number];

interface StepRule {
  /** School days from the day the step starts to its deadline. */
  schoolDays: number;
  /** The task the step gives the case's responsible person. */
  task: CaseTaskKind;
  requires: readonly StepRequirement[];
}

export const caseTaskKinds = [
  'kontakt_hjem_og_drof',
  'hold_kartleggingssamtale',
  'skriv_og_signer_plan',
  'hold_evalueringsmote',
  'registrer_evaluering',
  'undersok_saken',
  'vurder_veien_videre',
] as const;
export type CaseTaskKind = (typeof caseTaskKinds)[number];

/** The longest time measures may run before they are evaluated (the staircase's "maksimum tre uker"). */
export const maxMeasureSchoolDays = 15;
/** Mapping conversation "innen én uke". */
export const mappingSchoolDays = 5;

const stepRules: { [K in FollowUpCaseKind]: Record<StepOf<K>, StepRule> } = {
  fravaer: {
    // Step 1: contact with the home "lav terskel" — the same school day, or the next.
    kontakt: { schoolDays: 1, task: 'kontakt_hjem_og_drof', requires: ['kontakt_logget'] },
    kartlegging: { schoolDays: mappingSchoolDays, task: 'hold_kartleggingssamtale', requires: ['samtale_holdt'] },
    // The tiltaksplan is agreed at the mapping conversation; the measures run until its evaluation meeting.
    tiltak: { schoolDays: maxMeasureSchoolDays, task: 'hold_evalueringsmote', requires: ['plan_signert'] },
    evaluering: { schoolDays: mappingSchoolDays, task: 'registrer_evaluering', requires: ['evaluering_registrert'] },
    veien_videre: { schoolDays: maxMeasureSchoolDays, task: 'vurder_veien_videre', requires: [] },
  },
  iko: {
    kartlegging: { schoolDays: mappingSchoolDays, task: 'hold_kartleggingssamtale', requires: ['samtale_holdt'] },
    oppfolging: { schoolDays: maxMeasureSchoolDays, task: 'skriv_og_signer_plan', requires: ['plan_signert'] },
    evaluering: { schoolDays: mappingSchoolDays, task: 'registrer_evaluering', requires: ['evaluering_registrert'] },
  },
  skolemiljo: {
    // § 12-4: investigate "snarest"; five school days is the outer edge Varde holds the school to.
    undersokelse: { schoolDays: mappingSchoolDays, task: 'undersok_saken', requires: ['samtale_holdt'] },
    aktivitetsplan: { schoolDays: mappingSchoolDays, task: 'skriv_og_signer_plan', requires: ['plan_signert'] },
    tiltak: { schoolDays: maxMeasureSchoolDays, task: 'hold_evalueringsmote', requires: [] },
    evaluering: { schoolDays: mappingSchoolDays, task: 'registrer_evaluering', requires: ['evaluering_registrert'] },
  },
};

/** The plan each kind of case is run under. */
export const casePlanKind = {
  fravaer: 'tiltaksplan',
  iko: 'oppfolgingsplan',
  skolemiljo: 'aktivitetsplan',
} as const satisfies Record<FollowUpCaseKind, string>;

/** The conversation guides that fit a kind of case (keys of the guide catalogue). */
export const caseGuides = {
  fravaer: ['fravaer-kartlegging-elev', 'fravaer-kartlegging-foresatte'],
  iko: ['iko-elevsamtale'],
  skolemiljo: [],
} as const satisfies Record<FollowUpCaseKind, readonly string[]>;

export function firstStep(kind: FollowUpCaseKind): CaseStep {
  return caseSteps[kind][0];
}

function ruleOf(kind: FollowUpCaseKind, step: CaseStep): StepRule {
  const rules = stepRules[kind] as Record<string, StepRule>;
  const rule = rules[step];
  if (!rule) throw new Error(`The step "${step}" is not a step of a ${kind} case`);
  return rule;
}

export function stepTask(kind: FollowUpCaseKind, step: CaseStep): CaseTaskKind {
  return ruleOf(kind, step).task;
}

export function stepRequirements(kind: FollowUpCaseKind, step: CaseStep): readonly StepRequirement[] {
  return ruleOf(kind, step).requires;
}

/**
 * The deadline of a step that starts on `startedOn`. A plan may set an earlier evaluation date for
 * the measure steps, never a later one than the staircase allows.
 */
export function stepDeadline(
  calendar: SchoolCalendar,
  kind: FollowUpCaseKind,
  step: CaseStep,
  startedOn: IsoDate,
  plannedEvaluationOn?: IsoDate,
): IsoDate {
  const latest = addSchoolDays(calendar, startedOn, ruleOf(kind, step).schoolDays);
  if (!plannedEvaluationOn || plannedEvaluationOn < startedOn) return latest;
  // Stryker disable next-line EqualityOperator: on the latest day itself the plan's date is the latest date
  return plannedEvaluationOn < latest ? plannedEvaluationOn : latest;
}

/** The latest date an evaluation meeting may be set to when measures start on `startsOn`. */
export function latestEvaluationDate(calendar: SchoolCalendar, startsOn: IsoDate): IsoDate {
  return addSchoolDays(calendar, startsOn, maxMeasureSchoolDays);
}

export interface CaseState {
  kind: FollowUpCaseKind;
  step: CaseStep;
  status: CaseStatus;
}

/** What has been done in the case so far, as far as the step requirements are concerned. */
export interface StepProgress {
  homeContactsInStep: number;
  conversationsInStep: number;
  signedPlanInCase: boolean;
  evaluationsInStep: number;
  /** The last evaluation's verdict, if the step has one. */
  lastEvaluationSatisfactory?: boolean;
}

export type CaseTransition =
  | { type: 'advance' }
  /** After an evaluation without satisfactory effect: another round of measures. */
  | { type: 'repeat' }
  | { type: 'close'; outcome: CaseOutcome };

export type TransitionResult =
  | { ok: true; state: CaseState }
  | { ok: false; reason: 'case_closed' | 'no_next_step' | 'requirement_missing' | 'not_after_evaluation'; missing?: StepRequirement[] };

export function unmetRequirements(state: CaseState, progress: StepProgress): StepRequirement[] {
  return stepRequirements(state.kind, state.step).filter((requirement) => {
    switch (requirement) {
      case 'kontakt_logget':
        return progress.homeContactsInStep === 0;
      case 'samtale_holdt':
        return progress.conversationsInStep === 0;
      case 'plan_signert':
        return !progress.signedPlanInCase;
      case 'evaluering_registrert':
        return progress.evaluationsInStep === 0;
    }
  });
}

/** The step where another round of measures starts after an evaluation. */
const measureStepAfterEvaluation = {
  fravaer: 'tiltak',
  iko: 'oppfolging',
  skolemiljo: 'tiltak',
} as const satisfies { [K in FollowUpCaseKind]: StepOf<K> };

/**
 * Applies a transition. Closing is always possible with an outcome (a person decides; the student
 * may move or get well); moving forward needs the step's work done, so that no step is skipped
 * without a trace.
 */
export function applyTransition(state: CaseState, transition: CaseTransition, progress: StepProgress): TransitionResult {
  if (state.status === 'avsluttet') return { ok: false, reason: 'case_closed' };
  const steps = caseSteps[state.kind] as readonly CaseStep[];

  switch (transition.type) {
    case 'close':
      return { ok: true, state: { ...state, status: 'avsluttet' } };
    case 'advance': {
      const missing = unmetRequirements(state, progress);
      if (missing.length > 0) return { ok: false, reason: 'requirement_missing', missing };
      const next = steps[steps.indexOf(state.step) + 1];
      if (!next) return { ok: false, reason: 'no_next_step' };
      return { ok: true, state: { ...state, step: next } };
    }
    case 'repeat': {
      if (state.step !== 'evaluering' && state.step !== 'veien_videre') return { ok: false, reason: 'not_after_evaluation' };
      // After an evaluation, the evaluation must be registered; veien videre requires nothing.
      const missing = unmetRequirements(state, progress);
      if (missing.length > 0) return { ok: false, reason: 'requirement_missing', missing };
      return { ok: true, state: { ...state, step: measureStepAfterEvaluation[state.kind] } };
    }
  }
}

/** The transitions a person may choose now, for the case page's buttons. */
export function availableTransitions(state: CaseState): Array<CaseTransition['type']> {
  if (state.status === 'avsluttet') return [];
  const steps = caseSteps[state.kind] as readonly CaseStep[];
  const available: Array<CaseTransition['type']> = [];
  if (steps.indexOf(state.step) < steps.length - 1) available.push('advance');
  if (state.step === 'evaluering' || state.step === 'veien_videre') available.push('repeat');
  available.push('close');
  return available;
}

/**
 * The one overdue rule: an open case whose step deadline has passed (on the deadline day itself
 * it is not yet overdue). The case presenters, the case lists and the klasselærermøte agenda use
 * it; the case list's overdue filter says the same in SQL (src/data/cases/find-cases.ts).
 */
export function isOverdue(dueOn: IsoDate, today: IsoDate, status: CaseStatus): boolean {
  return status === 'aapen' && dueOn < today;
}
