/**
 * FINT's utdanning resources for one school → the roster Varde's importers write: the groups
 * (basisgruppe → class, undervisningsgruppe → teaching group with its fag), the students
 * (elev + person, through the school's elevforhold), their memberships (the elevforhold's
 * groups, with its gyldighetsperiode), and the teachers (skoleressurs + person, through the
 * school's undervisningsforhold: an undervisningsgruppe makes a faglærer, a
 * kontaktlærergruppe the kontaktlærer of its basisgruppe). Pure: no I/O, no clock.
 *
 * The shapes are the writers' own (PlannedGroup, PlannedStudent, PlannedPerson and the staff
 * plan's roles, as import-oneroster.ts hands them over), with groups and students named by
 * their external ids, since their Varde ids exist only once the groups and students are written.
 *
 * Relations are followed by their links: FINT names a resource by any of its ids
 * (`…/systemid/1`, `…/elevnummer/2`, `…/feidenavn/x`), so each resource is found under every
 * one of its self links. What cannot be mapped is a problem naming the resource and its systemId.
 * What belongs to another school is left out and counted in `skipped`.
 */
import type { GroupTeacherRole, RoleCode } from '../../domain/vocabulary.js';
import type { PlannedGroup } from '../parse-groups-file.js';
import type { PlannedPerson } from '../parse-staff-file.js';
import type { PlannedStudent } from '../parse-students-file.js';
import type { FintProblem } from './fint-problems.js';
import {
  fintCollections,
  linkKey,
  type FintBasisgruppe,
  type FintCollection,
  type FintLink,
  type FintPerson,
  type FintRosterData,
  type FintUndervisningsgruppe,
} from './fint-model.js';

export interface FintStudent extends Omit<PlannedStudent, 'row' | 'classGroupId' | 'adoptId' | 'departure' | 'birthDate'> {
  systemId: string;
  /** Null when FINT has none: imported, treated as a minor, and listed for the school to complete. */
  birthDate: string | null;
  /** The Feide name sign-in matches on (students.feide_name). */
  feidenavn: string | null;
}

export interface FintStaffMember extends PlannedPerson {
  feidenavn: string | null;
}

export interface FintRoster {
  school: { systemId: string; name: string | null };
  groups: PlannedGroup[];
  students: FintStudent[];
  memberships: Array<{ groupExternalId: string; studentExternalId: string; startsOn: string | null; endsOn: string | null }>;
  staff: {
    people: FintStaffMember[];
    roles: Array<{ externalId: string; role: RoleCode; title: string | null }>;
    teaching: Array<{ externalId: string; groupExternalId: string; role: GroupTeacherRole }>;
  };
  /** What was left out, and how many: resources of other schools or years, staff without teaching here. */
  skipped: Record<string, number>;
  /** What is imported but should be completed or checked (a student without a birth date, a level Varde does not know). */
  warnings: FintProblem[];
  /** FINT serves levels (årstrinn): the groups' levels are FINT's, even where a group has none. */
  levelsGiven: boolean;
}

export type MappedFintRoster = { status: 'mapped'; roster: FintRoster } | { status: 'rejected'; problems: FintProblem[] };

const resourceWords: Record<FintCollection, string> = {
  skole: 'Skole',
  elev: 'Elev',
  elevPerson: 'Person',
  elevforhold: 'Elevforhold',
  basisgruppe: 'Basisgruppe',
  undervisningsgruppe: 'Undervisningsgruppe',
  fag: 'Fag',
  kontaktlarergruppe: 'Kontaktlærergruppe',
  skoleressurs: 'Skoleressurs',
  undervisningsforhold: 'Undervisningsforhold',
  ansattPerson: 'Person',
  arstrinn: 'Årstrinn',
  skolear: 'Skoleår',
  basisgruppemedlemskap: 'Basisgruppemedlemskap',
  undervisningsgruppemedlemskap: 'Undervisningsgruppemedlemskap',
};

/**
 * A FINT level as Varde spells levels (Vg1–Vg3, 1–10): FINT's årstrinn is named `VG1`, `Vg2`,
 * `10`, `10. trinn` or `Trinn 10`, and Grep's code is `aarstrinn10` or `vg1`.
 */
