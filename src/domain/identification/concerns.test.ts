import { describe, expect, it } from 'vitest';
import { byConcern, concernNature, concernOfRule, concerns, leadFinding, lightCounts, studentLight } from './concerns.js';
import { ruleCodes, type FlagCandidate, type FlagLevel, type RuleCode } from './flag.js';

const flag = (level: 'gul' | 'rod') => ({ level });

describe('studentLight', () => {
  it('is grønn without open flags, else the highest level, with the rød reasons first', () => {
    expect(studentLight([])).toEqual({ level: 'gronn', reasons: [] });
    expect(studentLight([flag('gul')]).level).toBe('gul');
    const light = studentLight([flag('gul'), flag('rod')]);
    expect(light.level).toBe('rod');
    expect(light.reasons.map((f) => f.level)).toEqual(['rod', 'gul']);
  });
});

describe('lightCounts', () => {
  it('counts each student once, at the level of the student’s one light', () => {
    const students = [[], [flag('gul')], [flag('gul'), flag('gul')], [flag('gul'), flag('rod')], [flag('rod')], []];
    expect(lightCounts(students)).toEqual({ gronn: 2, gul: 2, rod: 2 });
    const counts = lightCounts(students);
    expect(counts.gronn + counts.gul + counts.rod).toBe(students.length);
  });
  it('is all zero for a class without students', () => {
    expect(lightCounts([])).toEqual({ gronn: 0, gul: 0, rod: 0 });
  });
});

describe('the concerns', () => {
  it('gathers the rules that say the same thing: the routine’s duty, how much absence, the limit, patterns, grades, intake, reports', () => {
    const rulesOf = Object.fromEntries(concerns.map((c) => [c, ruleCodes.filter((r) => concernOfRule[r] === c)]));
    expect(rulesOf).toEqual({
      fravaersoppfolging: ['fravaer_uten_melding', 'udokumentert_fravaer', 'ukesjekk', 'manedssjekk'],
      fravaersomfang: ['fravaer_halvaar', 'sammenhengende_fravaer'],
      fravaersgrense: ['fravaersgrense'],
      fravaersmonster: ['fravaersmonster'],
      karakterer: ['karakter', 'forskningsanker'],
      inntak: ['inntak_forsteonske', 'inntak_lavere_onske', 'inntak_fravaer', 'inntak_karakter', 'inntak_spesialundervisning'],
      melding: ['melding'],
    });
  });

  it('tells the duty to follow up absence from the risk signals', () => {
    expect(concerns.filter((c) => concernNature[c] === 'plikt')).toEqual(['fravaersoppfolging']);
    expect(concerns.filter((c) => concernNature[c] === 'risiko')).toHaveLength(concerns.length - 1);
  });
});

describe('a concern’s findings', () => {
  const finding = (ruleCode: RuleCode, level: FlagLevel, key: string) => ({ ruleCode, level, evidenceKey: key }) as FlagCandidate;

  it('are grouped by concern, each in the order the rules gave them', () => {
    const found = [finding('ukesjekk', 'rod', 'u'), finding('melding', 'gul', 'm'), finding('fravaer_uten_melding', 'rod', 'f'), finding('manedssjekk', 'rod', 'md')];
    expect([...byConcern(found)].map(([concern, fs]) => [concern, fs.map((f) => f.evidenceKey)])).toEqual([
      ['fravaersoppfolging', ['u', 'f', 'md']],
      ['melding', ['m']],
    ]);
  });

  it('are led by the highest level, and among equals by the first', () => {
    expect(leadFinding([finding('karakter', 'gul', 'a'), finding('karakter', 'rod', 'b'), finding('karakter', 'rod', 'c')]).evidenceKey).toBe('b');
    expect(leadFinding([finding('karakter', 'gul', 'a'), finding('karakter', 'gul', 'b')]).evidenceKey).toBe('a');
    expect(leadFinding([finding('karakter', 'rod', 'a'), finding('karakter', 'gul', 'b')]).evidenceKey).toBe('a');
  });
});

describe('studentLight: the reasons', () => {
  it('come rød first, each level in the order given', () => {
    const reasons = [
      { id: 1, level: 'gul' },
      { id: 2, level: 'rod' },
      { id: 3, level: 'gul' },
      { id: 4, level: 'rod' },
    ];
    expect(studentLight(reasons).reasons.map((r) => r.id)).toEqual([2, 4, 1, 3]);
    expect(studentLight([reasons[1]!, reasons[0]!]).reasons.map((r) => r.id)).toEqual([2, 1]);
  });
});
