/**
 * What an import checks a file against: the school, its school years, and the students,
 * groups, staff and subjects the owner already has, keyed the way the files refer to them
 * (the administrative system's ids). Read once before the file, so that every row is checked
 * against the same picture.
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import { groups, schoolYears, schools, students } from '../db/schema.js';
import type { IsoDate } from '../domain/school-calendar.js';
import type { GroupKind, SchoolKind } from '../domain/vocabulary.js';
import { arrayParam } from '../lib/sql-arrays.js';

export interface SchoolYearRef {
  id: string;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

export interface StudentRef {
  id: string;
  schoolId: string;
}

export interface GroupRef {
  id: string;
  schoolId: string;
  schoolYearId: string;
  externalId: string | null;
  name: string;
  kind: GroupKind;
  subjectCode: string | null;
  subjectName: string | null;
}

export interface SchoolReferences {
  ownerId: string;
  schoolId: string;
  schoolName: string;
  schoolOrgNumber: string | null;
  schoolKind: SchoolKind;
  schoolYears: SchoolYearRef[];
  /** The school year the import is for: new groups, class changes and intake data go there. */
  schoolYear: SchoolYearRef | undefined;
  /**
   * Every student of the owner with an external id (a student may be at another school); with
   * `scope: 'school'`, only this school's (`ofSchoolOnly`).
   */
  studentsByExternalId: Map<string, StudentRef>;
  /**
   * True with `scope: 'school'`: a student number not found may belong to another school, which
   * the plan finds out once the file is read (see `findStudentsElsewhere`).
   */
  ofSchoolOnly?: true;
  /** Every group of the owner with an external id (with `scope: 'school'`, this school's). */
  groupsByExternalId: Map<string, GroupRef>;
  /** This school's groups by school year and name (see `groupKey`). */
  groupsByName: Map<string, GroupRef[]>;
  /** Staff of the owner by external id. */
  staffByExternalId: Map<string, string>;
  /** The subjects taught at the school (from its groups): code → name. */
  subjects: Map<string, string>;
}

export class SchoolNotFoundError extends Error {}

export function groupKey(schoolYearId: string, name: string): string {
  return `${schoolYearId}\u0000${name.toLowerCase()}`;
}

/**
 * `scope: 'school'` is for files that only refer to this school's students and groups (absence):
 * a county has tens of thousands of students, and reading them all for each school's file cost
 * more than checking the file.
 */
/** A school an import is about to create (a OneRoster set's org): what the database would otherwise give. */
export interface NewSchoolReference {
  name: string;
  orgNumber: string | null;
  kind: SchoolKind;
  /** The calendar it will have (copied from the owner's). */
  schoolYears: SchoolYearRef[];
}

