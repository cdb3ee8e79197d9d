/**
 * TEST SUPPORT: a small county as FINT would describe it, and its resources in FINT's HAL shape
 * (the fields and relations of fint-model.ts, self links by systemid, elevnummer, feidenavn and
 * skolenummer as FINT gives several). Two schools, so that the connector must pick its own;
 * the test changes the plain description and the server serves the change.
 */
import type { FintCollection } from './fint-model.js';

export interface FakeStudent {
  id: string;
  elevnummer: string | null;
  feidenavn: string;
  fodselsnummer: string;
  fornavn: string;
  etternavn: string;
  fodselsdato: string | null;
  school: string;
  basisgrupper: string[];
  undervisningsgrupper: string[];
  start: string;
  slutt?: string;
}

export interface FakeStaff {
  id: string;
  feidenavn: string;
  fodselsnummer: string;
  fornavn: string;
  etternavn: string;
  epost: string;
  school: string;
  kontaktlarerFor: string[];
  underviser: string[];
}

export interface FakeCounty {
  schools: Array<{ id: string; skolenummer: string; organisasjonsnummer: string; navn: string }>;
  /** Classes; a `school` of null is a basisgruppe FINT gives without its school. `trinn` and `skolear` are ids below. */
  basisgrupper: Array<{ id: string; navn: string; school: string | null; trinn?: string; skolear?: string }>;
  /** Levels; without them FINT does not serve /arstrinn (404), as an older tenant. */
  arstrinn?: Array<{ id: string; navn: string }>;
  /** School years; without them FINT does not serve /skolear (404). */
  skolear?: Array<{ id: string; kode: string; start: string; slutt: string }>;
  /**
   * How memberships are given: `elevforhold` links the groups (FINT's model before 3.x), or
   * `medlemskap`: Basisgruppemedlemskap and Undervisningsgruppemedlemskap resources (3.x).
   */
  memberships?: 'elevforhold' | 'medlemskap';
  undervisningsgrupper: Array<{ id: string; navn: string; school: string; fag: string }>;
  fag: Array<{ id: string; navn: string }>;
  students: FakeStudent[];
  staff: FakeStaff[];
}

/** The county of the tests: Fjordvik vgs (the school synced) and Nesodden vgs (another). */
export function fakeCounty(): FakeCounty {
  const student = (n: number, over: Partial<FakeStudent> = {}): FakeStudent => ({
    id: `E${n}`,
    elevnummer: `8${String(n).padStart(5, '0')}`,
    feidenavn: `elev${n}@fjordvik.no`,
    fodselsnummer: `0101${String(n).padStart(7, '0')}`,
    fornavn: `Elev${n}`,
    etternavn: `Fjordvik`,
    fodselsdato: `2010-${String((n % 12) + 1).padStart(2, '0')}-15`,
    school: 'S1',
    basisgrupper: [n % 2 === 0 ? 'B1' : 'B2'],
    undervisningsgrupper: ['U1'],
    start: '2026-08-17',
    ...over,
  });
  return {
    schools: [
      { id: 'S1', skolenummer: '38001', organisasjonsnummer: '974575000', navn: 'Fjordvik videregående skole' },
      { id: 'S2', skolenummer: '38002', organisasjonsnummer: '974575001', navn: 'Nesodden videregående skole' },
    ],
    basisgrupper: [
      { id: 'B1', navn: '1FJA', school: 'S1' },
      { id: 'B2', navn: '1FJB', school: 'S1' },
      { id: 'B9', navn: '1NEA', school: 'S2' },
    ],
    undervisningsgrupper: [
      { id: 'U1', navn: '1FJ/NOR1260', school: 'S1', fag: 'NOR1260' },
      { id: 'U9', navn: '1NE/NOR1260', school: 'S2', fag: 'NOR1260' },
    ],
    fag: [{ id: 'NOR1260', navn: 'Norsk' }],
    students: [
      ...Array.from({ length: 7 }, (_, i) => student(i + 1)),
      student(90, { school: 'S2', basisgrupper: ['B9'], undervisningsgrupper: ['U9'], feidenavn: 'elev90@nesodden.no' }),
    ],
    staff: [
      { id: 'R1', feidenavn: 'kari.lerer@fjordvik.no', fodselsnummer: '01017000001', fornavn: 'Kari', etternavn: 'Lærer', epost: 'kari.lerer@fjordvik.no', school: 'S1', kontaktlarerFor: ['B1'], underviser: ['U1'] },
      { id: 'R2', feidenavn: 'per.lektor@fjordvik.no', fodselsnummer: '01017000002', fornavn: 'Per', etternavn: 'Lektor', epost: 'per.lektor@fjordvik.no', school: 'S1', kontaktlarerFor: ['B2'], underviser: [] },
      { id: 'R9', feidenavn: 'ola@nesodden.no', fodselsnummer: '01017000009', fornavn: 'Ola', etternavn: 'Nesodden', epost: 'ola@nesodden.no', school: 'S2', kontaktlarerFor: ['B9'], underviser: ['U9'] },
    ],
  };
}

