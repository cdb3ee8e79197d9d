import { describe, expect, it } from 'vitest';
import { agreementDistribution, type DistributionParticipant } from './agreement-distribution.js';

const meeting: DistributionParticipant[] = [
  { name: 'Ida Lie', kind: 'elev', present: true },
  { name: 'Rektor Rønning', kind: 'leiing', present: true },
  { name: 'Kari Kontakt', kind: 'kontaktlaerar', present: true },
  { name: 'Otto OT', kind: 'ot', present: true },
  { name: 'Per PPT', kind: 'ppt', present: false },
  { name: 'Mor Lie', kind: 'foresett', present: true },
];
const guardians = [{ name: 'Mor Lie' }, { name: 'Far Lie' }];

describe('where the signed agreement goes', () => {
  it('gives the student the original, everyone else present a copy, and the school the archive copy', () => {
    const { lines } = agreementDistribution({ student: { name: 'Ida Lie', birthDate: '2000-01-01' }, participants: meeting, guardians, on: '2026-12-07', writtenOut: false });
    expect(lines).toEqual([
      { name: 'Ida Lie', kind: 'elev', copy: 'original' },
      { name: 'Rektor Rønning', kind: 'leiing', copy: 'kopi' },
      { name: 'Kari Kontakt', kind: 'kontaktlaerar', copy: 'kopi' },
      { name: 'Otto OT', kind: 'ot', copy: 'kopi' },
      { name: 'Mor Lie', kind: 'foresett', copy: 'kopi' },
      { name: '', kind: 'arkiv', copy: 'arkiv' },
    ]);
  });

  it('sends a copy to guardians who did not take part while the student is under 18, and not after', () => {
    const under = agreementDistribution({ student: { name: 'Ida Lie', birthDate: '2009-12-08' }, participants: meeting, guardians, on: '2026-12-07', writtenOut: false });
    expect(under.lines.filter((l) => l.kind === 'foresett').map((l) => l.name)).toEqual(['Mor Lie', 'Far Lie']);
    const turned = agreementDistribution({ student: { name: 'Ida Lie', birthDate: '2008-12-07' }, participants: meeting, guardians, on: '2026-12-07', writtenOut: false });
    expect(turned.lines.filter((l) => l.kind === 'foresett').map((l) => l.name)).toEqual(['Mor Lie']);
  });

  it('attaches the written summons when the student is written out without having attended', () => {
    const absent = meeting.map((p) => (p.kind === 'elev' ? { ...p, present: false } : p));
    const base = { student: { name: 'Ida Lie', birthDate: '2000-01-01' }, guardians, on: '2026-12-07' };
    expect(agreementDistribution({ ...base, participants: absent, writtenOut: true }).attachSummons).toBe(true);
    expect(agreementDistribution({ ...base, participants: absent, writtenOut: false }).attachSummons).toBe(false);
    expect(agreementDistribution({ ...base, participants: meeting, writtenOut: true }).attachSummons).toBe(false);
    expect(agreementDistribution({ ...base, participants: absent, writtenOut: true }).lines[0]).toEqual({ name: 'Ida Lie', kind: 'elev', copy: 'original' });
  });

  it('gives the student the original and no copy, even when the meeting has the student under an earlier name', () => {
    const renamed = meeting.map((p) => (p.kind === 'elev' ? { ...p, name: 'Ida Hansen' } : p));
    const { lines } = agreementDistribution({ student: { name: 'Ida Lie', birthDate: '2000-01-01' }, participants: renamed, guardians, on: '2026-12-07', writtenOut: false });
    expect(lines.filter((l) => l.kind === 'elev')).toEqual([{ name: 'Ida Lie', kind: 'elev', copy: 'original' }]);
    expect(lines.map((l) => l.name)).not.toContain('Ida Hansen');
  });

  it('sends a copy to a guardian who shares the student’s name, present or not', () => {
    const student = { name: 'Ola Nordmann', birthDate: '2010-05-01' };
    const ola = [{ name: 'Ola Nordmann', kind: 'elev' as const, present: true }];
    const notPresent = agreementDistribution({ student, participants: ola, guardians: [{ name: 'Ola Nordmann' }], on: '2026-12-07', writtenOut: false });
    expect(notPresent.lines).toEqual([
      { name: 'Ola Nordmann', kind: 'elev', copy: 'original' },
      { name: 'Ola Nordmann', kind: 'foresett', copy: 'kopi' },
      { name: '', kind: 'arkiv', copy: 'arkiv' },
    ]);
    const present = agreementDistribution({ student, participants: [...ola, { name: 'Ola Nordmann', kind: 'foresett', present: true }], guardians: [{ name: 'Ola Nordmann' }], on: '2026-12-07', writtenOut: false });
    expect(present.lines).toEqual(notPresent.lines);
  });
});
