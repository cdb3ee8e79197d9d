/**
 * Writes the absence of a checked file so that a record already as the file says is not touched
 * at all and a re-import of the same file writes nothing.
 *
 * First one query finds what the school already has of the file's students on the file's dates
 * (through their student+date index: for a first import, a few hundred empty index look-ups),
 * and Node sorts the rows into new, changed and unchanged. The new records then go by COPY
 * (copy-rows.ts) straight into absence_records, 20 000 at a time; the changed ones are copied
 * into a table of the transaction's own and updated from there by one statement.
 *
 * That look-up cannot see a record whose external id the file reuses for another student or
 * date (a fraværs-id moved by a correction): its insert then meets the unique index, the
 * transaction goes back to where the writing began, and the file is written the exact way
 * (writeAbsenceByLookup), each record looked up by its external id.
 *
 * New records get `source = 'import'`; `registered_at` is the time of the first import and stays
 * so on later updates. See docs/decisions/009 for why the
 * table has no foreign keys and what checks the references instead.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import { absenceTypes } from '../domain/vocabulary.js';
import { copyRows, copyText, isEmbedded } from './copy-rows.js';
import { yieldToEventLoop } from './read-rows.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type ImportCounts } from './import-types.js';
import {
  absenceColumns,
  absenceFields,
  absenceIdOf,
  absenceRowSchema,
  parseAbsenceRowFast,
  planAbsence,
  type AbsenceColumn,
  type AbsencePlan,
  type AbsenceRow,
} from './parse-absence-file.js';
import { arrayLiteral, batches } from '../lib/sql-arrays.js';
import { uuidV7 } from './uuid-v7.js';

/**
 * Rows per statement: large enough that the round trips do not count, small enough for steady
 * progress. On the embedded database a statement holds Node's thread while it runs: 4 000 rows
 * there are some tens of milliseconds, after which the event loop runs (other requests, health).
 */
const BATCH_ROWS = 20_000;
const BATCH_ROWS_EMBEDDED = 4_000;
export const batchRows = (tx: Db) => (isEmbedded(tx) ? BATCH_ROWS_EMBEDDED : BATCH_ROWS);

/** The columns the file sets, and so the ones an update compares and changes. */
const fileColumns = [
  'student_id',
  'date',
  'scope',
  'lesson_number',
  'group_id',
  'hours',
  'minutes_late',
  'type',
  'cause',
  'notice_from_home',
  'registered_by',
] as const;
type FileColumn = (typeof fileColumns)[number];

/** Columns that keep what a known record has when the file lacks the column that sets them. */
const optionalColumns: Partial<Record<FileColumn, AbsenceColumn>> = {
  group_id: 'group',
  minutes_late: 'minutesLate',
  cause: 'cause',
  notice_from_home: 'notice',
  registered_by: 'registeredBy',
};

/** The columns the staging table of the exact way has, in COPY order: the id a new record gets first. */
const stagedColumns = ['id', ...fileColumns, 'external_id'] as const;

/** The columns of the table of changed records, in COPY order: the record's key (its primary key) first. */
const updateColumns = ['id', 'record_student_id', 'record_date', ...fileColumns, 'external_id'] as const;

/**
 * The columns a new record is copied with, in COPY order. The id is the table's default (a
 * random UUID): the primary key leads with the student and the date, so the ids' order does
 * not matter to it.
 */
const insertedColumns = ['owner_id', 'school_id', 'source', 'external_id', ...fileColumns] as const;

const uniqueViolation = (error: unknown): boolean => {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === '23505') return true;
  return false;
};

export async function writeAbsence(tx: Db, plan: AbsencePlan, context: WriteContext): Promise<ImportCounts> {
  if (plan.count === 0) return { absenceRecords: emptyCounts() };
  await tx.execute(sql`savepoint absence_write`);
  try {
    const counts = await writeAbsenceByStudents(tx, plan, context);
    await tx.execute(sql`release savepoint absence_write`);
    return counts;
  } catch (error) {
    if (!uniqueViolation(error)) throw error;
    await tx.execute(sql`rollback to savepoint absence_write`);
    return writeAbsenceByLookup(tx, plan, context);
  }
}

/** A record the school has, as the look-up gives it: [external id, id, school id, then the file's columns in order]. */
type KnownRecord = [string, string, string, string, string, string, number | null, string | null, number, number | null, string, string | null, boolean, string | null];

