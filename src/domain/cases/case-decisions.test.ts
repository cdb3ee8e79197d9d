import { describe, expect, it } from 'vitest';
import { flagsResolvedOnClose } from './close-case.js';
import { followUpCaseKinds, caseOutcomes } from './case-workflow.js';
import { isMeasureStep, signingSetsDeadline } from './plan-deadline.js';

describe('flagsResolvedOnClose', () => {
  it('resolves the confirmed flags only when an IKO case closes with effect', () => {
    for (const kind of followUpCaseKinds) {
      for (const outcome of caseOutcomes) {
        const expected = kind === 'iko' && outcome === 'effekt' ? { states: ['bekreftet'], reasonCode: 'iko_closed_with_effect' } : null;
        expect(flagsResolvedOnClose(kind, outcome)).toEqual(expected);
      }
    }
  });
});

describe('signingSetsDeadline', () => {
  it('holds for the case’s own plan in a measure step of an open case', () => {
    expect(isMeasureStep('tiltak')).toBe(true);
    expect(isMeasureStep('oppfolging')).toBe(true);
    expect(isMeasureStep('kartlegging')).toBe(false);
    expect(signingSetsDeadline({ kind: 'fravaer', step: 'tiltak', status: 'aapen' }, 'tiltaksplan')).toBe(true);
    expect(signingSetsDeadline({ kind: 'iko', step: 'oppfolging', status: 'aapen' }, 'oppfolgingsplan')).toBe(true);
  });

  it('does not hold for another plan, another step or a closed case', () => {
    expect(signingSetsDeadline({ kind: 'fravaer', step: 'tiltak', status: 'aapen' }, 'oppfolgingsplan')).toBe(false);
    expect(signingSetsDeadline({ kind: 'fravaer', step: 'kartlegging', status: 'aapen' }, 'tiltaksplan')).toBe(false);
    expect(signingSetsDeadline({ kind: 'fravaer', step: 'tiltak', status: 'avsluttet' }, 'tiltaksplan')).toBe(false);
  });
});
