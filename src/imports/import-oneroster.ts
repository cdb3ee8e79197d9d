/**
 * Imports a OneRoster 1.2 CSV set into one school: read and check every file, then — only if
 * nothing is wrong — write groups, students, staff with their roles and groups, memberships
 * and guardians in one transaction, with one audit entry. The writing reuses the writers of
 * the Norwegian formats, so both kinds of file mean the same in Varde: a class the set names
 * gets exactly the set's students and teachers; a student the set gives guardians for gets
 * those guardians. See docs/imports/oneroster.md.
 *
 * Without a school chosen (an import for the owner), the set's one org of type school (or the
 * one chosen by `org`, of a set with several) decides:
 * the owner's school with its sourcedId as skole-id, its identifier as organisation number, or
 * its name; else a new school, of the kind the org's metadata says or its grades tell, on the
 * owner's calendar — or the set is refused when neither the kind nor a calendar can be had.
 *
 * The set comes as its files (the CLI reads a folder; an upload sends the files).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { parseOrgNumber } from '../domain/org-number.js';
import type { SchoolKind } from '../domain/vocabulary.js';
import { systemClock } from '../lib/clock.js';
import { checkOneRoster, chooseSchoolOrg, chosenOrgMissing, kindWord, orgSchoolKind, type CheckedOneRoster } from './check-oneroster.js';
import { findOwnerCalendar, planCalendar, writeCalendar, type PlannedCalendar } from './copy-owner-calendar.js';
import { auditImport, lockOwnerSchoolsForImport, lockSchoolForImport } from './import-file.js';
import { writeGroups } from './import-groups.js';
import { writeGuardians } from './import-guardians.js';
import { writeMemberships } from './import-memberships.js';
import { birthDateNotes } from './birth-date-notes.js';
import { ProblemList, shown, type ImportNote } from './import-problems.js';
import { writeStaff } from './import-staff.js';
import { writeStudents } from './import-students.js';
import { emptyCounts, type ImportCounts, type ImportFile, type ImportOptions, type ImportResult, type SchoolOutcome } from './import-types.js';
import { findOwnerSchool, loadOwnerSchools } from './load-owner-schools.js';
import { groupKey, loadSchoolReferences, type SchoolReferences } from './load-school-references.js';
import type { GroupsPlan } from './parse-groups-file.js';
import { baseName, orgKindColumn, readOneRosterFiles, type OneRosterSet } from './parse-oneroster-files.js';
import { studentsWithBirthDate, type StudentsPlan } from './parse-students-file.js';
import { uuidV7 } from './uuid-v7.js';

export interface ImportOneRosterOptions extends Omit<ImportOptions, 'schoolId'> {
  /** The school to import into; without it the set's org decides (an import for the owner). */
  schoolId?: string | undefined;
  /** The org of a set with several schools to import (its sourcedId, organisation number or name); the others are left out. */
  org?: string | undefined;
  files: ImportFile[];
}

/** The school a set for the owner creates, decided before anything is written. */
interface NewSchool {
  id: string;
  name: string;
  kind: SchoolKind;
  orgNumber: string | null;
  externalId: string;
  calendar: PlannedCalendar;
  notes: ImportNote[];
}

