/**
 * Syncs one school's roster from FINT: read every collection first (a FINT that fails halfway
 * has then changed nothing, and the next run starts again from the beginning), map it
 * (map-fint-roster.ts), check it against what Varde has, and only then write it in one
 * transaction through the roster importers' writers (groups, students, staff, memberships),
 * with one audit entry. The answer says what changed.
 *
 * FINT is the source of the school's groups and who is in them, not of who exists: a student
 * who is no longer in FINT is never deleted (the student may have a case); the student's
 * memberships of the school's FINT groups end the day before the sync (`ends_on`, which
 * `memberOn` in src/data/still-at-school.ts reads). An ended membership is kept, not deleted,
 * where the membership file would delete it. A teacher keeps the roles FINT does not know
 * (rådgiver, skoleleder, …); faglærer and kontaktlærer, and the groups taught, are FINT's.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { staff as staffTable, students as studentsTable } from '../../db/schema.js';
import { writeAudit } from '../../data/write-audit.js';
import type { FintSyncTrigger, RoleCode } from '../../domain/vocabulary.js';
import { systemClock } from '../../lib/clock.js';
import { arrayLiteral } from '../../lib/sql-arrays.js';
import { lockSchoolForImport } from '../import-file.js';
import { writeGroups } from '../import-groups.js';
import { writeMemberships } from '../import-memberships.js';
import { writeStaff } from '../import-staff.js';
import { writeStudents } from '../import-students.js';
import type { ImportCounts } from '../import-types.js';
import { groupKey, loadSchoolReferences, type SchoolReferences } from '../load-school-references.js';
import type { PlannedGroup } from '../parse-groups-file.js';
import { FintError, readFintRoster, type FintClient } from './fint-client.js';
import type { FintProblem } from './fint-problems.js';
import { mapFintRoster, type FintRoster } from './map-fint-roster.js';

export interface SyncFintOptions {
  ownerId: string;
  schoolId: string;
  /** The school in FINT: its systemId, skolenummer or organisasjonsnummer. */
  fintSchool: string;
  client: FintClient;
  actorStaffId: string | null;
  via: FintSyncTrigger;
  /** YYYY-MM-DD: picks the school year, and memberships that end end the day before. */
  today?: string;
  schoolYearId?: string;
}

interface Membership {
  group: string;
  student: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** What a sync changed, by external id (gruppe-id, elevnummer, skoleressurs systemId). */
export interface FintChanges {
  groupsAdded: string[];
  studentsAdded: Array<{ externalId: string; name: string }>;
  studentsUpdated: Array<{ externalId: string; name: string }>;
  /** Students who were in the school's FINT groups and are no longer in FINT: kept, their memberships ended. */
  studentsGone: Array<{ externalId: string; name: string }>;
  membershipsAdded: Array<{ group: string; student: string }>;
  membershipsEnded: Array<{ group: string; student: string; endsOn: string }>;
  /** Dates changed, or a membership ended earlier opened again. */
  membershipsUpdated: Array<{ group: string; student: string }>;
  staffAdded: Array<{ externalId: string; name: string }>;
}

export type FintSyncResult =
  | {
      status: 'synced';
      school: FintRoster['school'];
      schoolYear: { id: string; name: string };
      changes: FintChanges;
      counts: ImportCounts;
      skipped: Record<string, number>;
      /** Imported, but for the school to complete or check (a birth date missing, a level Varde does not know). */
      warnings: FintProblem[];
      /** Feide names stored or changed (students.feide_name, staff.feide_name), which sign-in matches on. */
      feideNamesChanged: number;
      durationMs: number;
    }
  | { status: 'rejected'; problems: FintProblem[]; durationMs: number }
  | { status: 'failed'; error: { code: FintError['code']; message: string; collection?: string; offset?: number; status?: number }; durationMs: number };

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export async function syncFint(db: Db, options: SyncFintOptions): Promise<FintSyncResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const today = options.today ?? systemClock.today();

  let data;
  try {
    data = await readFintRoster(options.client);
  } catch (error) {
    if (!(error instanceof FintError)) throw error;
    return { status: 'failed', error: { code: error.code, message: error.message, ...error.details }, durationMs: elapsed() };
  }
  const referenceOptions = { ownerId: options.ownerId, schoolId: options.schoolId, today, ...(options.schoolYearId ? { schoolYearId: options.schoolYearId } : {}) };
  const refs = await loadSchoolReferences(db, referenceOptions);
  const year = refs.schoolYear;
  if (!year) {
    return { status: 'rejected', problems: [{ code: 'unknown_school_year', resource: 'skole', id: options.fintSchool, field: null, text: 'noSchoolYear', params: { school: refs.schoolName } }], durationMs: elapsed() };
  }
  const mapped = mapFintRoster(data, { school: options.fintSchool, schoolYear: { startsOn: year.startsOn, endsOn: year.endsOn } });
  if (mapped.status === 'rejected') return { status: 'rejected', problems: mapped.problems, durationMs: elapsed() };
  const roster = mapped.roster;

