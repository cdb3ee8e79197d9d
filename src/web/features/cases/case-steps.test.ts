import { describe, expect, it } from 'vitest';
import { currentStep, nextStep } from './case-steps';

const fravaer = (at: number, status: 'aapen' | 'avsluttet' = 'aapen') => ({
  status,
  steps: (['kontakt', 'kartlegging', 'tiltak', 'evaluering', 'veien_videre'] as const).map((step, i) => ({
    step,
    state: i < at ? ('ferdig' as const) : i === at ? ('naa' as const) : ('senere' as const),
  })),
});

describe('case steps', () => {
  it('finds the current step and the one after it', () => {
    expect(currentStep(fravaer(0))).toBe('kontakt');
    expect(nextStep(fravaer(0))).toBe('kartlegging');
    expect(nextStep(fravaer(3))).toBe('veien_videre');
  });

  it('has no next step at the last step, nor on a closed case', () => {
    expect(nextStep(fravaer(4))).toBeNull();
    expect(nextStep(fravaer(1, 'avsluttet'))).toBeNull();
  });

  it('has no current step when none is marked as now', () => {
    expect(currentStep({ status: 'avsluttet', steps: [{ step: 'kartlegging', state: 'ferdig' }] })).toBeNull();
  });
});
