/**
 * Writes the absence of a checked file: batches of 20 000 records, each copied (COPY, see
 * copy-rows.ts) into a table of the transaction's own and merged from there by one statement
 * that looks the records up by external id, updates those that differ from the file and inserts
 * those that are new, so that a record that is already as the file says is not touched at all
 * and a re-import of the same file writes nothing.
 *
 * New records get time-ordered ids (uuid-v7.ts) and `source = 'import'`; `registered_at` is the
 * time of the first import and stays so on later updates.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import { absenceTypes } from '../domain/vocabulary.js';
import { copyRows, copyText } from './copy-rows.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import type { TextTable } from './growable-column.js';
import { emptyCounts, type ImportCounts } from './import-types.js';
import {
  absenceColumns,
  absenceFields,
  absenceIdOf,
  absenceRowSchema,
  planAbsence,
  type AbsenceColumn,
  type AbsencePlan,
  type AbsenceRow,
} from './parse-absence-file.js';
import { batches } from './sql-arrays.js';
import { uuidV7 } from './uuid-v7.js';

/** Rows per statement: large enough that the round trips do not count, small enough for steady progress. */
const BATCH_ROWS = 20_000;

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

/** Columns that keep what a known record has when the file lacks the column that sets them. */
const optionalColumns: Partial<Record<(typeof fileColumns)[number], AbsenceColumn>> = {
  group_id: 'group',
  minutes_late: 'minutesLate',
  cause: 'cause',
  notice_from_home: 'notice',
  registered_by: 'registeredBy',
};

/** The columns the staging table has, in COPY order. */
const stagedColumns = ['id', ...fileColumns, 'external_id'] as const;

export async function writeAbsence(tx: Db, plan: AbsencePlan, context: WriteContext): Promise<ImportCounts> {
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
  for (const [start, end] of batches(plan.count, BATCH_ROWS)) {
    await copyRows(tx, 'absence_import', stagedColumns, copyTextOf(plan, start, end));
    // Records already as the file says are only looked at: an `insert … on conflict do update`
    // would lock each of them (a write, with its WAL record) even when the update is skipped.
    // So: look the batch up by external id, update the records that differ, insert the rest.
    // Imports of one school are serialised (import-file.ts), so no other import can add one of
    // these ids between the look-up and the insert. A record of another school with the same
    // id is left where it is (planAbsence refuses such files; this covers one added since).
    const [result] = await queryRows<{ inserted: number; updated: number }>(
      tx,
      sql`with existing as (
            select a.id as record_id, a.school_id as record_school_id, (${current}) is distinct from (${incoming}) as differs, t.external_id, ${fromInput}
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
            where e.differs and e.record_school_id = ${context.schoolId} and a.owner_id = ${context.ownerId} and a.id = e.record_id
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
  }
  await tx.execute(sql`drop table absence_import`);
  counts.unchanged = plan.count - counts.inserted - counts.updated;
  return { absenceRecords: counts };
}

/** Rows start to end of the plan in COPY text form, in the order of `stagedColumns`. */
function copyTextOf(plan: AbsencePlan, start: number, end: number): string {
  const text = (table: TextTable, n: number) => (n < 0 ? '\\N' : copyText(table.texts[n]!));
  let out = '';
  for (let i = start; i < end; i++) {
    const lesson = plan.lesson.get(i);
    const minutes = plan.minutesLate.get(i);
    out +=
      `${uuidV7()}\t${plan.studentIds[plan.student.get(i)]}\t${plan.dates.texts[plan.date.get(i)]}\t${lesson === 0 ? 'dag' : 'time'}` +
      `\t${lesson === 0 ? '\\N' : lesson}\t${text(plan.groupIds, plan.group.get(i))}\t${plan.hours.get(i)}\t${minutes < 0 ? '\\N' : minutes}` +
      `\t${absenceTypes[plan.type.get(i)]}\t${text(plan.causes, plan.cause.get(i))}\t${plan.notice.get(i) === 1 ? 't' : 'f'}` +
      `\t${text(plan.staffIds, plan.registeredBy.get(i))}\t${copyText(absenceIdOf(plan, i))}\n`;
  }
  return out;
}

export const absenceImport: FileImportKind<AbsenceColumn, AbsenceRow, AbsencePlan> = {
  kind: 'absence',
  format: { columns: absenceColumns, fields: absenceFields, schema: absenceRowSchema },
  needsSchoolYear: false,
  plan: planAbsence,
  size: (plan) => plan.count,
  write: writeAbsence,
};