  const problems: FintProblem[] = [];
  const groups = planGroups(roster, refs, year.id, problems);
  for (const s of roster.students) {
    const known = refs.studentsByExternalId.get(s.externalId);
    if (known && known.schoolId !== refs.schoolId) {
      problems.push({ code: 'student_at_other_school', resource: 'elev', id: s.systemId, field: 'elevnummer', text: 'studentAtOtherSchool', params: { value: s.externalId } });
    }
  }
  if (problems.length > 0) return { status: 'rejected', problems, durationMs: elapsed() };

  const adoptStudent = await studentsToAdopt(db, refs, roster);
  const adoptStaff = await staffToAdopt(db, refs, roster);
  problems.push(...(await feideNamesTaken(db, refs.ownerId, roster, adoptStudent, adoptStaff)));
  if (problems.length > 0) return { status: 'rejected', problems, durationMs: elapsed() };
  // A student about to get an elevnummer is named by it already, so that FINT's membership is the same one.
  const numberOf = new Map([...adoptStudent].map(([externalId, id]) => [id, externalId]));
  const before = (await membershipsOf(db, refs, year.id, groups.map((g) => g.externalId))).map((m) => ({ ...m, student: numberOf.get(m.studentId) ?? m.student }));
  const beforeStudents = await studentsByExternalId(db, refs.ownerId, roster.students.map((s) => s.externalId));
  const yesterday = dayBefore(today);

  // The memberships to write: FINT's, and every other one of FINT's groups kept — ended yesterday if still open.
  const inFint = new Map(roster.memberships.map((m) => [`${m.groupExternalId}\u0000${m.studentExternalId}`, m]));
  const changes: FintChanges = {
    groupsAdded: groups.filter((g) => !refs.groupsByExternalId.has(g.externalId) && !g.adoptId).map((g) => g.externalId),
    studentsAdded: [],
    studentsUpdated: [],
    studentsGone: [],
    membershipsAdded: [],
    membershipsEnded: [],
    membershipsUpdated: [],
    staffAdded: roster.staff.people.filter((p) => !refs.staffByExternalId.has(p.externalId) && !adoptStaff.has(p.externalId)).map((p) => ({ externalId: p.externalId, name: `${p.givenName} ${p.familyName}` })),
  };
  for (const s of roster.students) {
    const was = beforeStudents.get(s.externalId);
    const name = `${s.givenName} ${s.familyName}`;
    if (!was && !adoptStudent.has(s.externalId)) changes.studentsAdded.push({ externalId: s.externalId, name });
    // A birth date FINT lacks does not take away one Varde has (writeStudents keeps it).
    else if (adoptStudent.has(s.externalId) || (was && (was.givenName !== s.givenName || was.familyName !== s.familyName || (s.birthDate !== null && was.birthDate !== s.birthDate)))) {
      changes.studentsUpdated.push({ externalId: s.externalId, name });
    }
  }
  const kept: Array<Membership & { studentId: string }> = [];
  const fintStudents = new Set(roster.students.map((s) => s.externalId));
  const gone = new Map<string, string>();
  for (const m of before) {
    const fint = inFint.get(`${m.group}\u0000${m.student}`);
    if (fint) {
      if (fint.startsOn !== m.startsOn || fint.endsOn !== m.endsOn) changes.membershipsUpdated.push({ group: m.group, student: m.student });
      continue;
    }
    const open = m.endsOn === null || m.endsOn >= today;
    kept.push({ ...m, endsOn: open ? yesterday : m.endsOn });
    if (open) {
      changes.membershipsEnded.push({ group: m.group, student: m.student, endsOn: yesterday });
      if (!fintStudents.has(m.student)) gone.set(m.student, m.studentName);
    }
  }
  changes.studentsGone = [...gone].map(([externalId, name]) => ({ externalId, name }));
  const beforeKeys = new Set(before.map((m) => `${m.group}\u0000${m.student}`));
  for (const m of roster.memberships) {
    if (!beforeKeys.has(`${m.groupExternalId}\u0000${m.studentExternalId}`)) changes.membershipsAdded.push({ group: m.groupExternalId, student: m.studentExternalId });
  }