/** The file's value of each column for row i, as the look-up gives a record's (JSON) values. */
function valuesOf(plan: AbsencePlan, i: number): unknown[] {
  const lesson = plan.lesson.get(i);
  const group = plan.group.get(i);
  const minutes = plan.minutesLate.get(i);
  const cause = plan.cause.get(i);
  const registeredBy = plan.registeredBy.get(i);
  return [
    plan.studentIds[plan.student.get(i)],
    plan.dates.texts[plan.date.get(i)],
    lesson === 0 ? 'dag' : 'time',
    lesson === 0 ? null : lesson,
    group < 0 ? null : plan.groupIds.texts[group],
    plan.hours.get(i),
    minutes < 0 ? null : minutes,
    absenceTypes[plan.type.get(i)],
    cause < 0 ? null : plan.causes.texts[cause],
    plan.notice.get(i) === 1,
    registeredBy < 0 ? null : plan.staffIds.texts[registeredBy],
  ];
}

async function writeAbsenceByStudents(tx: Db, plan: AbsencePlan, context: WriteContext): Promise<ImportCounts> {
  const counts = emptyCounts();
  const batch = batchRows(tx);
  const dates = [...plan.dates.texts].sort();
  const known = new Map<string, KnownRecord>();
  // The students in slices of about a batch of the file's rows: a re-imported file finds about as
  // many records as it has rows, and one statement for all of them would hold the embedded database long.
  for (const students of studentSlices(plan, batch)) {
    const [found] = await queryRows<{ records: KnownRecord[] | string | null }>(
      tx,
      // Student by student through the index (offset 0 keeps the planner from turning this into a
      // scan of the owner's records by date when the table's statistics lag behind its growth).
      sql`select json_agg(json_build_array(a.external_id, a.id, a.school_id, ${sql.raw(fileColumns.map((c) => `a.${c}`).join(', '))})) as records
          from unnest(${arrayLiteral(students)}::text::uuid[]) as s(id)
          cross join lateral (
            select * from absence_records r
            where r.owner_id = ${context.ownerId} and r.student_id = s.id and r.date >= ${dates[0]} and r.date <= ${dates.at(-1)} and r.external_id is not null
            offset 0
          ) a`,
    );
    const records = typeof found?.records === 'string' ? (JSON.parse(found.records) as KnownRecord[]) : (found?.records ?? []);
    for (const record of records) known.set(record[0], record);
    await yieldToEventLoop();
  }
  const text = new CopyText(plan);

  // Which of the file's columns an update compares: a column the file lacks is left as it is.
  const compared = fileColumns.map((c, index) => ({ c, index })).filter(({ c }) => !optionalColumns[c] || plan.present.has(optionalColumns[c]));
  const fresh: number[] = [];
  const changed: Array<{ row: number; key: string }> = [];
  for (let i = 0; i < plan.count; i++) {
    const record = known.size === 0 ? undefined : known.get(absenceIdOf(plan, i));
    if (!record) {
      fresh.push(i);
      continue;
    }
    // A record of another school with the same id is left where it is (planAbsence refuses such files; this covers one added since).
    if (record[2] !== context.schoolId) continue;
    const values = valuesOf(plan, i);
    const differs = compared.some(({ index }) => {
      const mine = values[index];
      const theirs = record[3 + index];
      return index === 5 ? Number(theirs) !== mine : theirs !== mine;
    });
    if (differs) changed.push({ row: i, key: `${record[1]}\t${record[3]}\t${record[4]}` });
  }

  let written = 0;
  for (const [start, end] of batches(fresh.length, batch)) {
    await copyRows(tx, 'absence_records', insertedColumns, text.inserted(fresh, start, end, `${context.ownerId}\t${context.schoolId}`));
    written += end - start;
    context.progress(written);
    await yieldToEventLoop();
  }
  counts.inserted = fresh.length;

  if (changed.length > 0) {
    await tx.execute(sql`
      create temp table absence_update (
        id uuid, record_student_id uuid, record_date date, student_id uuid, date date, scope text, lesson_number smallint, group_id uuid,
        hours numeric, minutes_late smallint, type text, cause text, notice_from_home boolean, registered_by uuid, external_id text
      ) on commit drop`);
    const assignments = sql.raw(compared.map(({ c }) => `${c} = t.${c}`).join(', '));
    for (const [start, end] of batches(changed.length, batch)) {
      await copyRows(tx, 'absence_update', updateColumns, text.staged(changed.slice(start, end)));
      await tx.execute(sql`
        update absence_records a set ${assignments} from absence_update t
        where a.owner_id = ${context.ownerId} and a.student_id = t.record_student_id and a.date = t.record_date and a.id = t.id`);
      await tx.execute(sql`truncate absence_update`);
      written += end - start;
      context.progress(written);
      await yieldToEventLoop();
    }
    await tx.execute(sql`drop table absence_update`);
  }
  counts.updated = changed.length;
  counts.unchanged = plan.count - counts.inserted - counts.updated;
  // The unchanged records are done as soon as they are looked at.
  if (written < plan.count) context.progress(plan.count);
  return { absenceRecords: counts };
}