export function levelOfArstrinn(arstrinn: { navn?: string | null | undefined; kode?: string | null | undefined }): string | null {
  for (const text of [arstrinn.kode, arstrinn.navn]) {
    const plain = text?.toLowerCase().replace(/aarstrinn|årstrinn|trinn|\./g, '').replace(/\s+/g, ' ').trim();
    if (!plain) continue;
    const vg = /^vg ?([1-3])$/.exec(plain);
    if (vg) return `Vg${vg[1]}`;
    if (/^(10|[1-9])$/.test(plain)) return plain;
  }
  return null;
}

/** Whether two periods (YYYY-MM-DD, an open end as null) share a day. */
function overlaps(a: { start: string | null; end: string | null }, b: { start: string; end: string }): boolean {
  return (a.start === null || a.start <= b.end) && (a.end === null || a.end >= b.start);
}

/** A date of FINT (a date, or a date-time in UTC) as the day it is in Norway. */
export function norwegianDay(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  // Swedish writes dates as YYYY-MM-DD; Oslo's time zone turns 2010-02-14T23:00:00Z into the 15th.
  const day = instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
  // School systems write an open end as 9999-12-31: no end.
  return day.startsWith('9999-') ? null : day;
}

function personName(person: FintPerson | undefined): { givenName: string; familyName: string } | undefined {
  const given = [person?.navn?.fornavn, person?.navn?.mellomnavn].filter((p): p is string => !!p?.trim()).join(' ').trim();
  const family = person?.navn?.etternavn?.trim() ?? '';
  return given && family ? { givenName: given, familyName: family } : undefined;
}

export interface MapFintOptions {
  /** The school in FINT: its systemId, skolenummer or organisasjonsnummer. */
  school: string;
  /** The Varde school year synced into: a group of another FINT skoleår is left out. */
  schoolYear?: { startsOn: string; endsOn: string };
}

