/**
 * A person's decision on a flag, always with a reason: a new flag is confirmed (the concern is real,
 * with a review date) or dismissed; a new or confirmed one is resolved. A dismissed or resolved
 * flag is settled, and its open tasks with it; a confirmed one keeps them. Placing the student
 * under closer follow-up is a separate, time-limited mark (src/domain/follow-up/).
 */
import type { FlagState } from '../vocabulary.js';

export type FlagDecision = { decision: 'bekreft'; reason: string; reviewOn: string } | { decision: 'avvis'; reason: string } | { decision: 'lost'; reason: string };

const allowed: Record<FlagDecision['decision'], { from: readonly FlagState[]; to: FlagState }> = {
  bekreft: { from: ['ny'], to: 'bekreftet' },
  avvis: { from: ['ny'], to: 'avvist' },
  lost: { from: ['ny', 'bekreftet'], to: 'lost' },
};

export interface FlagDecisionOutcome {
  state: FlagState;
  reviewOn: string | null;
  resolved: boolean;
  closesTasks: boolean;
}

/** What the decision makes of a flag in this state, or null when the state does not allow it. */
export function applyFlagDecision(state: FlagState, decision: FlagDecision): FlagDecisionOutcome | null {
  const rule = allowed[decision.decision];
  if (!rule.from.includes(state)) return null;
  return {
    state: rule.to,
    reviewOn: decision.decision === 'bekreft' ? decision.reviewOn : null,
    resolved: rule.to === 'lost',
    closesTasks: rule.to !== 'bekreftet',
  };
}
