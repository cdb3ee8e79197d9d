/**
 * When a plan's evaluation date sets a step's deadline: only in the steps where measures run, and
 * only for the plan the case is run under (a tiltaksplan in a fravær case, and so on). The date
 * may bring the deadline forward, never past the staircase (stepDeadline decides that).
 */
import { casePlanKind, type CaseState, type CaseStep } from './case-workflow.js';

/** The steps whose deadline a plan's evaluation date may bring forward. */
export function isMeasureStep(step: CaseStep): boolean {
  return step === 'tiltak' || step === 'oppfolging';
}

/** Does signing a plan of this kind set the deadline of the case's current step? */
export function signingSetsDeadline(state: CaseState, planKind: string): boolean {
  return planKind === casePlanKind[state.kind] && state.status === 'aapen' && isMeasureStep(state.step);
}
