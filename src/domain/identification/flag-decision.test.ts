import { describe, expect, it } from 'vitest';
import { flagStates } from '../vocabulary.js';
import { applyFlagDecision, type FlagDecision } from './flag-decision.js';

const decisions: FlagDecision[] = [
  { decision: 'bekreft', reason: 'r', reviewOn: '2027-01-15' },
  { decision: 'avvis', reason: 'r' },
  { decision: 'lost', reason: 'r' },
];

describe('applyFlagDecision', () => {
  it('allows each decision only from its states', () => {
    const table = Object.fromEntries(decisions.map((d) => [d.decision, flagStates.filter((s) => applyFlagDecision(s, d) !== null)]));
    expect(table).toEqual({ bekreft: ['ny'], avvis: ['ny'], lost: ['ny', 'bekreftet'] });
  });

  it('gives a confirmed flag its review date and keeps its tasks; dismissing and resolving close them', () => {
    expect(applyFlagDecision('ny', decisions[0]!)).toEqual({ state: 'bekreftet', reviewOn: '2027-01-15', resolved: false, closesTasks: false });
    expect(applyFlagDecision('ny', decisions[1]!)).toEqual({ state: 'avvist', reviewOn: null, resolved: false, closesTasks: true });
    expect(applyFlagDecision('bekreftet', decisions[2]!)).toEqual({ state: 'lost', reviewOn: null, resolved: true, closesTasks: true });
  });
});
