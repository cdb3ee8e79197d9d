/**
 * Mapping FINT's resources to Varde's roster: one school picked out of a county, relations
 * followed through any of a resource's ids, and what cannot map reported by resource and systemId.
 */
import { describe, expect, it } from 'vitest';
import nn from '../../shared/fint-problems/nn.json';
import en from '../../shared/fint-problems/en.json';
import nb from '../../shared/fint-problems/nb.json';
import { countyResources, fakeCounty, type FakeCounty } from './fake-fint-county.js';
import { fintCollections, type FintCollection, type FintRosterData } from './fint-model.js';
import { fintProblemInBokmaal } from './fint-problems.js';
import { levelOfArstrinn, mapFintRoster, norwegianDay } from './map-fint-roster.js';

function fintData(county: FakeCounty): FintRosterData {
  const raw = countyResources(county, 'https://api.felleskomponent.no');
  return Object.fromEntries(
    (Object.keys(fintCollections) as FintCollection[]).map((c) => [c, (raw[c] ?? []).map((e) => fintCollections[c].schema.parse(e))]),
  ) as FintRosterData;
}

describe('mapping FINT to a roster', () => {
  it('maps the school’s groups, students, memberships and teachers, and leaves the other school out', () => {
    const mapped = mapFintRoster(fintData(fakeCounty()), { school: '38001' });
    if (mapped.status !== 'mapped') throw new Error(JSON.stringify(mapped.problems));
    const { roster } = mapped;
    expect(roster.school).toEqual({ systemId: 'S1', name: 'Fjordvik videregående skole' });
    expect(roster.groups).toEqual([
      { externalId: 'B1', name: '1FJA', kind: 'basisgruppe', level: null, programme: null, subjectCode: null, subjectName: null },
      { externalId: 'B2', name: '1FJB', kind: 'basisgruppe', level: null, programme: null, subjectCode: null, subjectName: null },
      { externalId: 'U1', name: '1FJ/NOR1260', kind: 'undervisningsgruppe', level: null, programme: null, subjectCode: 'NOR1260', subjectName: 'Norsk' },
    ]);
    expect(roster.students).toHaveLength(7);
    expect(roster.students[0]).toEqual({ systemId: 'E1', externalId: '800001', givenName: 'Elev1', familyName: 'Fjordvik', birthDate: '2010-02-15', feidenavn: 'elev1@fjordvik.no' });
    expect(roster.memberships).toHaveLength(14);
    expect(roster.memberships[0]).toEqual({ groupExternalId: 'B2', studentExternalId: '800001', startsOn: '2026-08-17', endsOn: null });
    expect(roster.staff.people.map((p) => [p.externalId, p.email, p.feidenavn])).toEqual([
      ['R1', 'kari.lerer@fjordvik.no', 'kari.lerer@fjordvik.no'],
      ['R2', 'per.lektor@fjordvik.no', 'per.lektor@fjordvik.no'],
    ]);
    expect(roster.staff.teaching).toEqual([
      { externalId: 'R1', groupExternalId: 'U1', role: 'faglaerer' },
      { externalId: 'R1', groupExternalId: 'B1', role: 'kontaktlaerer' },
      { externalId: 'R2', groupExternalId: 'B2', role: 'kontaktlaerer' },
    ]);
    expect(roster.staff.roles.map((r) => `${r.externalId} ${r.role}`)).toEqual(['R1 faglaerer', 'R1 kontaktlaerer', 'R2 kontaktlaerer']);
    expect(roster.skipped).toEqual({ 'basisgruppe of another school': 1, 'undervisningsgruppe of another school': 1, 'elevforhold at another school': 1, 'undervisningsforhold at another school': 1 });
  });

  it('finds the school by systemId or organisation number too', () => {
    expect(mapFintRoster(fintData(fakeCounty()), { school: 'S1' }).status).toBe('mapped');
    expect(mapFintRoster(fintData(fakeCounty()), { school: '974575000' }).status).toBe('mapped');
  });

  it('refuses a school FINT does not have', () => {
    const mapped = mapFintRoster(fintData(fakeCounty()), { school: '99999' });
    expect(mapped).toMatchObject({ status: 'rejected', problems: [{ code: 'school_not_in_file', text: 'schoolNotInFint' }] });
  });

  it('reports a class without a school, by resource and systemId', () => {
    const county = fakeCounty();
    county.basisgrupper[1]!.school = null;
    const mapped = mapFintRoster(fintData(county), { school: '38001' });
    if (mapped.status !== 'rejected') throw new Error('mapped');
    expect(mapped.problems.map((p) => [p.code, p.resource, p.id, p.field])).toEqual([['required', 'basisgruppe', 'B2', 'skole']]);
    expect(fintProblemInBokmaal(mapped.problems[0]!)).toContain('Gruppen «1FJB» (systemId B2) har ingen skole i FINT');
  });

  it('takes in a student without a birth date, with a warning for the school to complete it', () => {
    const county = fakeCounty();
    county.students[2]!.fodselsdato = null;
    const mapped = mapFintRoster(fintData(county), { school: '38001' });
    if (mapped.status !== 'mapped') throw new Error(JSON.stringify(mapped.problems));
    expect(mapped.roster.students.find((s) => s.systemId === 'E3')).toMatchObject({ birthDate: null, givenName: 'Elev3' });
    expect(mapped.roster.warnings.map((p) => [p.code, p.resource, p.id, p.field])).toEqual([['required', 'elev', 'E3', 'fodselsdato']]);
    expect(fintProblemInBokmaal(mapped.roster.warnings[0]!)).toBe(
      'Elev3 Fjordvik (elev med systemId E3) har ingen fødselsdato i FINT. Eleven er tatt inn og regnes som under 18 år til skolen har lagt inn fødselsdatoen.',
    );
  });

  it('refuses one Feide name on two people', () => {
    const county = fakeCounty();
    county.staff[1]!.feidenavn = 'elev1@fjordvik.no';
    const mapped = mapFintRoster(fintData(county), { school: '38001' });
    expect(mapped).toMatchObject({ status: 'rejected', problems: [{ code: 'duplicate_row', resource: 'skoleressurs', id: 'R2', field: 'feidenavn', params: { other: 'E1' } }] });
  });

  it('gives classes their level from the årstrinn, and warns of a level it does not know', () => {
    const county = fakeCounty();
    county.arstrinn = [
      { id: 'T1', navn: 'VG1' },
      { id: 'T9', navn: 'Påbygg' },
    ];
    county.basisgrupper[0]!.trinn = 'T1';
    county.basisgrupper[1]!.trinn = 'T9';
    const mapped = mapFintRoster(fintData(county), { school: '38001' });
    if (mapped.status !== 'mapped') throw new Error(JSON.stringify(mapped.problems));
    expect(mapped.roster.groups.filter((g) => g.kind === 'basisgruppe').map((g) => [g.name, g.level])).toEqual([
      ['1FJA', 'Vg1'],
      ['1FJB', null],
    ]);
    expect(mapped.roster.levelsGiven).toBe(true);
    expect(mapped.roster.warnings).toMatchObject([{ code: 'invalid_choice', resource: 'basisgruppe', id: 'B2', field: 'trinn', params: { level: 'Påbygg' } }]);
  });

  it('reads FINT 3.x memberships as the elevforhold’s links of earlier versions', () => {
    const earlier = mapFintRoster(fintData(fakeCounty()), { school: '38001' });
    const county = fakeCounty();
    county.memberships = 'medlemskap';
    county.students[0]!.slutt = '2026-12-31';
    const v3 = mapFintRoster(fintData(county), { school: '38001' });
    if (earlier.status !== 'mapped' || v3.status !== 'mapped') throw new Error('not mapped');
    const sorted = (m: typeof earlier.roster.memberships) => [...m].sort((a, b) => `${a.groupExternalId}${a.studentExternalId}`.localeCompare(`${b.groupExternalId}${b.studentExternalId}`));
    expect(sorted(v3.roster.memberships).map((m) => ({ ...m, endsOn: m.studentExternalId === '800001' ? null : m.endsOn }))).toEqual(sorted(earlier.roster.memberships));
    expect(v3.roster.memberships.filter((m) => m.studentExternalId === '800001').map((m) => m.endsOn)).toEqual(['2026-12-31', '2026-12-31']);
  });

  it('leaves out the groups of another school year, with their members', () => {
    const county = fakeCounty();
    county.skolear = [{ id: 'Y25', kode: '2025/2026', start: '2025-08-01', slutt: '2026-07-31' }];
    county.basisgrupper[0]!.skolear = 'Y25';
    const mapped = mapFintRoster(fintData(county), { school: '38001', schoolYear: { startsOn: '2026-08-01', endsOn: '2027-07-31' } });
    if (mapped.status !== 'mapped') throw new Error(JSON.stringify(mapped.problems));
    expect(mapped.roster.groups.map((g) => g.externalId)).toEqual(['B2', 'U1']);
    expect(mapped.roster.memberships.some((m) => m.groupExternalId === 'B1')).toBe(false);
    expect(mapped.roster.skipped).toMatchObject({ 'basisgruppe of another school year': 1 });
  });

  it('reports a link to a resource FINT did not give', () => {
    const data = fintData(fakeCounty());
    data.elevPerson = data.elevPerson.slice(1);
    const mapped = mapFintRoster(data, { school: '38001' });
    expect(mapped).toMatchObject({ status: 'rejected', problems: [{ code: 'unknown_reference', resource: 'elev', id: 'E1', field: 'person' }] });
  });

  it('uses the systemId when an elev has no elevnummer', () => {
    const county = fakeCounty();
    county.students[0]!.elevnummer = null;
    const mapped = mapFintRoster(fintData(county), { school: '38001' });
    expect(mapped.status === 'mapped' && mapped.roster.students[0]!.externalId).toBe('E1');
  });

  it('has every wording in nb, nn and en', () => {
    expect(Object.keys(nn.fintProblem).sort()).toEqual(Object.keys(nb.fintProblem).sort());
    expect(Object.keys(en.fintProblem).sort()).toEqual(Object.keys(nb.fintProblem).sort());
  });
});