export async function importOneRoster(db: Db, options: ImportOneRosterOptions): Promise<ImportResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const today = options.today ?? systemClock.today();
  const problems = new ProblemList();
  const files = options.files.map((f) => baseName(f.name));
  const rejected = (rows: number): ImportResult => ({ status: 'rejected', kind: 'oneroster', files, rows, problems: problems.reported(), problemCount: problems.count, durationMs: elapsed() });
  const set = await readOneRosterFiles(options.files, problems, (rowsRead) => options.onProgress?.({ phase: 'reading', rowsRead, rowsWritten: 0 }));
  const target: { schoolId: string; created?: NewSchool } | undefined = options.schoolId
    ? { schoolId: options.schoolId }
    : await findSchoolOfSet(db, set, { ownerId: options.ownerId, today, org: options.org }, problems);
  if (!target) return rejected(set.rows);
  const created = target.created;
  const referenceOptions = { ownerId: options.ownerId, schoolId: target.schoolId, today, ...(options.schoolYearId ? { schoolYearId: options.schoolYearId } : {}) };
  const refs = await loadSchoolReferences(db, {
    ...referenceOptions,
    ...(created ? { newSchool: { name: created.name, orgNumber: created.orgNumber, kind: created.kind, schoolYears: created.calendar.years } } : {}),
  });

  const checked = checkOneRoster(set, refs, problems, { org: options.org });
  const groups = checked ? planClasses(checked, refs, problems) : undefined;
  if (problems.count > 0 || !checked || !groups) return rejected(set.rows);
  const students = await planStudents(db, refs, checked);
  // Imported for the owner, the result says which school the set went into (and whether it made it).
  const schools: SchoolOutcome[] | undefined = options.schoolId
    ? undefined
    : [{ row: null, id: refs.schoolId, name: refs.schoolName, kind: refs.schoolKind, outcome: created ? 'created' : 'unchanged', changes: [] }];

  const rowsToWrite = checked.classes.length + checked.students.length + checked.staff.length + checked.enrollments.length + checked.guardianLinks.length;
  let rowsWritten = 0;
  const progress = (n: number) => {
    rowsWritten += n;
    options.onProgress?.({ phase: 'writing', rowsRead: set.rows, rowsWritten, rowsToWrite });
  };
  const counts = await db.transaction(async (tx) => {
    const written: ImportCounts = {};
    if (created) {
      await lockOwnerSchoolsForImport(tx, refs.ownerId);
      await tx.execute(sql`insert into schools (owner_id, id, name, kind, org_number, external_id)
                           values (${refs.ownerId}, ${created.id}, ${created.name}, ${created.kind}, ${created.orgNumber}, ${created.externalId})`);
      const copied = await writeCalendar(tx, { ownerId: refs.ownerId, schoolId: created.id, calendar: created.calendar });
      written.schools = { ...emptyCounts(), inserted: 1 };
      written.schoolYears = { ...emptyCounts(), inserted: copied.schoolYears };
    }
    await lockSchoolForImport(tx, refs.schoolId);
    const context = { ownerId: refs.ownerId, schoolId: refs.schoolId, schoolYear: checked.schoolYear, progress: () => {} };
    Object.assign(written, await writeGroups(tx, groups, context));
    progress(checked.classes.length);
    const { students: studentCounts } = await writeStudents(tx, students, context);
    written.students = studentCounts!;
    progress(checked.students.length);

    // The groups and students now have ids; the rest refers to them.
    const now = await loadSchoolReferences(tx, { ...referenceOptions, schoolYearId: checked.schoolYear.id });
    const groupId = (sourcedId: string) => now.groupsByExternalId.get(sourcedId)!;
    const studentId = (sourcedId: string) => now.studentsByExternalId.get(externalIdOf.get(sourcedId)!)!.id;
    const externalIdOf = new Map([...checked.students, ...checked.staff, ...checked.guardians].map((u) => [u.sourcedId, u.externalId]));

    const teaching = checked.enrollments
      .filter((e) => e.role === 'teacher')
      .map((e) => ({ externalId: externalIdOf.get(e.userSourcedId)!, groupId: groupId(e.classSourcedId).id, role: groupId(e.classSourcedId).kind === 'basisgruppe' ? ('kontaktlaerer' as const) : ('faglaerer' as const) }));
    Object.assign(
      written,
      await writeStaff(
        tx,
        {
          people: checked.staff.map((s) => ({ externalId: s.externalId, givenName: s.givenName, familyName: s.familyName, email: s.email })),
          roles: checked.staff.flatMap((s) => s.roles.map((r) => ({ externalId: s.externalId, role: r.role, title: r.title }))),
          teaching,
          present: new Set(['email']),
        },
        context,
      ),
    );
    progress(checked.staff.length);

    const memberships = checked.enrollments
      .filter((e) => e.role === 'student')
      .map((e) => ({ groupId: groupId(e.classSourcedId).id, studentId: studentId(e.userSourcedId), startsOn: e.beginDate, endsOn: e.endDate }));
    Object.assign(
      written,
      await writeMemberships(
        tx,
        { memberships, groupIds: checked.classes.map((c) => groupId(c.sourcedId).id), present: new Set(['startsOn', 'endsOn']) },
        context,
      ),
    );
    progress(checked.enrollments.length);

    if (checked.guardianLinks.length > 0) {
      const guardianOf = new Map(checked.guardians.map((g) => [g.sourcedId, g]));
      const links = checked.guardianLinks.map((l) => {
        const guardian = guardianOf.get(l.guardianSourcedId)!;
        return {
          studentId: studentId(l.studentSourcedId),
          guardianExternalId: guardian.externalId,
          relation: guardian.relation,
          parentalResponsibility: guardian.parentalResponsibility,
          livesWithStudent: true,
        };
      });
      const linked = new Set(checked.guardianLinks.map((l) => l.guardianSourcedId));
      // OneRoster knows nothing of parental responsibility or the relation's kind beyond
      // parent/guardian/relative: a link Varde already has keeps what the guardian file said.
      Object.assign(
        written,
        await writeGuardians(
          tx,
          {
            guardians: checked.guardians
              .filter((g) => linked.has(g.sourcedId))
              .map((g) => ({ externalId: g.externalId, givenName: g.givenName, familyName: g.familyName, phone: g.phone, email: g.email, noticeLanguage: null, nationalIdHash: null })),
            links,
            studentIds: [...new Set(links.map((l) => l.studentId))],
            present: new Set(['phone', 'email']),
          },
          context,
        ),
      );
      progress(checked.guardianLinks.length);
    }
    await auditImport(tx, options, { ...refs, schoolYear: checked.schoolYear }, { kind: 'oneroster', files, rows: set.rows, counts: written, ...(schools ? { schools } : {}) });
    return written;
  });
  const notes = [...(created?.notes ?? []), ...checked.notes, ...students.notes];
  return {
    status: 'imported',
    kind: 'oneroster',
    files,
    rows: set.rows,
    counts,
    ignored: [...set.ignored, ...Object.entries(checked.skipped).map(([reason, n]) => `${reason} (${n})`)],
    schoolYear: { id: checked.schoolYear.id, name: checked.schoolYear.name },
    durationMs: elapsed(),
    ...(schools ? { schools } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * The school of a set imported for the owner: its one org of type school, found among the
 * owner's schools or to be created. Undefined when the set cannot say (the problems say why).
 */
async function findSchoolOfSet(
  db: Db,
  set: OneRosterSet,
  options: { ownerId: string; today: string; org: string | undefined },
  problems: ProblemList,
): Promise<{ schoolId: string } | { schoolId: string; created: NewSchool } | undefined> {
  // Without one of its files, or with a bad row of orgs.csv, the set is refused for that already.
  if (problems.items.some((p) => p.code === 'missing_file' || p.file === 'orgs.csv')) return undefined;
  const inOrgs = problems.forFile('orgs.csv');
  const schools = set.orgs.filter((o) => o.type === 'school' && o.status !== 'tobedeleted');
  // A set of several schools is imported for the one chosen (--org, the form's org field).
  const chosen = options.org === undefined ? undefined : chooseSchoolOrg(schools, options.org);
  if (options.org !== undefined && !chosen) {
    inOrgs.add(chosenOrgMissing(schools, options.org));
    return undefined;
  }
  const orgs = chosen ? [chosen] : schools;
  if (orgs.length !== 1) {
    inOrgs.add(
      orgs.length === 0
        ? { code: 'school_not_in_file', row: null, column: 'type', text: 'noSchoolInOrgs' }
        : { code: 'ambiguous_school', row: null, column: 'type', text: 'severalSchoolsInOrgs', params: { schools: orgs.map((o) => shown(o.name)) } },
    );
    return undefined;
  }
  const org = orgs[0]!;
  const orgNumber = org.identifier ? (parseOrgNumber(org.identifier) ?? null) : null;
  const found = findOwnerSchool(await loadOwnerSchools(db, options.ownerId), { externalId: org.sourcedId, orgNumber, name: org.name });
  if (found) return { schoolId: found.school.id };

  const said = orgSchoolKind(set, org);
  if (said.kind === undefined) {
    inOrgs.add({ code: 'required', row: org.row, column: orgKindColumn.name, text: 'schoolKindUnknown', params: { school: shown(org.name), levels: said.levels.length > 0 ? said.levels : null } });
  }
  const calendar = await findOwnerCalendar(db, options);
  if (!calendar) inOrgs.add({ code: 'unknown_school_year', row: org.row, column: null, text: 'noCalendarForNewSchool', params: { school: shown(org.name) } });
  if (said.kind === undefined || !calendar) return undefined;

  const notes: ImportNote[] = [];
  if (said.from === 'grades') {
    notes.push({ code: 'kind_derived', level: 'info', file: 'orgs.csv', row: org.row, column: null, text: 'kindDerived', params: { school: org.name, kind: kindWord(said.kind), levels: said.levels } });
  }
  notes.push({ code: 'calendar_copied', level: 'info', file: 'orgs.csv', row: org.row, column: null, text: 'calendarCopied', params: { school: org.name, from: calendar.from.schoolName, years: calendar.years.map((y) => y.name) } });
  const id = uuidV7();
  return { schoolId: id, created: { id, name: org.name, kind: said.kind, orgNumber, externalId: org.sourcedId, calendar: planCalendar(calendar), notes } };
}

/** Classes as groups of the school year, with the group file's checks on ids and names. */
function planClasses(checked: CheckedOneRoster, refs: SchoolReferences, problems: ProblemList): GroupsPlan | undefined {
  const inClasses = problems.forFile('classes.csv');
  const year = checked.schoolYear;
  const before = problems.count;
  const names = new Map<string, CheckedOneRoster['classes'][number]>();
  const groups: GroupsPlan['groups'] = [];
  for (const c of checked.classes) {
    const known = refs.groupsByExternalId.get(c.sourcedId);
    if (known && (known.schoolId !== refs.schoolId || known.schoolYearId !== year.id)) {
      inClasses.add({ code: 'external_id_in_use', row: c.row, column: 'sourcedId', value: c.sourcedId, text: 'classIdTaken', params: { value: shown(c.sourcedId) } });
      continue;
    }
    const other = names.get(c.name.toLowerCase());
    if (other) {
      inClasses.add({ code: 'duplicate_row', row: c.row, column: 'title', value: c.name, text: 'classNameTwice', params: { other: shown(other.sourcedId), id: shown(c.sourcedId), name: shown(c.name), first: other.row } });
      continue;
    }
    names.set(c.name.toLowerCase(), c);
    const namesakes = known ? [] : (refs.groupsByName.get(groupKey(year.id, c.name)) ?? []);
    const withId = namesakes.find((g) => g.externalId !== null);
    if (withId) {
      inClasses.add({ code: 'conflicting_details', row: c.row, column: 'title', value: c.name, text: 'classNameTaken', params: { name: shown(c.name), id: shown(withId.externalId!) } });
      continue;
    }
    const unnamed = namesakes.filter((g) => g.externalId === null);
    groups.push({
      externalId: c.sourcedId,
      name: c.name,
      kind: c.kind,
      level: c.level,
      programme: null,
      subjectCode: c.subjectCode,
      subjectName: c.subjectName,
      ...(unnamed.length === 1 ? { adoptId: unnamed[0]!.id } : {}),
    });
  }
  if (problems.count > before) return undefined;
  return { groups, present: new Set(['level', 'subjectCode', 'subjectName']) };
}

/**
 * Students as the student file would give them. One without a birth date in the set is written
 * with none, and the write keeps the one Varde has (import-students.ts); a warning is given for a
 * student Varde has without one too (the check warned of the new ones).
 */
async function planStudents(db: Db, refs: SchoolReferences, checked: CheckedOneRoster): Promise<StudentsPlan> {
  const knownWithout = checked.students.filter((s) => s.birthDate === undefined && refs.studentsByExternalId.has(s.externalId));
  const keeps = await studentsWithBirthDate(db, refs.ownerId, knownWithout.map((s) => s.externalId));
  return {
    students: checked.students.map((s, i) => ({
      row: i + 2,
      externalId: s.externalId,
      givenName: s.givenName,
      familyName: s.familyName,
      birthDate: s.birthDate ?? null,
      classGroupId: undefined,
    })),
    notes: birthDateNotes(knownWithout.filter((s) => !keeps.has(s.externalId)).map((s) => s.birthDateAt)),
  };
}
