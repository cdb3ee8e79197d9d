import { describe, expect, it } from 'vitest';
import { compareFeideGroups, inForceOn, nameKey, type VardeTaughtGroup } from './compare-feide-groups.js';
import type { FeideGroup } from './feide-groups.js';

const school = 'fc:org:vardefjell.no:unit:NO974575000';
const today = '2026-12-07';

let n = 0;
function feide(name: string, over: Partial<FeideGroup> = {}): FeideGroup {
  n += 1;
  return {
    id: `fc:gogroup:vardefjell.no:u:NO974575000:g${n}:2026-08-01:2027-07-31`,
    kind: 'undervisningsgruppe',
    name,
    schoolOrgId: school,
    role: 'teacher',
    notBefore: '2026-07-31T22:00:00.000Z',
    notAfter: '2027-07-31T22:00:00.000Z',
    ...over,
  };
}

function varde(name: string, over: Partial<VardeTaughtGroup> = {}): VardeTaughtGroup {
  return { id: name, name, kind: 'undervisningsgruppe', subjectName: null, ...over };
}

describe('compareFeideGroups', () => {
  it('matches the same name written in other case and spacing', () => {
    const result = compareFeideGroups([feide('1sta /  nor1260'), feide('1STB', { kind: 'basisgruppe' })], [varde('1STA/NOR1260'), varde('1stb', { kind: 'basisgruppe' })], today);
    expect(result).toEqual({ onlyInFeide: [], onlyInVarde: [], inBoth: 2 });
  });

  it("matches Feide's class-and-subject name with Varde's class-and-code name and subject", () => {
    const result = compareFeideGroups(
      [feide('2STB Matematikk R1'), feide('Matte 3A'), feide('1STA/NOR1260 Norsk')],
      [
        varde('2STB/MAT1021', { subjectName: 'Matematikk R1' }),
        varde('3A/MAT0003', { subjectName: 'Matte' }),
        varde('1STA/NOR1260', { subjectName: 'Norsk' }),
      ],
      today,
    );
    expect(result).toEqual({ onlyInFeide: [], onlyInVarde: [], inBoth: 3 });
  });

  it('lists what only one side has, classes before teaching groups, by name', () => {
    const result = compareFeideGroups(
      [feide('1STA/NOR1260'), feide('3STA/HIS1010'), feide('1STA', { kind: 'basisgruppe' })],
      [varde('1STA/NOR1260'), varde('2STB/MAT1021'), varde('1STB', { kind: 'basisgruppe' })],
      today,
    );
    expect(result).toEqual({
      onlyInFeide: [
        { name: '1STA', kind: 'basisgruppe' },
        { name: '3STA/HIS1010', kind: 'undervisningsgruppe' },
      ],
      onlyInVarde: [
        { name: '1STB', kind: 'basisgruppe' },
        { name: '2STB/MAT1021', kind: 'undervisningsgruppe' },
      ],
      inBoth: 1,
    });
  });

  it('leaves out the groups that have expired or not begun, and the memberships as a student or other', () => {
    const result = compareFeideGroups(
      [
        feide('1STA/NOR1260', { notAfter: '2026-06-30T22:00:00.000Z' }),
        feide('1STB/NOR1260', { notBefore: '2027-07-31T22:00:00.000Z' }),
        feide('1STC/NOR1260', { role: 'student' }),
        feide('1STD/NOR1260', { role: 'other' }),
      ],
      [],
      today,
    );
    expect(result).toEqual({ onlyInFeide: [], onlyInVarde: [], inBoth: 0 });
  });

  it('does not match across kinds, nor hold a different school against a match', () => {
    const result = compareFeideGroups(
      [feide('1STA', { kind: 'basisgruppe' }), feide('1STB', { schoolOrgId: 'fc:org:vardefjell.no' }), feide('1STC', { schoolOrgId: null })],
      [varde('1STA'), varde('1STB'), varde('1STC')],
      today,
    );
    expect(result.inBoth).toBe(2);
    expect(result.onlyInFeide).toEqual([{ name: '1STA', kind: 'basisgruppe' }]);
    expect(result.onlyInVarde).toEqual([{ name: '1STA', kind: 'undervisningsgruppe' }]);
  });

  it('matches each group once, and counts a group Feide lists twice once', () => {
    const twice = feide('1STA/NOR1260');
    const result = compareFeideGroups([twice, twice, feide('1sta/nor1260')], [varde('1STA/NOR1260')], today);
    expect(result.inBoth).toBe(1);
    expect(result.onlyInFeide).toHaveLength(1);
    expect(result.onlyInVarde).toEqual([]);
  });
});

describe('inForceOn', () => {
  // Feide's notAfter is midnight in Norway: the day before is the group's last.
  const june = { notBefore: '2026-07-31T22:00:00.000Z', notAfter: '2027-06-30T22:00:00.000Z' };
  it('holds from the first day to the last, in Norwegian days', () => {
    expect(inForceOn(june, '2026-07-31')).toBe(false);
    expect(inForceOn(june, '2026-08-01')).toBe(true);
    expect(inForceOn(june, '2027-06-30')).toBe(true);
    expect(inForceOn(june, '2027-07-01')).toBe(false);
  });
  it('has no limit where Feide gives none', () => {
    expect(inForceOn({ notBefore: null, notAfter: null }, '1999-01-01')).toBe(true);
  });
});

describe('nameKey', () => {
  it('writes names alike whatever their case, spacing and separators', () => {
    expect(nameKey('2ST-B1 / MAT1019')).toBe(nameKey('2stb1mat1019'));
    expect(nameKey('Ærlig ØYA')).toBe('ærligøya');
  });
});