/** The file's students (those the school has), in slices that each cover about `rows` rows of the file. */
function* studentSlices(plan: AbsencePlan, rows: number): Generator<string[]> {
  const rowsOf = new Map<number, number>();
  for (let i = 0; i < plan.count; i++) {
    const number = plan.student.get(i);
    rowsOf.set(number, (rowsOf.get(number) ?? 0) + 1);
  }
  let slice: string[] = [];
  let covered = 0;
  for (const [number, n] of rowsOf) {
    const id = plan.studentIds[number];
    if (id === undefined) continue;
    slice.push(id);
    covered += n;
    if (covered >= rows) {
      yield slice;
      slice = [];
      covered = 0;
    }
  }
  if (slice.length > 0) yield slice;
}

/** Rows per piece of COPY text: a few hundred kilobytes, soon sent and gone. */
const ROWS_PER_PIECE = 1000;

/**
 * The COPY text of a plan's rows, worked out once per distinct value: a file names the same few
 * hundred students, dates and groups over and over, so a row is a dozen ready pieces joined.
 */
class CopyText {
  private readonly students: string[];
  private readonly numbers: string[];
  private readonly dates: string[];
  private readonly groups: string[];
  private readonly causes: string[];
  private readonly staff: string[];

  constructor(private readonly plan: AbsencePlan) {
    this.students = plan.studentIds.map((id) => id ?? '\\N');
    this.numbers = plan.studentNumbers.texts.map(copyText);
    this.dates = plan.dates.texts;
    this.groups = plan.groupIds.texts.map(copyText);
    this.causes = plan.causes.texts.map(copyText);
    this.staff = plan.staffIds.texts.map(copyText);
  }

  /** The external id of row i, escaped: the file's own, or `fravær:<date>:<lesson|dag>:<number>`. */
  externalId(i: number): string {
    const own = this.plan.ownIds.get(i);
    if (own !== undefined) return copyText(own);
    const lesson = this.plan.lesson.get(i);
    return `fravær:${this.dates[this.plan.date.get(i)]}:${lesson === 0 ? 'dag' : lesson}:${this.numbers[this.plan.student.get(i)]}`;
  }

  /** The file's columns of row i, in the order of `fileColumns`. */
  fileColumns(i: number): string {
    const p = this.plan;
    const lesson = p.lesson.get(i);
    const group = p.group.get(i);
    const minutes = p.minutesLate.get(i);
    const cause = p.cause.get(i);
    const staff = p.registeredBy.get(i);
    return (
      this.students[p.student.get(i)] +
      '\t' +
      this.dates[p.date.get(i)] +
      (lesson === 0 ? '\tdag\t\\N\t' : `\ttime\t${lesson}\t`) +
      (group < 0 ? '\\N' : this.groups[group]) +
      '\t' +
      p.hours.get(i) +
      '\t' +
      (minutes < 0 ? '\\N' : minutes) +
      '\t' +
      absenceTypes[p.type.get(i)] +
      '\t' +
      (cause < 0 ? '\\N' : this.causes[cause]) +
      (p.notice.get(i) === 1 ? '\tt\t' : '\tf\t') +
      (staff < 0 ? '\\N' : this.staff[staff])
    );
  }

  /** New records: rows fresh[start..end), in the order of `insertedColumns`, in pieces. */
  *inserted(fresh: readonly number[], start: number, end: number, ownerAndSchool: string): Generator<string> {
    for (let from = start; from < end; from += ROWS_PER_PIECE) {
      let piece = '';
      for (let k = from; k < Math.min(end, from + ROWS_PER_PIECE); k++) {
        const i = fresh[k]!;
        piece += `${ownerAndSchool}\timport\t${this.externalId(i)}\t${this.fileColumns(i)}\n`;
      }
      yield piece;
    }
  }

  /** Rows after the key of the record each one writes (its leading columns, as text), in pieces. */
  *staged(rows: ReadonlyArray<{ row: number; key: string }>): Generator<string> {
    for (let from = 0; from < rows.length; from += ROWS_PER_PIECE) {
      let piece = '';
      for (let k = from; k < Math.min(rows.length, from + ROWS_PER_PIECE); k++) {
        const { row, key } = rows[k]!;
        piece += `${key}\t${this.fileColumns(row)}\t${this.externalId(row)}\n`;
      }
      yield piece;
    }
  }
}

