import { describe, expect, it } from 'vitest';
import { canSeeSchoolOverview, studentAccess, type ActorFacts } from './access-policy.js';

const school = 'school-a';
const otherSchool = 'school-b';
const actor = (roles: ActorFacts['roles'], contact: string[] = [], teaching: string[] = []): ActorFacts => ({
  roles,
  contactGroupIds: new Set(contact),
  teachingGroupIds: new Set(teaching),
});
const student = { schoolId: school, groupIds: ['1STA', '1STA-NOR', '1STA-MAT'] };

describe('studentAccess', () => {
  it('gives a contact teacher the whole picture of own class only', () => {
    const teacher = actor([{ role: 'kontaktlaerer', schoolId: school }], ['1STA']);
    expect(studentAccess(teacher, student)).toEqual({ kind: 'full', basis: 'kontaktlaerer' });
    expect(studentAccess(teacher, { schoolId: school, groupIds: ['2STA'] })).toEqual({ kind: 'none' });
  });

  it('gives a subject teacher only the shared teaching groups', () => {
    const teacher = actor([{ role: 'faglaerer', schoolId: school }], [], ['1STA-NOR', '2STB-NOR']);
    expect(studentAccess(teacher, student)).toEqual({ kind: 'subject', groupIds: ['1STA-NOR'] });
  });

  it('gives leadership and the rådgiver their own school, never another', () => {
    for (const role of ['skoleleder', 'radgiver'] as const) {
      const leader = actor([{ role, schoolId: school }]);
      expect(studentAccess(leader, student).kind).toBe('full');
      expect(studentAccess(leader, { ...student, schoolId: otherSchool })).toEqual({ kind: 'none' });
    }
  });

  it('does not let a relation at another school count', () => {
    // A teacher whose role is at school B cannot reach a student of school A through a stray group id.
    const teacher = actor([{ role: 'kontaktlaerer', schoolId: otherSchool }], ['1STA']);
    expect(studentAccess(teacher, student)).toEqual({ kind: 'none' });
  });

  it('gives support staff, OT and skoleeier no student by role alone', () => {
    for (const role of ['helsesykepleier', 'sosiallaerer', 'miljoterapeut', 'ot_radgiver', 'skoleeier', 'administrator'] as const) {
      expect(studentAccess(actor([{ role, schoolId: role === 'ot_radgiver' || role === 'skoleeier' ? null : school }]), student)).toEqual({
        kind: 'none',
      });
    }
  });
});

describe('canSeeSchoolOverview', () => {
  it('is for leadership and rådgiver of that school', () => {
    expect(canSeeSchoolOverview(actor([{ role: 'skoleleder', schoolId: school }]), school)).toBe(true);
    expect(canSeeSchoolOverview(actor([{ role: 'radgiver', schoolId: school }]), school)).toBe(true);
    expect(canSeeSchoolOverview(actor([{ role: 'skoleleder', schoolId: school }]), otherSchool)).toBe(false);
    expect(canSeeSchoolOverview(actor([{ role: 'kontaktlaerer', schoolId: school }], ['1STA']), school)).toBe(false);
  });
});