  let feideNamesChanged = 0;
  const counts = await db.transaction(async (tx) => {
    await lockSchoolForImport(tx, refs.schoolId);
    const context = { ownerId: refs.ownerId, schoolId: refs.schoolId, schoolYear: year, today, actorStaffId: options.actorStaffId, progress: () => {} };
    const written: ImportCounts = {};
    Object.assign(written, await writeGroups(tx, { groups, present: new Set(roster.levelsGiven ? ['subjectCode', 'subjectName', 'level'] : ['subjectCode', 'subjectName']) }, context));
    const students = roster.students.map((s, i) => ({
      row: i + 1,
      externalId: s.externalId,
      givenName: s.givenName,
      familyName: s.familyName,
      birthDate: s.birthDate,
      classGroupId: undefined,
      ...(adoptStudent.has(s.externalId) ? { adoptId: adoptStudent.get(s.externalId)! } : {}),
    }));
    written.students = (await writeStudents(tx, { students, notes: [] }, context)).students!;

    const now = await loadSchoolReferences(tx, { ...referenceOptions, schoolYearId: year.id });
    const groupId = (externalId: string) => now.groupsByExternalId.get(externalId)!.id;
    const studentId = (externalId: string) => now.studentsByExternalId.get(externalId)!.id;

    const otherRoles = await rolesFintDoesNotKnow(tx, refs, roster.staff.people.map((p) => p.externalId), adoptStaff);
    Object.assign(
      written,
      await writeStaff(
        tx,
        {
          people: roster.staff.people.map((p) => ({
            externalId: p.externalId,
            givenName: p.givenName,
            familyName: p.familyName,
            email: p.email,
            ...(adoptStaff.has(p.externalId) ? { adoptId: adoptStaff.get(p.externalId)! } : {}),
          })),
          roles: [...roster.staff.roles, ...otherRoles],
          teaching: roster.staff.teaching.map((t) => ({ externalId: t.externalId, groupId: groupId(t.groupExternalId), role: t.role })),
          present: new Set(['email']),
        },
        context,
      ),
    );
    const memberships = [
      ...roster.memberships.map((m) => ({ groupId: groupId(m.groupExternalId), studentId: studentId(m.studentExternalId), startsOn: m.startsOn, endsOn: m.endsOn })),
      ...kept.map((m) => ({ groupId: groupId(m.group), studentId: m.studentId, startsOn: m.startsOn, endsOn: m.endsOn })),
    ];
    Object.assign(written, await writeMemberships(tx, { memberships, groupIds: groups.map((g) => groupId(g.externalId)), present: new Set(['startsOn', 'endsOn']) }, context));
    feideNamesChanged = await writeFeideNames(tx, refs.ownerId, roster);

    const added = Object.values(written).some((c) => c.inserted > 0);
    await writeAudit(tx, {
      ownerId: refs.ownerId,
      actorStaffId: options.actorStaffId,
      action: added ? 'create' : 'update',
      entity: 'import',
      entityId: 'fint',
      detail: {
        kind: 'fint',
        via: options.via,
        schoolId: refs.schoolId,
        fintSchool: roster.school.systemId,
        schoolYear: year.name,
        counts: written,
        ended: changes.membershipsEnded.length,
        feideNamesChanged,
      },
    });
    return written;
  });

  return {
    status: 'synced',
    school: roster.school,
    schoolYear: { id: year.id, name: year.name },
    changes,
    counts,
    skipped: roster.skipped,
    warnings: roster.warnings,
    feideNamesChanged,
    durationMs: elapsed(),
  };
}

/** FINT's groups as groups of the school year, with the group file's checks on ids and names. */
function planGroups(roster: FintRoster, refs: SchoolReferences, yearId: string, problems: FintProblem[]): PlannedGroup[] {
  const planned: PlannedGroup[] = [];
  for (const g of roster.groups) {
    const known = refs.groupsByExternalId.get(g.externalId);
    if (known && (known.schoolId !== refs.schoolId || known.schoolYearId !== yearId)) {
      problems.push({ code: 'external_id_in_use', resource: g.kind, id: g.externalId, field: 'systemId', text: 'groupIdTaken', params: { id: g.externalId } });
      continue;
    }
    const namesakes = known ? [] : (refs.groupsByName.get(groupKey(yearId, g.name)) ?? []);
    const withId = namesakes.find((n) => n.externalId !== null);
    if (withId) {
      problems.push({ code: 'conflicting_details', resource: g.kind, id: g.externalId, field: 'navn', text: 'groupNameTaken', params: { name: g.name, other: withId.externalId! } });
      continue;
    }
    const unnamed = namesakes.filter((n) => n.externalId === null);
    planned.push({ ...g, ...(unnamed.length === 1 ? { adoptId: unnamed[0]!.id } : {}) });
  }
  return planned;
}