export function mapFintRoster(data: FintRosterData, options: MapFintOptions): MappedFintRoster {
  const problems: FintProblem[] = [];
  const warnings: FintProblem[] = [];
  const skipped: Record<string, number> = {};
  const skip = (what: string) => (skipped[what] = (skipped[what] ?? 0) + 1);

  // Every resource under each of its self links.
  const indexes = new Map<FintCollection, Map<string, unknown>>();
  const indexOf = (collection: FintCollection) => {
    let index = indexes.get(collection);
    if (!index) {
      index = new Map();
      for (const entry of data[collection] as Array<{ _links?: { self?: FintLink[] | undefined } }>) {
        for (const self of entry._links?.self ?? []) index.set(linkKey(self.href), entry);
      }
      indexes.set(collection, index);
    }
    return index;
  };
  /** The resources a relation names; a link FINT did not give is a problem of the resource that has it. */
  const follow = <K extends FintCollection>(
    from: { resource: FintCollection; id: string },
    relation: string,
    target: K,
    links: FintLink[] | undefined,
  ): Array<FintRosterData[K][number]> => {
    const found: Array<FintRosterData[K][number]> = [];
    // An optional collection FINT does not serve (fint-model.ts): its links lead nowhere, and that is no fault of the data.
    if ('optional' in fintCollections[target] && data[target].length === 0) return found;
    for (const link of links ?? []) {
      const entry = indexOf(target).get(linkKey(link.href));
      if (entry) found.push(entry as FintRosterData[K][number]);
      else {
        problems.push({
          code: 'unknown_reference',
          resource: from.resource,
          id: from.id,
          field: relation,
          text: 'linkNotFound',
          params: { resource: resourceWords[from.resource], id: from.id, relation, href: link.href },
        });
      }
    }
    return found;
  };

  // The school.
  const schools = data.skole.filter((s) => [s.systemId, s.skolenummer, s.organisasjonsnummer].some((i) => i?.identifikatorverdi === options.school));
  if (schools.length !== 1) {
    problems.push(
      schools.length === 0
        ? { code: 'school_not_in_file', resource: 'skole', id: null, field: null, text: 'schoolNotInFint', params: { school: options.school } }
        : { code: 'ambiguous_school', resource: 'skole', id: null, field: null, text: 'severalSchools', params: { school: options.school, schools: schools.map((s) => s.navn ?? s.systemId.identifikatorverdi) } },
    );
    return { status: 'rejected', problems };
  }
  const school = schools[0]!;
  const schoolKeys = new Set((school._links as { self?: FintLink[] } | undefined)?.self?.map((l) => linkKey(l.href)) ?? []);
  const atSchool = (links: FintLink[] | undefined) => (links ?? []).some((l) => schoolKeys.has(linkKey(l.href)));

  // Groups: the school's classes and teaching groups.
  const groups = new Map<unknown, PlannedGroup>();
  /** Groups of another school or school year: their members and teachers are left out with them. */
  const groupsLeftOut = new Set<unknown>();
  const addGroup = (resource: 'basisgruppe' | 'undervisningsgruppe', g: FintBasisgruppe | FintUndervisningsgruppe) => {
    const id = g.systemId.identifikatorverdi;
    if (!g._links.skole?.length) return; // reported when the school's students or teachers use it
    if (!atSchool(g._links.skole)) {
      groupsLeftOut.add(g);
      skip(`${resource} of another school`);
      return;
    }
    const year = follow({ resource, id }, 'skolear', 'skolear', g._links.skolear)[0];
    const yearPeriod = year && { start: norwegianDay(year.gyldighetsperiode?.start), end: norwegianDay(year.gyldighetsperiode?.slutt) };
    if (options.schoolYear && yearPeriod && !overlaps(yearPeriod, { start: options.schoolYear.startsOn, end: options.schoolYear.endsOn })) {
      groupsLeftOut.add(g);
      skip(`${resource} of another school year`);
      return;
    }
    const name = g.navn?.trim();
    if (!name) {
      problems.push({ code: 'required', resource, id, field: 'navn', text: 'groupWithoutName', params: { id } });
      return;
    }
    let subject: { code: string | null; name: string | null } = { code: null, name: null };
    if (resource === 'undervisningsgruppe') {
      const fag = follow({ resource, id }, 'fag', 'fag', (g as FintUndervisningsgruppe)._links.fag)[0];
      if (fag) subject = { code: fag.systemId.identifikatorverdi, name: fag.navn ?? null };
    }
    let level: string | null = null;
    if (resource === 'basisgruppe') {
      const trinn = follow({ resource, id }, 'trinn', 'arstrinn', (g as FintBasisgruppe)._links.trinn)[0];
      level = trinn ? levelOfArstrinn(trinn) : null;
      if (trinn && !level) {
        warnings.push({ code: 'invalid_choice', resource, id, field: 'trinn', text: 'levelNotKnown', params: { name, level: trinn.navn ?? trinn.kode ?? trinn.systemId.identifikatorverdi } });
      }
    }
    groups.set(g, { externalId: id, name, kind: resource, level, programme: null, subjectCode: subject.code, subjectName: subject.name });
  };
  for (const g of data.basisgruppe) addGroup('basisgruppe', g);
  for (const g of data.undervisningsgruppe) addGroup('undervisningsgruppe', g);
  const reportedWithoutSchool = new Set<unknown>();
  /** A group the school's students or teachers are in: undefined when it is another school's, or has no school. */
  const ourGroup = (resource: 'basisgruppe' | 'undervisningsgruppe', g: FintBasisgruppe | FintUndervisningsgruppe): PlannedGroup | undefined => {
    const planned = groups.get(g);
    if (planned || groupsLeftOut.has(g)) return planned;
    if (!g._links.skole?.length && !reportedWithoutSchool.has(g)) {
      reportedWithoutSchool.add(g);
      const id = g.systemId.identifikatorverdi;
      problems.push({ code: 'required', resource, id, field: 'skole', text: 'groupWithoutSchool', params: { id, name: g.navn ?? id } });
    }
    return undefined;
  };

  // Students, through the school's elevforhold.
  const students = new Map<string, FintStudent>();
  /** The school's elevforhold, with the student and the period. */
  const ourElevforhold = new Map<unknown, { externalId: string; startsOn: string | null; endsOn: string | null }>();
  const memberships = new Map<string, FintRoster['memberships'][number]>();
  for (const ef of data.elevforhold) {
    const efId = ef.systemId.identifikatorverdi;
    if (!atSchool(ef._links.skole)) {
      skip('elevforhold at another school');
      continue;
    }
    const from = { resource: 'elevforhold' as const, id: efId };
    const elev = follow(from, 'elev', 'elev', ef._links.elev)[0];
    if (!elev) {
      if (!ef._links.elev?.length) problems.push({ code: 'required', resource: 'elevforhold', id: efId, field: 'elev', text: 'linkMissing', params: { resource: resourceWords.elevforhold, id: efId, relation: 'elev' } });
      continue;
    }
    const elevId = elev.systemId.identifikatorverdi;
    const externalId = elev.elevnummer?.identifikatorverdi ?? elevId;
    let student = students.get(externalId);
    if (student && student.systemId !== elevId) {
      problems.push({ code: 'duplicate_row', resource: 'elev', id: elevId, field: 'elevnummer', text: 'studentNumberTwice', params: { value: externalId, id: elevId, other: student.systemId } });
      continue;
    }
    if (!student) {
      const person = follow({ resource: 'elev', id: elevId }, 'person', 'elevPerson', elev._links.person)[0];
      // A link FINT did not answer is reported already; without a link, the name and birth date are missing.
      if (!person && elev._links.person?.length) continue;
      const name = personName(person);
      const birthDate = norwegianDay(person?.fodselsdato);
      if (!name) {
        problems.push({ code: 'required', resource: 'elev', id: elevId, field: 'navn', text: 'studentWithoutName', params: { id: elevId } });
        continue;
      }
      // Imported all the same: treated as a minor, and listed for the school to complete (src/domain/student-age.ts).
      if (!birthDate) warnings.push({ code: 'required', resource: 'elev', id: elevId, field: 'fodselsdato', text: 'studentWithoutBirthDate', params: { id: elevId, name: `${name.givenName} ${name.familyName}` } });
      student = { systemId: elevId, externalId, ...name, birthDate, feidenavn: elev.feidenavn?.identifikatorverdi ?? null };
      students.set(externalId, student);
    }
    const period = { startsOn: norwegianDay(ef.gyldighetsperiode?.start), endsOn: norwegianDay(ef.gyldighetsperiode?.slutt) };
    ourElevforhold.set(ef, { externalId, ...period });
    const inGroups = [
      ...follow(from, 'basisgruppe', 'basisgruppe', ef._links.basisgruppe).map((g) => ourGroup('basisgruppe', g)),
      ...follow(from, 'undervisningsgruppe', 'undervisningsgruppe', ef._links.undervisningsgruppe).map((g) => ourGroup('undervisningsgruppe', g)),
    ];
    for (const group of inGroups) {
      if (!group) continue;
      memberships.set(`${group.externalId}\u0000${externalId}`, { groupExternalId: group.externalId, studentExternalId: externalId, ...period });
    }
  }

  // FINT 3.x: memberships as resources of their own, each with its period (the elevforhold's when it has none).
  const memberOf = (resource: 'basisgruppemedlemskap' | 'undervisningsgruppemedlemskap', group: 'basisgruppe' | 'undervisningsgruppe') => {
    for (const m of data[resource]) {
      const mId = m.systemId.identifikatorverdi;
      const from = { resource, id: mId };
      const links = m._links as Record<string, FintLink[] | undefined>;
      const ef = follow(from, 'elevforhold', 'elevforhold', links.elevforhold)[0];
      const of = ef && ourElevforhold.get(ef);
      if (!of) {
        if (ef) skip(`${resource} at another school`);
        continue;
      }
      for (const g of follow(from, group, group, links[group])) {
        const planned = ourGroup(group, g);
        if (!planned) continue;
        const startsOn = norwegianDay(m.gyldighetsperiode?.start) ?? of.startsOn;
        const endsOn = norwegianDay(m.gyldighetsperiode?.slutt) ?? of.endsOn;
        memberships.set(`${planned.externalId}\u0000${of.externalId}`, { groupExternalId: planned.externalId, studentExternalId: of.externalId, startsOn, endsOn });
      }
    }
  };
  memberOf('basisgruppemedlemskap', 'basisgruppe');
  memberOf('undervisningsgruppemedlemskap', 'undervisningsgruppe');

  // Teachers, through the school's undervisningsforhold.
  const people = new Map<string, FintStaffMember>();
  const roles = new Map<string, { externalId: string; role: RoleCode; title: null }>();
  const teaching = new Map<string, FintRoster['staff']['teaching'][number]>();
  for (const uf of data.undervisningsforhold) {
    const ufId = uf.systemId.identifikatorverdi;
    if (!atSchool(uf._links.skole)) {
      skip('undervisningsforhold at another school');
      continue;
    }
    const from = { resource: 'undervisningsforhold' as const, id: ufId };
    const ressurs = follow(from, 'skoleressurs', 'skoleressurs', uf._links.skoleressurs)[0];
    if (!ressurs) continue;
    const taught: Array<{ group: PlannedGroup; role: GroupTeacherRole }> = [];
    for (const g of follow(from, 'undervisningsgruppe', 'undervisningsgruppe', uf._links.undervisningsgruppe)) {
      const group = ourGroup('undervisningsgruppe', g);
      if (group) taught.push({ group, role: 'faglaerer' });
    }
    for (const kg of follow(from, 'kontaktlarergruppe', 'kontaktlarergruppe', uf._links.kontaktlarergruppe)) {
      const kgId = kg.systemId.identifikatorverdi;
      for (const g of follow({ resource: 'kontaktlarergruppe', id: kgId }, 'basisgruppe', 'basisgruppe', kg._links.basisgruppe)) {
        const group = ourGroup('basisgruppe', g);
        if (group) taught.push({ group, role: 'kontaktlaerer' });
      }
    }
    if (taught.length === 0) {
      skip('undervisningsforhold without a group of the school');
      continue;
    }
    const externalId = ressurs.systemId.identifikatorverdi;
    if (!people.has(externalId)) {
      const person = follow({ resource: 'skoleressurs', id: externalId }, 'person', 'ansattPerson', ressurs._links.person)[0];
      const name = personName(person);
      if (!name) {
        problems.push({ code: 'required', resource: 'skoleressurs', id: externalId, field: 'navn', text: 'staffWithoutName', params: { id: externalId } });
        continue;
      }
      people.set(externalId, { externalId, ...name, email: person?.kontaktinformasjon?.epostadresse?.trim() || null, feidenavn: ressurs.feidenavn?.identifikatorverdi ?? null });
    }
    for (const { group, role } of taught) {
      roles.set(`${externalId}\u0000${role}`, { externalId, role, title: null });
      teaching.set(`${externalId}\u0000${group.externalId}\u0000${role}`, { externalId, groupExternalId: group.externalId, role });
    }
  }

  // A Feide name is one person's sign-in: two with the same one could not be told apart.
  const feideOwner = new Map<string, { resource: 'elev' | 'skoleressurs'; id: string }>();
  const claim = (feidenavn: string | null, who: { resource: 'elev' | 'skoleressurs'; id: string }) => {
    if (!feidenavn) return;
    const key = feidenavn.toLowerCase();
    const other = feideOwner.get(key);
    if (other) problems.push({ code: 'duplicate_row', resource: who.resource, id: who.id, field: 'feidenavn', text: 'feideNameTwice', params: { value: feidenavn, resource: resourceWords[who.resource], id: who.id, other: other.id } });
    else feideOwner.set(key, who);
  };
  for (const s of students.values()) claim(s.feidenavn, { resource: 'elev', id: s.systemId });
  for (const p of people.values()) claim(p.feidenavn, { resource: 'skoleressurs', id: p.externalId });

  if (problems.length > 0) return { status: 'rejected', problems };
  return {
    status: 'mapped',
    roster: {
      school: { systemId: school.systemId.identifikatorverdi, name: school.navn ?? null },
      groups: [...groups.values()],
      students: [...students.values()],
      memberships: [...memberships.values()],
      staff: { people: [...people.values()], roles: [...roles.values()], teaching: [...teaching.values()] },
      skipped,
      warnings,
      levelsGiven: data.arstrinn.length > 0,
    },
  };
}
