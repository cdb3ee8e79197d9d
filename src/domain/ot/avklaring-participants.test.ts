import { describe, expect, it } from 'vitest';
import { guardiansSummoned, missingMandatory, requiredParts } from './avklaring-participants.js';

describe('who must take part in the clarification meeting', () => {
  const born = '2009-03-10';

  it('summons the guardians when the student is 17 the day before turning 18 on the meeting day', () => {
    expect(guardiansSummoned(born, '2027-03-09')).toBe(true);
    expect(guardiansSummoned(born, '2027-03-10')).toBe(false);
    expect(requiredParts(born, '2027-03-09')).toContain('foresette');
    expect(requiredParts(born, '2027-03-10')).not.toContain('foresette');
  });

  it('cannot be held without leadership, the contact teacher or counsellor, the student and OT', () => {
    const adult = '2000-01-01';
    expect(missingMandatory(['leiing', 'kontaktlaerar', 'elev', 'ot'], adult, '2026-12-07')).toEqual([]);
    expect(missingMandatory(['leiing', 'radgjevar', 'elev', 'ot'], adult, '2026-12-07')).toEqual([]);
    expect(missingMandatory(['leiing', 'elev', 'ot', 'helsesjukepleiar'], adult, '2026-12-07')).toEqual(['kontaktlaerar_eller_radgjevar']);
    expect(missingMandatory(['kontaktlaerar', 'ppt'], adult, '2026-12-07')).toEqual(['leiing', 'elev', 'ot']);
  });

  it('needs the guardians while the student is under 18 on the meeting day, not after', () => {
    const present = ['leiing', 'kontaktlaerar', 'elev', 'ot'] as const;
    expect(missingMandatory(present, born, '2027-03-09')).toEqual(['foresette']);
    expect(missingMandatory([...present, 'foresett'], born, '2027-03-09')).toEqual([]);
    expect(missingMandatory(present, born, '2027-03-10')).toEqual([]);
  });
});
