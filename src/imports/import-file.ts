/**
 * Imports one file of a school-system format (students, groups, memberships, guardians, staff,
 * absence, grades, intake data) into one school:
 *
 * 1. read the school's references (students, groups, staff, subjects, school years);
 * 2. read and check every row of the file, collecting every problem;
 * 3. if there is any problem, answer with the report and change nothing;
 * 4. otherwise write everything, and one audit entry, in one transaction.
 *
 * Nothing is written before the whole file has been checked, so a rejected file leaves the
 * database as it was, and a failure while writing rolls the whole import back.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { systemClock } from '../lib/clock.js';
import { writeAudit } from '../data/write-audit.js';
import type { FileImportKind } from './file-import-kind.js';
import { absenceImport } from './import-absence.js';
import { gradesImport } from './import-grades.js';
import { groupsImport } from './import-groups.js';
import { guardiansImport } from './import-guardians.js';
import { intakeImport } from './import-intake.js';
import { membershipsImport } from './import-memberships.js';
import { ProblemList } from './import-problems.js';
import { staffImport } from './import-staff.js';
import { studentsImport } from './import-students.js';
import type { AnyImportKind, ImportCounts, ImportFile, ImportKind, ImportOptions, ImportResult, SchoolOutcome } from './import-types.js';
import { loadSchoolReferences } from './load-school-references.js';
import { readRows } from './read-rows.js';

export type FileKind = Exclude<ImportKind, 'oneroster'>;

// Each kind has its own row and plan types; the runner only passes them from one step to the next.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFileImportKind = FileImportKind<string, any, any>;

const kinds: Record<FileKind, AnyFileImportKind> = {
  students: studentsImport,
  groups: groupsImport,
  memberships: membershipsImport,
  guardians: guardiansImport,
  staff: staffImport,
  absence: absenceImport,
  grades: gradesImport,
  intake: intakeImport,
};

export interface ImportFileOptions extends ImportOptions {
  kind: FileKind;
  file: ImportFile;
}

export async function importFile(db: Db, options: ImportFileOptions): Promise<ImportResult> {
  const started = performance.now();
  const kind = kinds[options.kind];
  const refs = await loadSchoolReferences(db, {
    ownerId: options.ownerId,
    schoolId: options.schoolId,
    today: options.today ?? systemClock.today(),
    scope: kind.references ?? 'owner',
    ...(options.schoolYearId ? { schoolYearId: options.schoolYearId } : {}),
  });
  const problems = new ProblemList();
  const files = [options.file.name];
  const elapsed = () => Math.round(performance.now() - started);

  if (kind.needsSchoolYear && !refs.schoolYear) {
    problems.add({
      code: 'unknown_school_year',
      row: null,
      column: null,
      text: 'noSchoolYearForFile',
      params: { school: refs.schoolName },
    });
    return { status: 'rejected', kind: options.kind, files, rows: 0, problems: problems.reported(), problemCount: problems.count, durationMs: elapsed() };
  }

  const builder = kind.plan(refs, { hashNationalId: options.hashNationalId ?? withoutServerKey });
  const read = await readRows({
    file: options.file,
    format: kind.format,
    problems,
    onRow: (row, context) => builder.add(row, context),
    onProgress: (rowsRead) => options.onProgress?.({ phase: 'reading', rowsRead, rowsWritten: 0 }),
  });
  const plan = await builder.finish(db, problems, new Set(read.columns?.indexOf.keys() ?? []));
  if (problems.count > 0) {
    return { status: 'rejected', kind: options.kind, files, rows: read.rows, problems: problems.reported(), problemCount: problems.count, durationMs: elapsed() };
  }

  const rowsToWrite = kind.size(plan);
  const report = (rowsWritten: number) => options.onProgress?.({ phase: 'writing', rowsRead: read.rows, rowsWritten, rowsToWrite });
  report(0);
  const counts = await db.transaction(async (tx) => {
    await lockSchoolForImport(tx, refs.schoolId);
    const written = await kind.write(tx, plan, {
      ownerId: refs.ownerId,
      schoolId: refs.schoolId,
      schoolYear: refs.schoolYear,
      progress: report,
      today: options.today ?? systemClock.today(),
      actorStaffId: options.actorStaffId,
      archiveAgreement: options.archiveAgreement,
    });
    await auditImport(tx, options, refs, { kind: options.kind, files, rows: read.rows, counts: written });
    return written;
  });
  report(rowsToWrite);
  const notes = kind.notes?.(plan) ?? [];
  return {
    status: 'imported',
    kind: options.kind,
    files,
    rows: read.rows,
    counts,
    ignored: read.columns?.ignored ?? [],
    schoolYear: refs.schoolYear ? { id: refs.schoolYear.id, name: refs.schoolYear.name } : null,
    durationMs: elapsed(),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

function withoutServerKey(): never {
  throw new Error('A national identity number cannot be imported without the server key: pass hashNationalId in the import options');
}

/**
 * Imports into one school wait for each other: two at once could each find an external id
 * missing and both insert it. The lock is released when the transaction ends.
 */
export async function lockSchoolForImport(tx: Db, schoolId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`varde:import:${schoolId}`}))`);
}

/**
 * The owner's schools are created and changed by one import at a time (the schools file, a
 * OneRoster set that makes its school): two at once could each find a school missing and both
 * create it. Released when the transaction ends.
 */
export async function lockOwnerSchoolsForImport(tx: Db, ownerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`varde:import-schools:${ownerId}`}))`);
}

/**
 * One audit entry per import: 'create' when it added anything, 'update' otherwise, with the
 * counts (and the schools it created or changed). Rejected files write none, since nothing about
 * any student changed.
 */
export async function auditImport(
  tx: Db,
  options: Pick<ImportOptions, 'actorStaffId' | 'via'>,
  refs: { ownerId: string; schoolId: string | null; schoolYear?: { name: string } | undefined },
  what: { kind: AnyImportKind; files: string[]; rows: number; counts: ImportCounts; schools?: SchoolOutcome[] },
): Promise<void> {
  const created = Object.values(what.counts).some((c) => c.inserted > 0);
  const schools = what.schools?.filter((s) => s.outcome !== 'unchanged').map((s) => ({ id: s.id, outcome: s.outcome, changed: s.changes.map((c) => c.field) }));
  await writeAudit(tx, {
    ownerId: refs.ownerId,
    actorStaffId: options.actorStaffId,
    action: created ? 'create' : 'update',
    entity: 'import',
    entityId: what.kind,
    detail: {
      kind: what.kind,
      files: what.files,
      via: options.via,
      schoolId: refs.schoolId,
      schoolYear: refs.schoolYear?.name ?? null,
      rows: what.rows,
      counts: what.counts,
      ...(schools?.length ? { schools } : {}),
    },
  });
}