describe('a FINT date as a Norwegian day', () => {
  it('reads dates and UTC date-times as the day in Norway', () => {
    expect(norwegianDay('2010-02-15')).toBe('2010-02-15');
    expect(norwegianDay('2010-02-14T23:00:00Z')).toBe('2010-02-15');
    expect(norwegianDay('2010-06-14T22:00:00Z')).toBe('2010-06-15');
    expect(norwegianDay('2010-02-15T00:00:00Z')).toBe('2010-02-15');
    expect(norwegianDay('ikke en dato')).toBeNull();
    expect(norwegianDay(null)).toBeNull();
  });

  it('reads 9999-12-31, the school systems’ open end, as no end', () => {
    expect(norwegianDay('9999-12-31T00:00:00Z')).toBeNull();
  });
});

describe('a FINT årstrinn as a Varde level', () => {
  it.each([
    [{ navn: 'VG1' }, 'Vg1'],
    [{ navn: 'Vg 3' }, 'Vg3'],
    [{ kode: 'vg2', navn: 'Videregående trinn 2' }, 'Vg2'],
    [{ navn: '10. trinn' }, '10'],
    [{ navn: 'Trinn 8' }, '8'],
    [{ kode: 'aarstrinn1' }, '1'],
    [{ navn: '11' }, null],
    [{ navn: 'Påbygg' }, null],
  ])('%o is %s', (arstrinn, level) => {
    expect(levelOfArstrinn(arstrinn)).toBe(level);
  });
});
