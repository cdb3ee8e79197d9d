/**
 * Imports the schools file (skoler) for the owner as a whole, with no school chosen: read and
 * check every row against the owner's schools, and — only when nothing is wrong — create the new
 * schools and update the changed ones in one transaction, with one audit entry. See
 * docs/imports/schools.md.
 *
 * A school's kind (skoleslag) may change from one file to the next (a barneskole becomes a
 * kombinert skole): its rule profile follows the kind by itself (profileKindOf, read wherever a
 * profile is needed), and the result says so when the family of profile changes. A school with
 * no school year gets the owner's calendar (copy-owner-calendar.ts), or a note that it has none.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { profileKindOf } from '../domain/vocabulary.js';
import { systemClock } from '../lib/clock.js';
import { findOwnerCalendar, planCalendar, writeCalendar, type OwnerCalendar } from './copy-owner-calendar.js';
import { auditImport, lockOwnerSchoolsForImport } from './import-file.js';
import { ProblemList, type ImportNote } from './import-problems.js';
import { emptyCounts, type ImportCounts, type ImportFile, type ImportResult, type OwnerImportOptions, type SchoolField, type SchoolOutcome } from './import-types.js';
import { loadOwnerSchools } from './load-owner-schools.js';
import { planSchools, schoolColumns, schoolFields, schoolRowSchema, type SchoolsPlan } from './parse-schools-file.js';
import { readRows } from './read-rows.js';
import { uuidV7 } from './uuid-v7.js';

export interface ImportSchoolsOptions extends OwnerImportOptions {
  file: ImportFile;
}

export async function importSchools(db: Db, options: ImportSchoolsOptions): Promise<ImportResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const { ownerId } = options;
  const today = options.today ?? systemClock.today();
  const files = [options.file.name];
  const owned = await loadOwnerSchools(db, ownerId);
  const problems = new ProblemList();
  const builder = planSchools(owned);
  const read = await readRows({
    file: options.file,
    format: { columns: schoolColumns, fields: schoolFields, schema: schoolRowSchema },
    problems,
    onRow: (row, context) => builder.add(row, context),
    onProgress: (rowsRead) => options.onProgress?.({ phase: 'reading', rowsRead, rowsWritten: 0 }),
  });
  const plan = await builder.finish(db, problems, new Set(read.columns?.indexOf.keys() ?? []));
  if (problems.count > 0) {
    return { status: 'rejected', kind: 'schools', files, rows: read.rows, problems: problems.reported(), problemCount: problems.count, durationMs: elapsed() };
  }

  // Read before the transaction, as an import reads its references.
  const needsCalendar = plan.schools.some((s) => !s.existing?.hasSchoolYear);
  const calendar = needsCalendar ? await findOwnerCalendar(db, { ownerId, today }) : undefined;
  const rowsToWrite = plan.schools.length;
  options.onProgress?.({ phase: 'writing', rowsRead: read.rows, rowsWritten: 0, rowsToWrite });
  const written = await db.transaction(async (tx) => {
    await lockOwnerSchoolsForImport(tx, ownerId);
    const done = await writeSchools(tx, plan, { ownerId, calendar, columnOf: (key) => read.columns?.nameOf.get(key) ?? key });
    await auditImport(tx, options, { ownerId, schoolId: null }, { kind: 'schools', files, rows: read.rows, counts: done.counts, schools: done.schools });
    return done;
  });
  options.onProgress?.({ phase: 'writing', rowsRead: read.rows, rowsWritten: rowsToWrite, rowsToWrite });
  return {
    status: 'imported',
    kind: 'schools',
    files,
    rows: read.rows,
    counts: written.counts,
    ignored: read.columns?.ignored ?? [],
    schoolYear: null,
    durationMs: elapsed(),
    schools: written.schools,
    notes: written.notes,
  };
}

/** The school's fields in the database, with the file's column that sets each. */
const fields: Array<{ field: SchoolField; column: string }> = [
  { field: 'name', column: 'name' },
  { field: 'orgNumber', column: 'org_number' },
  { field: 'kind', column: 'kind' },
  { field: 'municipality', column: 'municipality' },
  { field: 'externalId', column: 'external_id' },
];

export async function writeSchools(
  tx: Db,
  plan: SchoolsPlan,
  context: { ownerId: string; calendar: OwnerCalendar | undefined; columnOf: (key: 'kind') => string },
): Promise<{ counts: ImportCounts; schools: SchoolOutcome[]; notes: ImportNote[] }> {
  const { ownerId, calendar } = context;
  const counts = { schools: emptyCounts(), schoolYears: emptyCounts() };
  const outcomes: SchoolOutcome[] = [];
  const notes: ImportNote[] = [];
  for (const school of plan.schools) {
    const wanted: Record<SchoolField, string | null> = {
      name: school.name,
      orgNumber: school.orgNumber,
      kind: school.kind,
      municipality: school.municipality,
      // A file without the column leaves the id as Varde has it; an empty cell empties it.
      externalId: plan.present.has('externalId') || !school.existing ? school.externalId : school.existing.externalId,
    };
    let id: string;
    let outcome: SchoolOutcome['outcome'];
    const changes: SchoolOutcome['changes'] = [];
    if (!school.existing) {
      id = uuidV7();
      await tx.execute(sql`insert into schools (owner_id, id, name, kind, org_number, municipality, external_id)
                           values (${ownerId}, ${id}, ${wanted.name}, ${wanted.kind}, ${wanted.orgNumber}, ${wanted.municipality}, ${wanted.externalId})`);
      outcome = 'created';
      counts.schools.inserted++;
    } else {
      const existing = school.existing;
      id = existing.id;
      for (const { field } of fields) if (existing[field] !== wanted[field]) changes.push({ field, from: existing[field], to: wanted[field] });
      if (changes.length > 0) {
        const set = sql.join(
          changes.map((c) => sql`${sql.identifier(fields.find((f) => f.field === c.field)!.column)} = ${c.to}`),
          sql`, `,
        );
        await tx.execute(sql`update schools set ${set} where owner_id = ${ownerId} and id = ${id}`);
        outcome = 'updated';
        counts.schools.updated++;
      } else {
        outcome = 'unchanged';
        counts.schools.unchanged++;
      }
      if (profileKindOf(existing.kind) !== profileKindOf(school.kind)) {
        notes.push({
          code: 'profile_follows_kind',
          level: 'info',
          row: school.row,
          column: context.columnOf('kind'),
          text: profileKindOf(school.kind) === 'vgs' ? 'profileNowVgs' : 'profileNowGrunnskole',
          params: { school: school.name },
        });
      }
    }
    outcomes.push({ row: school.row, id, name: school.name, kind: school.kind, outcome, changes });

    if (school.existing?.hasSchoolYear) continue;
    if (calendar) {
      const copied = await writeCalendar(tx, { ownerId, schoolId: id, calendar: planCalendar(calendar) });
      counts.schoolYears.inserted += copied.schoolYears;
      notes.push({
        code: 'calendar_copied',
        level: 'info',
        row: school.row,
        column: null,
        text: 'calendarCopied',
        params: { school: school.name, from: calendar.from.schoolName, years: calendar.years.map((y) => y.name) },
      });
    } else {
      notes.push({ code: 'no_calendar', level: 'warning', row: school.row, column: null, text: 'noCalendarForSchool', params: { school: school.name } });
    }
  }
  return { counts, schools: outcomes, notes };
}