/** The county's resources as FINT serves them under `base`; undefined for a collection it does not serve. */
export function countyResources(county: FakeCounty, base: string): Record<FintCollection, unknown[] | undefined> {
  const href = (path: string) => [{ href: `${base}${path}` }];
  const hrefs = (paths: string[]) => paths.map((p) => ({ href: `${base}${p}` }));
  const id = (value: string) => ({ identifikatorverdi: value });
  const skole = (s: string) => href(`/utdanning/utdanningsprogram/skole/skolenummer/${county.schools.find((x) => x.id === s)?.skolenummer ?? s}`);
  const elevforholdId = (s: FakeStudent) => `EF-${s.id}-${s.school}`;
  const uf = (r: FakeStaff) => `UF-${r.id}`;
  const kg = (b: string) => `KG-${b}`;
  const teachersOf = (pick: (r: FakeStaff) => string[], group: string) => county.staff.filter((r) => pick(r).includes(group));
  const asMedlemskap = county.memberships === 'medlemskap';
  const medlemskap = (kind: 'basisgruppe' | 'undervisningsgruppe') =>
    asMedlemskap
      ? county.students.flatMap((s) =>
          (kind === 'basisgruppe' ? s.basisgrupper : s.undervisningsgrupper).map((g) => ({
            systemId: id(`M-${g}-${s.id}`),
            gyldighetsperiode: { start: `${s.start}T00:00:00Z`, ...(s.slutt ? { slutt: `${s.slutt}T00:00:00Z` } : {}) },
            _links: {
              self: href(`${kind === 'basisgruppe' ? '/utdanning/elev/basisgruppemedlemskap' : '/utdanning/timeplan/undervisningsgruppemedlemskap'}/systemid/M-${g}-${s.id}`),
              [kind]: href(`${kind === 'basisgruppe' ? '/utdanning/elev/basisgruppe' : '/utdanning/timeplan/undervisningsgruppe'}/systemid/${g}`),
              elevforhold: href(`/utdanning/elev/elevforhold/systemid/${elevforholdId(s)}`),
            },
          })),
        )
      : undefined;
  return {
    arstrinn: county.arstrinn?.map((a) => ({ systemId: id(a.id), navn: a.navn, _links: { self: href(`/utdanning/utdanningsprogram/arstrinn/systemid/${a.id}`) } })),
    skolear: county.skolear?.map((y) => ({
      systemId: id(y.id),
      kode: y.kode,
      navn: y.kode,
      gyldighetsperiode: { start: `${y.start}T00:00:00Z`, slutt: `${y.slutt}T00:00:00Z` },
      _links: { self: href(`/utdanning/kodeverk/skolear/systemid/${y.id}`) },
    })),
    basisgruppemedlemskap: medlemskap('basisgruppe'),
    undervisningsgruppemedlemskap: medlemskap('undervisningsgruppe'),
    skole: county.schools.map((s) => ({
      systemId: id(s.id),
      skolenummer: id(s.skolenummer),
      organisasjonsnummer: id(s.organisasjonsnummer),
      navn: s.navn,
      _links: { self: hrefs([`/utdanning/utdanningsprogram/skole/systemid/${s.id}`, `/utdanning/utdanningsprogram/skole/skolenummer/${s.skolenummer}`]) },
    })),
    elev: county.students.map((s) => ({
      systemId: id(s.id),
      ...(s.elevnummer ? { elevnummer: id(s.elevnummer) } : {}),
      feidenavn: id(s.feidenavn),
      brukernavn: id(s.feidenavn.split('@')[0]!),
      _links: {
        self: hrefs([`/utdanning/elev/elev/systemid/${s.id}`, `/utdanning/elev/elev/feidenavn/${s.feidenavn}`]),
        person: href(`/utdanning/elev/person/fodselsnummer/${s.fodselsnummer}`),
        elevforhold: href(`/utdanning/elev/elevforhold/systemid/${elevforholdId(s)}`),
      },
    })),
    elevPerson: county.students.map((s) => ({
      fodselsnummer: id(s.fodselsnummer),
      navn: { fornavn: s.fornavn, etternavn: s.etternavn },
      ...(s.fodselsdato ? { fodselsdato: `${s.fodselsdato}T00:00:00Z` } : {}),
      _links: { self: href(`/utdanning/elev/person/fodselsnummer/${s.fodselsnummer}`), elev: href(`/utdanning/elev/elev/systemid/${s.id}`) },
    })),
    elevforhold: county.students.map((s) => ({
      systemId: id(elevforholdId(s)),
      gyldighetsperiode: { start: `${s.start}T00:00:00Z`, ...(s.slutt ? { slutt: `${s.slutt}T00:00:00Z` } : {}) },
      _links: {
        self: href(`/utdanning/elev/elevforhold/systemid/${elevforholdId(s)}`),
        // The elev by its Feide name: a relation may use any of the target's ids.
        elev: href(`/utdanning/elev/elev/feidenavn/${s.feidenavn}`),
        skole: skole(s.school),
        ...(asMedlemskap
          ? {}
          : {
              basisgruppe: hrefs(s.basisgrupper.map((b) => `/utdanning/elev/basisgruppe/systemid/${b}`)),
              undervisningsgruppe: hrefs(s.undervisningsgrupper.map((u) => `/utdanning/timeplan/undervisningsgruppe/systemid/${u}`)),
            }),
      },
    })),
    basisgruppe: county.basisgrupper.map((b) => ({
      systemId: id(b.id),
      navn: b.navn,
      _links: {
        self: href(`/utdanning/elev/basisgruppe/systemid/${b.id}`),
        ...(b.school ? { skole: skole(b.school) } : {}),
        ...(b.trinn ? { trinn: href(`/utdanning/utdanningsprogram/arstrinn/systemid/${b.trinn}`) } : {}),
        ...(b.skolear ? { skolear: href(`/utdanning/kodeverk/skolear/systemid/${b.skolear}`) } : {}),
        elevforhold: hrefs(county.students.filter((s) => s.basisgrupper.includes(b.id)).map((s) => `/utdanning/elev/elevforhold/systemid/${elevforholdId(s)}`)),
      },
    })),
    undervisningsgruppe: county.undervisningsgrupper.map((u) => ({
      systemId: id(u.id),
      navn: u.navn,
      _links: {
        self: href(`/utdanning/timeplan/undervisningsgruppe/systemid/${u.id}`),
        skole: skole(u.school),
        fag: href(`/utdanning/timeplan/fag/systemid/${u.fag}`),
        undervisningsforhold: hrefs(teachersOf((r) => r.underviser, u.id).map((r) => `/utdanning/elev/undervisningsforhold/systemid/${uf(r)}`)),
      },
    })),
    fag: county.fag.map((f) => ({ systemId: id(f.id), navn: f.navn, _links: { self: href(`/utdanning/timeplan/fag/systemid/${f.id}`) } })),
    kontaktlarergruppe: county.basisgrupper.map((b) => ({
      systemId: id(kg(b.id)),
      navn: `Kontaktlærergruppe ${b.navn}`,
      _links: {
        self: href(`/utdanning/elev/kontaktlarergruppe/systemid/${kg(b.id)}`),
        basisgruppe: href(`/utdanning/elev/basisgruppe/systemid/${b.id}`),
        undervisningsforhold: hrefs(teachersOf((r) => r.kontaktlarerFor, b.id).map((r) => `/utdanning/elev/undervisningsforhold/systemid/${uf(r)}`)),
      },
    })),
    skoleressurs: county.staff.map((r) => ({
      systemId: id(r.id),
      feidenavn: id(r.feidenavn),
      _links: {
        self: hrefs([`/utdanning/elev/skoleressurs/systemid/${r.id}`, `/utdanning/elev/skoleressurs/feidenavn/${r.feidenavn}`]),
        person: href(`/administrasjon/personal/person/fodselsnummer/${r.fodselsnummer}`),
        skole: skole(r.school),
        undervisningsforhold: href(`/utdanning/elev/undervisningsforhold/systemid/${uf(r)}`),
      },
    })),
    undervisningsforhold: county.staff.map((r) => ({
      systemId: id(uf(r)),
      _links: {
        self: href(`/utdanning/elev/undervisningsforhold/systemid/${uf(r)}`),
        skoleressurs: href(`/utdanning/elev/skoleressurs/systemid/${r.id}`),
        skole: skole(r.school),
        undervisningsgruppe: hrefs(r.underviser.map((u) => `/utdanning/timeplan/undervisningsgruppe/systemid/${u}`)),
        kontaktlarergruppe: hrefs(r.kontaktlarerFor.map((b) => `/utdanning/elev/kontaktlarergruppe/systemid/${kg(b)}`)),
      },
    })),
    ansattPerson: county.staff.map((r) => ({
      fodselsnummer: id(r.fodselsnummer),
      navn: { fornavn: r.fornavn, etternavn: r.etternavn },
      kontaktinformasjon: { epostadresse: r.epost },
      _links: { self: href(`/administrasjon/personal/person/fodselsnummer/${r.fodselsnummer}`) },
    })),
  };
}