/** Students of the school without an elevnummer, recognised by name and birth date (as the student file does). */
async function studentsToAdopt(db: Db, refs: SchoolReferences, roster: FintRoster): Promise<Map<string, string>> {
  const fresh = roster.students.filter((s) => !refs.studentsByExternalId.has(s.externalId));
  if (fresh.length === 0) return new Map();
  const unnumbered = await db
    .select({ id: studentsTable.id, givenName: studentsTable.givenName, familyName: studentsTable.familyName, birthDate: studentsTable.birthDate })
    .from(studentsTable)
    .where(and(eq(studentsTable.ownerId, refs.ownerId), eq(studentsTable.schoolId, refs.schoolId), isNull(studentsTable.externalId)));
  // Without a birth date on both sides, a name alone does not say it is the same student.
  const key = (s: { givenName: string; familyName: string; birthDate: string }) => `${s.givenName.toLowerCase()}\u0000${s.familyName.toLowerCase()}\u0000${s.birthDate}`;
  const byKey = new Map<string, string[]>();
  for (const s of unnumbered) {
    if (s.birthDate === null) continue;
    const k = key({ ...s, birthDate: s.birthDate });
    byKey.set(k, [...(byKey.get(k) ?? []), s.id]);
  }
  const adopt = new Map<string, string>();
  for (const s of fresh) {
    if (s.birthDate === null) continue;
    const ids = byKey.get(key({ ...s, birthDate: s.birthDate }));
    if (ids?.length === 1) adopt.set(s.externalId, ids[0]!);
  }
  return adopt;
}

/** Staff without an id, recognised by e-mail (as the staff file does). */
async function staffToAdopt(db: Db, refs: SchoolReferences, roster: FintRoster): Promise<Map<string, string>> {
  const fresh = roster.staff.people.filter((p) => !refs.staffByExternalId.has(p.externalId) && p.email);
  if (fresh.length === 0) return new Map();
  const unnumbered = await db
    .select({ id: staffTable.id, email: staffTable.email })
    .from(staffTable)
    .where(and(eq(staffTable.ownerId, refs.ownerId), isNull(staffTable.externalId)));
  const adopt = new Map<string, string>();
  for (const p of fresh) {
    const found = unnumbered.filter((s) => s.email?.toLowerCase() === p.email!.toLowerCase());
    if (found.length === 1) adopt.set(p.externalId, found[0]!.id);
  }
  return adopt;
}

/** The memberships Varde has of these groups (of the school and year), by external ids. */
async function membershipsOf(db: Db, refs: SchoolReferences, yearId: string, groupExternalIds: string[]): Promise<Array<Membership & { studentId: string; studentName: string }>> {
  if (groupExternalIds.length === 0) return [];
  const rows = await queryRows<{ g: string; s: string | null; id: string; name: string; starts_on: string | null; ends_on: string | null }>(
    db,
    sql`select g.external_id as g, s.external_id as s, s.id, s.given_name || ' ' || s.family_name as name, m.starts_on::text, m.ends_on::text
        from group_memberships m
        join groups g on g.owner_id = m.owner_id and g.id = m.group_id
        join students s on s.owner_id = m.owner_id and s.id = m.student_id
        where m.owner_id = ${refs.ownerId} and g.school_id = ${refs.schoolId} and g.school_year_id = ${yearId}
          and g.external_id = any(${arrayLiteral(groupExternalIds)}::text::text[])`,
  );
  // A member without an elevnummer (entered by hand) is named by Varde's id: FINT cannot list the student, so the membership ends.
  return rows.map((r) => ({ group: r.g, student: r.s ?? r.id, studentId: r.id, studentName: r.name, startsOn: r.starts_on, endsOn: r.ends_on }));
}

async function studentsByExternalId(db: Db, ownerId: string, externalIds: string[]) {
  if (externalIds.length === 0) return new Map<string, { givenName: string; familyName: string; birthDate: string }>();
  const rows = await db
    .select({ externalId: studentsTable.externalId, givenName: studentsTable.givenName, familyName: studentsTable.familyName, birthDate: studentsTable.birthDate })
    .from(studentsTable)
    .where(and(eq(studentsTable.ownerId, ownerId), inArray(studentsTable.externalId, externalIds)));
  return new Map(rows.map((r) => [r.externalId!, r]));
}

