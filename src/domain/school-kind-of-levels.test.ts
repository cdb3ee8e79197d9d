import { describe, expect, it } from 'vitest';
import { schoolKindOfLevels } from './school-kind-of-levels.js';
import { schoolKinds, schoolLevels } from './vocabulary.js';

describe('the kind of school its year groups make it', () => {
  it('is the kind whose trinn (or Vg) they are', () => {
    expect(schoolKindOfLevels(['1', '4', '7'])).toBe('barneskole');
    expect(schoolKindOfLevels(['8', '10'])).toBe('ungdomsskole');
    expect(schoolKindOfLevels(['7', '8'])).toBe('kombinert');
    expect(schoolKindOfLevels(['Vg1', 'Vg3'])).toBe('vgs');
  });

  it('gives back every kind from all of its own levels', () => {
    for (const kind of schoolKinds) expect(schoolKindOfLevels(schoolLevels[kind])).toBe(kind);
  });

  it('tells nothing from no level, from levels it does not know, or from grunnskole beside videregående', () => {
    expect(schoolKindOfLevels([])).toBeUndefined();
    expect(schoolKindOfLevels(['11', 'KG', 'Vg4'])).toBeUndefined();
    expect(schoolKindOfLevels(['10', 'Vg1'])).toBeUndefined();
    expect(schoolKindOfLevels(['1', 'Vg2'])).toBeUndefined();
  });

  it('leaves out what it does not know beside what it does', () => {
    expect(schoolKindOfLevels(['8', 'KG'])).toBe('ungdomsskole');
  });
});