/**
 * The exact way, for a file whose external ids the look-up by student and date could not place:
 * batches of 20 000 records, each copied into a table of the transaction's own and merged from
 * there by one statement that looks the records up by external id, updates those that differ
 * from the file and inserts those that are new.
 */
export async function writeAbsenceByLookup(tx: Db, plan: AbsencePlan, context: WriteContext): Promise<ImportCounts> {
  const counts = emptyCounts();
  const columns = sql.raw(fileColumns.join(', '));
  const fromInput = sql.raw(fileColumns.map((c) => `t.${c}`).join(', '));
  const updatable = fileColumns.filter((c) => !optionalColumns[c] || plan.present.has(optionalColumns[c]));
  const current = sql.raw(updatable.map((c) => `a.${c}`).join(', '));
  const incoming = sql.raw(updatable.map((c) => `t.${c}`).join(', '));
  const assignmentsFrom = sql.raw(updatable.map((c) => `${c} = e.${c}`).join(', '));
  // Each batch goes by COPY into a table of the transaction's own, and from there into
  // absence_records; the table is emptied between batches and gone at commit.
  await tx.execute(sql`
    create temp table absence_import (
      id uuid, student_id uuid, date date, scope text, lesson_number smallint, group_id uuid, hours numeric,
      minutes_late smallint, type text, cause text, notice_from_home boolean, registered_by uuid, external_id text
    ) on commit drop`);
  const text = new CopyText(plan);
  for (const [start, end] of batches(plan.count, batchRows(tx))) {
    // The staged id is the id a new record gets.
    const rows = Array.from({ length: end - start }, (_, k) => ({ row: start + k, key: uuidV7() }));
    await copyRows(tx, 'absence_import', stagedColumns, text.staged(rows));
    // Records already as the file says are only looked at: an `insert … on conflict do update`
    // would lock each of them (a write, with its WAL record) even when the update is skipped.
    // So: look the batch up by external id, update the records that differ, insert the rest.
    // Imports of one school are serialised (import-file.ts), so no other import can add one of
    // these ids between the look-up and the insert. A record of another school with the same
    // id is left where it is (planAbsence refuses such files; this covers one added since).
    const [result] = await queryRows<{ inserted: number; updated: number }>(
      tx,
      sql`with existing as (
            select a.id as record_id, a.student_id as record_student_id, a.date as record_date, a.school_id as record_school_id,
              (${current}) is distinct from (${incoming}) as differs, t.external_id, ${fromInput}
            from absence_import t
            -- One index look-up per row, whatever the planner believes of a table that has just
            -- grown (its statistics lag behind, and a hash join over all of it would follow).
            join lateral (
              select * from absence_records r where r.owner_id = ${context.ownerId} and r.external_id = t.external_id limit 1
            ) a on true
          ),
          updated as (
            update absence_records a set ${assignmentsFrom}
            from existing e
            where e.differs and e.record_school_id = ${context.schoolId}
              and a.owner_id = ${context.ownerId} and a.student_id = e.record_student_id and a.date = e.record_date and a.id = e.record_id
            returning 1
          ),
          inserted as (
            insert into absence_records (owner_id, school_id, id, source, external_id, ${columns})
            select ${context.ownerId}::uuid, ${context.schoolId}::uuid, t.id, 'import', t.external_id, ${fromInput}
            from absence_import t
            where not exists (select 1 from existing e where e.external_id = t.external_id)
            returning 1
          )
          select (select count(*) from inserted)::int as inserted, (select count(*) from updated)::int as updated`,
    );
    await tx.execute(sql`truncate absence_import`);
    counts.inserted += result!.inserted;
    counts.updated += result!.updated;
    context.progress(end);
    await yieldToEventLoop();
  }
  await tx.execute(sql`drop table absence_import`);
  counts.unchanged = plan.count - counts.inserted - counts.updated;
  return { absenceRecords: counts };
}

export const absenceImport: FileImportKind<AbsenceColumn, AbsenceRow, AbsencePlan> = {
  kind: 'absence',
  format: { columns: absenceColumns, fields: absenceFields, schema: absenceRowSchema, fast: parseAbsenceRowFast },
  needsSchoolYear: false,
  references: 'school',
  plan: planAbsence,
  size: (plan) => plan.count,
  write: writeAbsence,
};
