/**
 * Imports a OneRoster 1.2 CSV set into one school: read and check every file, then — only if
 * nothing is wrong — write groups, students, staff with their roles and groups, memberships
 * and guardians in one transaction, with one audit entry. The writing reuses the writers of
 * the Norwegian formats, so both kinds of file mean the same in Varde: a class the set names
 * gets exactly the set's students and teachers; a student the set gives guardians for gets
 * those guardians. See docs/imports/oneroster.md.
 *
 * The set comes as its files (the CLI reads a folder; an upload sends the files).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { students as studentsTable } from '../db/schema.js';
import { systemClock } from '../lib/clock.js';
import { checkOneRoster, type CheckedOneRoster } from './check-oneroster.js';
import { auditImport, lockSchoolForImport } from './import-file.js';
import { writeGroups } from './import-groups.js';
import { writeGuardians } from './import-guardians.js';
import { writeMemberships } from './import-memberships.js';
import { ProblemList, shown } from './import-problems.js';
import { writeStaff } from './import-staff.js';
import { writeStudents } from './import-students.js';
import type { ImportCounts, ImportFile, ImportOptions, ImportResult } from './import-types.js';
import { groupKey, loadSchoolReferences, type SchoolReferences } from './load-school-references.js';
import type { GroupsPlan } from './parse-groups-file.js';
import { baseName, readOneRosterFiles } from './parse-oneroster-files.js';
import type { StudentsPlan } from './parse-students-file.js';

export interface ImportOneRosterOptions extends ImportOptions {
  files: ImportFile[];
}

export async function importOneRoster(db: Db, options: ImportOneRosterOptions): Promise<ImportResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const today = options.today ?? systemClock.today();
  const referenceOptions = { ownerId: options.ownerId, schoolId: options.schoolId, today, ...(options.schoolYearId ? { schoolYearId: options.schoolYearId } : {}) };
  const refs = await loadSchoolReferences(db, referenceOptions);
  const problems = new ProblemList();
  const files = options.files.map((f) => baseName(f.name));

  const set = await readOneRosterFiles(options.files, problems, (rowsRead) => options.onProgress?.({ phase: 'reading', rowsRead, rowsWritten: 0 }));
  const checked = checkOneRoster(set, refs, problems);
  const groups = checked ? planClasses(checked, refs, problems) : undefined;
  if (problems.count > 0 || !checked || !groups) {
    return { status: 'rejected', kind: 'oneroster', files, rows: set.rows, problems: problems.reported(), problemCount: problems.count, durationMs: elapsed() };
  }
  const students = await planStudents(db, refs, checked);

  const rowsToWrite = checked.classes.length + checked.students.length + checked.staff.length + checked.enrollments.length + checked.guardianLinks.length;
  let rowsWritten = 0;
  const progress = (n: number) => {
    rowsWritten += n;
    options.onProgress?.({ phase: 'writing', rowsRead: set.rows, rowsWritten, rowsToWrite });
  };
  const counts = await db.transaction(async (tx) => {
    await lockSchoolForImport(tx, refs.schoolId);
    const context = { ownerId: refs.ownerId, schoolId: refs.schoolId, schoolYear: checked.schoolYear, progress: () => {} };
    const written: ImportCounts = {};
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
              .map((g) => ({ externalId: g.externalId, givenName: g.givenName, familyName: g.familyName, phone: g.phone, email: g.email })),
            links,
            studentIds: [...new Set(links.map((l) => l.studentId))],
            present: new Set(['phone', 'email']),
          },
          context,
        ),
      );
      progress(checked.guardianLinks.length);
    }
    await auditImport(tx, options, { ...refs, schoolYear: checked.schoolYear }, { kind: 'oneroster', files, rows: set.rows, counts: written });
    return written;
  });
  return {
    status: 'imported',
    kind: 'oneroster',
    files,
    rows: set.rows,
    counts,
    ignored: [...set.ignored, ...Object.entries(checked.skipped).map(([reason, n]) => `${reason} (${n})`)],
    schoolYear: { id: checked.schoolYear.id, name: checked.schoolYear.name },
    durationMs: elapsed(),
  };
}

/** Classes as groups of the school year, with the group file's checks on ids and names. */
function planClasses(checked: CheckedOneRoster, refs: SchoolReferences, problems: ProblemList): GroupsPlan | undefined {
  const inClasses = problems.forFile('classes.csv');
  const year = checked.schoolYear;
  const before = problems.count;
  const names = new Map<string, string>();
  const groups: GroupsPlan['groups'] = [];
  for (const c of checked.classes) {
    const known = refs.groupsByExternalId.get(c.sourcedId);
    if (known && (known.schoolId !== refs.schoolId || known.schoolYearId !== year.id)) {
      inClasses.add({ code: 'external_id_in_use', row: null, column: 'sourcedId', value: c.sourcedId, text: 'classIdTaken', params: { value: shown(c.sourcedId) } });
      continue;
    }
    const other = names.get(c.name.toLowerCase());
    if (other) {
      inClasses.add({ code: 'duplicate_row', row: null, column: 'title', value: c.name, text: 'classNameTwice', params: { other: shown(other), id: shown(c.sourcedId), name: shown(c.name) } });
      continue;
    }
    names.set(c.name.toLowerCase(), c.sourcedId);
    const namesakes = known ? [] : (refs.groupsByName.get(groupKey(year.id, c.name)) ?? []);
    const withId = namesakes.find((g) => g.externalId !== null);
    if (withId) {
      inClasses.add({ code: 'conflicting_details', row: null, column: 'title', value: c.name, text: 'classNameTaken', params: { name: shown(c.name), id: shown(withId.externalId!) } });
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

/** Students as the student file would give them; a known student without demographics keeps the birth date Varde has. */
async function planStudents(db: Db, refs: SchoolReferences, checked: CheckedOneRoster): Promise<StudentsPlan> {
  const missing = checked.students.filter((s) => s.birthDate === undefined).map((s) => s.externalId);
  const known =
    missing.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await db
              .select({ externalId: studentsTable.externalId, birthDate: studentsTable.birthDate })
              .from(studentsTable)
              .where(and(eq(studentsTable.ownerId, refs.ownerId), inArray(studentsTable.externalId, missing)))
          ).map((s) => [s.externalId!, s.birthDate]),
        );
  return {
    students: checked.students.map((s, i) => ({
      row: i + 2,
      externalId: s.externalId,
      givenName: s.givenName,
      familyName: s.familyName,
      birthDate: s.birthDate ?? known.get(s.externalId)!,
      classGroupId: undefined,
    })),
  };
}
