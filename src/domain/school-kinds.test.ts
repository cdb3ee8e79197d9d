import { describe, expect, it } from 'vitest';
import { profileKindOf, schoolKinds, schoolLevels } from './vocabulary.js';

describe('the kinds of school', () => {
  it('run the grunnskoler on the absence routine and videregående on IKO', () => {
    expect(schoolKinds.map((k) => [k, profileKindOf(k)])).toEqual([
      ['barneskole', 'grunnskole'],
      ['ungdomsskole', 'grunnskole'],
      ['kombinert', 'grunnskole'],
      ['vgs', 'vgs'],
    ]);
  });

  it('have their year groups: trinn 1–7, 8–10, 1–10, and Vg1–Vg3', () => {
    expect(schoolLevels.barneskole).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(schoolLevels.ungdomsskole).toEqual(['8', '9', '10']);
    expect(schoolLevels.kombinert).toEqual([...schoolLevels.barneskole, ...schoolLevels.ungdomsskole]);
    expect(schoolLevels.vgs).toEqual(['Vg1', 'Vg2', 'Vg3']);
  });
});
