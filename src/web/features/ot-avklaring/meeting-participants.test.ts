import { describe, expect, it } from 'vitest';
import { guardianRule, missingInvited, missingPresent, proposedParticipants } from './meeting-participants';

const staff = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const base = {
  student: { id: 's', name: 'Ola Elev', birthDate: '2009-03-10', age: 17, groupName: '1STA', leftOn: null, leaveReason: null },
  guardians: [
    { id: 'g1', name: 'Kari Elev', phone: null, parentalResponsibility: true },
    { id: 'g2', name: 'Per Elev', phone: null, parentalResponsibility: false },
  ],
  responsible: { staffId: staff(1), name: 'Kontakt Lærer' },
  participants: [
    { staffId: staff(1), name: 'Kontakt Lærer', roles: ['kontaktlaerer'] },
    { staffId: staff(2), name: 'Rektor Leder', roles: ['skoleleder'] },
    { staffId: staff(3), name: 'Otto OT', roles: ['ot_radgiver'] },
  ],
};

describe('the participants the summons proposes', () => {
  it('lists the mandatory ones first: leadership, the contact teacher, the student and OT', () => {
    expect(proposedParticipants(base)).toEqual([
      { kind: 'leiing', name: 'Rektor Leder', staffId: staff(2) },
      { kind: 'kontaktlaerar', name: 'Kontakt Lærer', staffId: staff(1) },
      { kind: 'elev', name: 'Ola Elev' },
      { kind: 'ot', name: 'Otto OT', staffId: staff(3) },
    ]);
  });

  it('leaves a row to fill in where the case has nobody for a part', () => {
    const rows = proposedParticipants({ ...base, participants: [base.participants[0]!] });
    expect(rows.find((r) => r.kind === 'leiing')).toEqual({ kind: 'leiing', name: '' });
    expect(rows.find((r) => r.kind === 'ot')).toEqual({ kind: 'ot', name: '' });
  });

  it('puts a responsible leader in the leadership part and a counsellor in the other', () => {
    const rows = proposedParticipants({
      ...base,
      responsible: { staffId: staff(2), name: 'Rektor Leder' },
      participants: [
        { staffId: staff(2), name: 'Rektor Leder', roles: ['skoleleder'] },
        { staffId: staff(4), name: 'Rå Giver', roles: ['radgiver'] },
      ],
    });
    expect(rows.slice(0, 2)).toEqual([
      { kind: 'leiing', name: 'Rektor Leder', staffId: staff(2) },
      { kind: 'radgjevar', name: 'Rå Giver', staffId: staff(4) },
    ]);
  });
});

describe('the guardians at the 18th birthday', () => {
  it('summons the guardians with parental responsibility while the student is 17 on the meeting day', () => {
    const rule = guardianRule(base, '2027-03-09');
    expect(rule).toEqual({ summoned: true, ageOnDay: 17, birthDateMissing: false, guardians: [{ kind: 'foresett', name: 'Kari Elev' }] });
  });

  it('does not summon them when the student turns 18 on the meeting day', () => {
    expect(guardianRule(base, '2027-03-10')).toMatchObject({ summoned: false, ageOnDay: 18 });
  });

  it('goes by today’s age until a meeting day is chosen', () => {
    expect(guardianRule(base, null)).toMatchObject({ summoned: true, ageOnDay: null });
  });

  it('summons them whatever the day when the birth date is missing', () => {
    const missing = { ...base, student: { ...base.student, birthDate: null, age: null } };
    expect(guardianRule(missing, '2090-01-01')).toEqual({ summoned: true, ageOnDay: null, birthDateMissing: true, guardians: [{ kind: 'foresett', name: 'Kari Elev' }] });
    expect(guardianRule(missing, null)).toMatchObject({ summoned: true, birthDateMissing: true });
    expect(missingInvited(['leiing', 'kontaktlaerar', 'elev', 'ot'], null, '2090-01-01')).toEqual(['foresette']);
  });
});

describe('what a list of participants lacks', () => {
  it('names the mandatory parts not invited, the guardians only for a minor', () => {
    expect(missingInvited(['leiing', 'kontaktlaerar', 'elev'], '2009-03-10', '2027-03-09')).toEqual(['ot', 'foresette']);
    expect(missingInvited(['leiing', 'radgjevar', 'elev', 'ot'], '2009-03-10', '2027-03-10')).toEqual([]);
  });

  it('counts the ticked participants and anyone else who came', () => {
    const participants = [{ kind: 'leiing' as const }, { kind: 'kontaktlaerar' as const }, { kind: 'elev' as const }, { kind: 'ot' as const }, { kind: 'foresett' as const }];
    expect(missingPresent(participants, new Set([0, 1, 2, 3]), [], '2009-03-10', '2027-03-09')).toEqual(['foresette']);
    expect(missingPresent(participants, new Set([0, 1, 2, 3]), [{ kind: 'foresett' }], '2009-03-10', '2027-03-09')).toEqual([]);
    expect(missingPresent(participants, new Set([0, 1, 3]), [], '2009-03-10', '2027-03-10')).toEqual(['elev']);
  });
});
