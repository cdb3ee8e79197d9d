/**
 * What closing a case does beyond closing it. An IKO case closed with effect takes the student
 * back to ordinary follow-up: the closer-follow-up mark ends (src/domain/follow-up/closer-follow-up.ts)
 * and the confirmed flags resolve, so that nobody stays marked by default, as the IKO seed says.
 * Other kinds and outcomes leave the flags and the mark to the people who decide them.
 */
import type { CloserFollowUpEndReason } from '../follow-up/closer-follow-up.js';
import type { FlagResolutionCode } from '../identification/flag-resolution.js';
import type { FlagState } from '../vocabulary.js';
import type { CaseOutcome, FollowUpCaseKind } from './case-workflow.js';

export interface FlagsResolvedOnClose {
  /** The flags of the student in these states resolve. */
  states: readonly FlagState[];
  reasonCode: FlagResolutionCode;
}

export function flagsResolvedOnClose(kind: FollowUpCaseKind, outcome: CaseOutcome): FlagsResolvedOnClose | null {
  if (kind === 'iko' && outcome === 'effekt') return { states: ['bekreftet'], reasonCode: 'iko_closed_with_effect' };
  return null;
}

/** The closer-follow-up mark the closing ends, with the reason it ends for; null when it stays. */
export function closerFollowUpEndedOnClose(kind: FollowUpCaseKind, outcome: CaseOutcome): CloserFollowUpEndReason | null {
  return kind === 'iko' && outcome === 'effekt' ? 'iko_sak_avsluttet_med_effekt' : null;
}