/** The roles at the school that FINT does not describe (all but faglærer and kontaktlærer): kept as they are. */
async function rolesFintDoesNotKnow(tx: Db, refs: SchoolReferences, externalIds: string[], adopted: Map<string, string>) {
  if (externalIds.length === 0) return [];
  const adoptedBy = new Map([...adopted].map(([externalId, id]) => [id, externalId]));
  const rows = await queryRows<{ external_id: string | null; id: string; role: RoleCode; title: string | null }>(
    tx,
    sql`select s.external_id, s.id, r.role, r.title from staff_roles r join staff s on s.owner_id = r.owner_id and s.id = r.staff_id
        where r.owner_id = ${refs.ownerId} and r.school_id = ${refs.schoolId} and r.role not in ('faglaerer', 'kontaktlaerer')
          and (s.external_id = any(${arrayLiteral(externalIds)}::text::text[]) or s.id = any(${arrayLiteral([...adopted.values()])}::text::uuid[]))`,
  );
  return rows.map((r) => ({ externalId: r.external_id ?? adoptedBy.get(r.id)!, role: r.role, title: r.title }));
}

/** Feide names FINT gives that another person of the owner has in Varde: refused, since sign-in could not tell them apart. */
async function feideNamesTaken(db: Db, ownerId: string, roster: FintRoster, adoptStudent: Map<string, string>, adoptStaff: Map<string, string>): Promise<FintProblem[]> {
  const problems: FintProblem[] = [];
  for (const [table, resource, people, adopted] of [
    ['students', 'elev', roster.students.map((s) => ({ id: s.systemId, externalId: s.externalId, feidenavn: s.feidenavn })), adoptStudent],
    ['staff', 'skoleressurs', roster.staff.people.map((p) => ({ id: p.externalId, externalId: p.externalId, feidenavn: p.feidenavn })), adoptStaff],
  ] as const) {
    const named = people.filter((p) => p.feidenavn);
    if (named.length === 0) continue;
    const holders = await queryRows<{ feide: string; id: string; external_id: string | null; name: string }>(
      db,
      sql`select lower(feide_name) as feide, id, external_id, given_name || ' ' || family_name as name from ${sql.identifier(table)}
          where owner_id = ${ownerId} and lower(feide_name) = any(${arrayLiteral(named.map((p) => p.feidenavn!.toLowerCase()))}::text::text[])`,
    );
    const holderOf = new Map(holders.map((h) => [h.feide, h]));
    // Someone FINT also names gives the name up in this run (the roster itself has each name once).
    const inRoster = new Set([...people.map((p) => p.externalId), ...adopted.values()]);
    for (const p of named) {
      const holder = holderOf.get(p.feidenavn!.toLowerCase());
      if (holder && !inRoster.has(holder.external_id ?? '') && !inRoster.has(holder.id)) {
        problems.push({ code: 'conflicting_details', resource, id: p.id, field: 'feidenavn', text: 'feideNameTaken', params: { value: p.feidenavn!, other: holder.name } });
      }
    }
  }
  return problems;
}

/**
 * The Feide names FINT gives, on the students and staff it names (sign-in matches on them). A
 * name that moves from one person to another is first taken off, then given: the unique index
 * checks each row as it is written.
 */
async function writeFeideNames(tx: Db, ownerId: string, roster: FintRoster): Promise<number> {
  let changed = 0;
  for (const [table, people] of [
    ['students', roster.students.map((s) => ({ externalId: s.externalId, feidenavn: s.feidenavn }))],
    ['staff', roster.staff.people.map((p) => ({ externalId: p.externalId, feidenavn: p.feidenavn }))],
  ] as const) {
    const named = people.filter((p) => p.feidenavn);
    if (named.length === 0) continue;
    const ids = arrayLiteral(named.map((p) => p.externalId));
    const names = arrayLiteral(named.map((p) => p.feidenavn!));
    const given = sql`select * from unnest(${ids}::text::text[], ${names}::text::text[]) as v(external_id, feide_name)`;
    await tx.execute(
      sql`update ${sql.identifier(table)} t set feide_name = null
          where t.owner_id = ${ownerId} and t.feide_name is not null
            and lower(t.feide_name) = any(${arrayLiteral(named.map((p) => p.feidenavn!.toLowerCase()))}::text::text[])
            and not exists (select 1 from (${given}) v where v.external_id = t.external_id and v.feide_name = t.feide_name)`,
    );
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`update ${sql.identifier(table)} t set feide_name = v.feide_name from (${given}) v
          where t.owner_id = ${ownerId} and t.external_id = v.external_id and t.feide_name is distinct from v.feide_name
          returning t.id`,
    );
    changed += rows.length;
  }
  return changed;
}
