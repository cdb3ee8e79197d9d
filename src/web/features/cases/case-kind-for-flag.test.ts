import { describe, expect, it } from 'vitest';
import { ruleCodes } from '../../../shared/api';
import { caseKindForFlag } from './case-kind-for-flag';

describe('caseKindForFlag', () => {
  const absenceRules = ['fravaer_uten_melding', 'udokumentert_fravaer', 'sammenhengende_fravaer', 'ukesjekk', 'manedssjekk', 'fravaersgrense', 'fravaersmonster', 'fravaer_halvaar'] as const;

  it.each(absenceRules)('opens an absence case for %s', (ruleCode) => {
    expect(caseKindForFlag({ ruleCode, facts: {} })).toBe('fravaer');
  });

  it('opens a school-environment case for a report about the school environment', () => {
    expect(caseKindForFlag({ ruleCode: 'melding', facts: { kind: 'skolemiljo', reportedOn: '2026-10-01' } })).toBe('skolemiljo');
  });

  it.each(['mistrivsel', 'urealistiske_valg', 'grunnleggende_ferdigheter', 'fare_for_1_eller_iv'])('opens an IKO case for a report about %s', (kind) => {
    expect(caseKindForFlag({ ruleCode: 'melding', facts: { kind } })).toBe('iko');
  });

  it('opens an IKO case for intake, grade and research-anchor flags', () => {
    const others = ruleCodes.filter((code) => code.startsWith('inntak_') || code === 'karakter' || code === 'forskningsanker');
    expect(others.length).toBeGreaterThan(5);
    for (const ruleCode of others) expect(caseKindForFlag({ ruleCode, facts: {} })).toBe('iko');
  });

  it('gives every rule code one of the three kinds', () => {
    for (const ruleCode of ruleCodes) expect(['fravaer', 'iko', 'skolemiljo']).toContain(caseKindForFlag({ ruleCode, facts: {} }));
  });
});