export async function loadSchoolReferences(
  db: Db,
  options: { ownerId: string; schoolId: string; today: IsoDate; schoolYearId?: string; scope?: 'owner' | 'school'; newSchool?: NewSchoolReference },
): Promise<SchoolReferences> {
  const ofSchoolOnly = options.scope === 'school';
  const { ownerId, schoolId, newSchool } = options;
  const [school] = newSchool
    ? [newSchool]
    : await db
        .select({ name: schools.name, orgNumber: schools.orgNumber, kind: schools.kind })
        .from(schools)
        .where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  if (!school) throw new SchoolNotFoundError(`No school ${schoolId} for owner ${ownerId}`);

  const years = newSchool
    ? [...newSchool.schoolYears].sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    : await db
        .select({ id: schoolYears.id, name: schoolYears.name, startsOn: schoolYears.startsOn, endsOn: schoolYears.endsOn })
        .from(schoolYears)
        .where(and(eq(schoolYears.ownerId, ownerId), eq(schoolYears.schoolId, schoolId)))
        .orderBy(asc(schoolYears.startsOn));
  const schoolYear = options.schoolYearId ? years.find((y) => y.id === options.schoolYearId) : chooseSchoolYear(years, options.today);
  if (options.schoolYearId && !schoolYear) throw new SchoolNotFoundError(`No school year ${options.schoolYearId} at school ${schoolId}`);

  const studentRows = await db
    .select({ id: students.id, schoolId: students.schoolId, externalId: students.externalId })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), isNotNull(students.externalId), ofSchoolOnly ? eq(students.schoolId, schoolId) : undefined));
  const groupRows = await db
    .select({
      id: groups.id,
      schoolId: groups.schoolId,
      schoolYearId: groups.schoolYearId,
      externalId: groups.externalId,
      name: groups.name,
      kind: groups.kind,
      subjectCode: groups.subjectCode,
      subjectName: groups.subjectName,
    })
    .from(groups)
    .where(and(eq(groups.ownerId, ownerId), ofSchoolOnly ? eq(groups.schoolId, schoolId) : undefined));
  // The owner's staff, thousands of them for every file: as one JSON value, not a row each.
  const [staffList] = await queryRows<{ pairs: Array<[string, string]> | string | null }>(
    db,
    sql`select json_agg(json_build_array(external_id, id)) as pairs from staff where owner_id = ${ownerId} and external_id is not null`,
  );
  const staffPairs = typeof staffList?.pairs === 'string' ? (JSON.parse(staffList.pairs) as Array<[string, string]>) : (staffList?.pairs ?? []);
  const staffByExternalId = new Map<string, string>(staffPairs);

  const groupsByExternalId = new Map<string, GroupRef>();
  const groupsByName = new Map<string, GroupRef[]>();
  const subjects = new Map<string, string>();
  for (const group of groupRows) {
    if (group.externalId) groupsByExternalId.set(group.externalId, group);
    if (group.schoolId !== schoolId) continue;
    const key = groupKey(group.schoolYearId, group.name);
    const list = groupsByName.get(key);
    if (list) list.push(group);
    else groupsByName.set(key, [group]);
    if (group.subjectCode && !subjects.has(group.subjectCode)) subjects.set(group.subjectCode, group.subjectName ?? group.subjectCode);
  }
  return {
    ownerId,
    schoolId,
    schoolName: school.name,
    schoolOrgNumber: school.orgNumber,
    schoolKind: school.kind,
    schoolYears: years,
    schoolYear,
    studentsByExternalId: new Map(studentRows.map((s) => [s.externalId!, { id: s.id, schoolId: s.schoolId }])),
    ...(ofSchoolOnly ? { ofSchoolOnly: true as const } : {}),
    groupsByExternalId,
    groupsByName,
    staffByExternalId,
    subjects,
  };
}

/**
 * The school year an import is for: the one running on `today`; between two years (the summer,
 * when intake data arrives) the next one; after the last, the last.
 */
export function chooseSchoolYear<T extends { startsOn: IsoDate; endsOn: IsoDate }>(years: readonly T[], today: IsoDate): T | undefined {
  const sorted = [...years].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return sorted.find((y) => y.startsOn <= today && today <= y.endsOn) ?? sorted.find((y) => y.startsOn > today) ?? sorted.at(-1);
}

/** The school year a date falls in, if any. */
export function schoolYearOn(refs: SchoolReferences, date: IsoDate): SchoolYearRef | undefined {
  return refs.schoolYears.find((y) => y.startsOn <= date && date <= y.endsOn);
}

/**
 * Of these student numbers, not found at the school (`scope: 'school'`), the ones that belong to
 * another school of the owner.
 */
export async function findStudentsElsewhere(db: Db, refs: SchoolReferences, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await queryRows<{ external_id: string }>(
    db,
    sql`select external_id from students
        where owner_id = ${refs.ownerId} and school_id <> ${refs.schoolId} and external_id = any(${arrayParam(numbers, 'text')})`,
  );
  return new Set(rows.map((r) => r.external_id));
}
