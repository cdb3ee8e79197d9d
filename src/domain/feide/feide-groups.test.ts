import { describe, expect, it } from 'vitest';
import { feideGroupsAnswer, toFeideGroups } from './feide-groups.js';

/** An answer as Feide's documentation shows it: the owner, the school, a class, a teaching group, an other group, an ad hoc group. */
const answer = [
  {
    id: 'fc:org:eksempel.kommune.no',
    type: 'fc:org',
    displayName: 'Eksempel kommune',
    membership: { basic: 'admin', displayName: 'Lærer', affiliation: ['member', 'employee', 'faculty'] },
    public: false,
    orgType: ['primary_and_lower_secondary_owner'],
  },
  {
    id: 'fc:org:eksempel.kommune.no:unit:NO987654321',
    type: 'fc:org',
    displayName: 'Eksempelskolen',
    membership: { basic: 'member', primarySchool: true },
    parent: 'fc:org:eksempel.kommune.no',
  },
  {
    id: 'fc:gogroup:eksempel.kommune.no:b:NO987654321:3a:2026-08-01:2027-07-31',
    type: 'fc:gogroup',
    displayName: '3A',
    membership: { basic: 'admin', displayName: 'Kontaktlærer', affiliation: 'faculty' },
    notBefore: '2026-07-31T22:00:00Z',
    notAfter: '2027-07-31T22:00:00Z',
    go_type: 'b',
    parent: 'fc:org:eksempel.kommune.no:unit:NO987654321',
    go_type_displayName: 'basisgruppe',
  },
  {
    id: 'fc:gogroup:eksempel.kommune.no:u:NO987654321:3a-matte:2026-08-01:2027-07-31',
    type: 'fc:gogroup',
    displayName: ' Matte 3A ',
    membership: { basic: 'admin', displayName: 'Lærer', affiliation: 'faculty' },
    notBefore: '2026-07-31T22:00:00Z',
    notAfter: '2027-07-31T22:00:00Z',
    go_type: 'u',
    parent: 'fc:gogroup:eksempel.kommune.no:unit:NO987654321',
    go_type_displayName: 'undervisningsgruppe',
    grep: { displayName: 'Matematikk 3. årstrinn', code: 'MAT0003' },
  },
  {
    id: 'fc:gogroup:eksempel.kommune.no:a:NO987654321:grp_5738:2000-07-01:2100-06-30',
    type: 'fc:gogroup',
    displayName: 'Prosjektgruppe',
    membership: { basic: 'member', affiliation: 'faculty' },
    go_type: 'a',
  },
  { id: 'fc:adhoc:8878ae43-965a-412a-87b5-38c398a76569', type: 'fc:adhoc', displayName: 'Lærerrommet', membership: { basic: 'owner' } },
];

describe('Feide groups answer', () => {
  it('reads the answer as Feide documents it, extra fields and other kinds of group included', () => {
    expect(feideGroupsAnswer.safeParse(answer).success).toBe(true);
  });

  it('refuses what is not a list of groups', () => {
    expect(feideGroupsAnswer.safeParse({ groups: answer }).success).toBe(false);
    expect(feideGroupsAnswer.safeParse([{ displayName: 'no id' }]).success).toBe(false);
  });
});

describe('toFeideGroups', () => {
  it('keeps the classes and teaching groups only, with their school and the role', () => {
    expect(toFeideGroups(feideGroupsAnswer.parse(answer))).toEqual([
      {
        id: 'fc:gogroup:eksempel.kommune.no:b:NO987654321:3a:2026-08-01:2027-07-31',
        kind: 'basisgruppe',
        name: '3A',
        schoolOrgId: 'fc:org:eksempel.kommune.no:unit:NO987654321',
        role: 'teacher',
        notBefore: '2026-07-31T22:00:00.000Z',
        notAfter: '2027-07-31T22:00:00.000Z',
      },
      {
        id: 'fc:gogroup:eksempel.kommune.no:u:NO987654321:3a-matte:2026-08-01:2027-07-31',
        kind: 'undervisningsgruppe',
        name: 'Matte 3A',
        schoolOrgId: 'fc:gogroup:eksempel.kommune.no:unit:NO987654321',
        role: 'teacher',
        notBefore: '2026-07-31T22:00:00.000Z',
        notAfter: '2027-07-31T22:00:00.000Z',
      },
    ]);
  });

  it('tells a student from a teacher, and calls a membership without an affiliation other', () => {
    const go = (membership: unknown) => ({ id: 'g', type: 'fc:gogroup', go_type: 'u', displayName: 'Matte 3A', membership });
    const roles = [go({ basic: 'member', affiliation: 'student' }), go({ basic: 'admin' }), go(undefined), go({ affiliation: ['faculty'] })].map(
      (g) => toFeideGroups(feideGroupsAnswer.parse([g]))[0]!.role,
    );
    expect(roles).toEqual(['student', 'other', 'other', 'teacher']);
  });

  it('reads a name given per language in bokmål first, and leaves out a group without a name', () => {
    const groups = toFeideGroups(
      feideGroupsAnswer.parse([
        { id: 'a', type: 'fc:gogroup', go_type: 'b', displayName: { en: 'Class 3A', nb: '3A' } },
        { id: 'b', type: 'fc:gogroup', go_type: 'b', displayName: '  ' },
        { id: 'c', type: 'fc:gogroup', go_type: 'b' },
      ]),
    );
    expect(groups.map((g) => [g.id, g.name])).toEqual([['a', '3A']]);
  });

  it('counts a missing or unreadable date as no limit', () => {
    const [group] = toFeideGroups(feideGroupsAnswer.parse([{ id: 'a', type: 'fc:gogroup', go_type: 'u', displayName: 'x', notBefore: 'soon', notAfter: null }]));
    expect(group).toMatchObject({ notBefore: null, notAfter: null, schoolOrgId: null });
  });
});
