/**
 * Writes a checked grade file. Grades have no id from the administrative system, so a grade
 * is matched on what identifies it — student, subject code, kind and date — whoever entered
 * it: a matching grade is updated when the file differs, anything else is added.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type ImportCounts } from './import-types.js';
import { gradeColumns, gradeFields, gradeRowSchema, planGrades, type GradeColumn, type GradeFileRow, type GradesPlan } from './parse-grades-file.js';
import { batches, unnestRows } from '../lib/sql-arrays.js';
import { uuidV7 } from './uuid-v7.js';

const BATCH_ROWS = 20_000;

export async function writeGrades(tx: Db, plan: GradesPlan, context: WriteContext): Promise<ImportCounts> {
  const { ownerId } = context;
  const counts = emptyCounts();
  for (const [start, end] of batches(plan.grades.length, BATCH_ROWS)) {
    const grades = plan.grades.slice(start, end);
    const input = unnestRows('t', [
      { name: 'id', type: 'uuid', values: grades.map(() => uuidV7()) },
      { name: 'student_id', type: 'uuid', values: grades.map((g) => g.studentId) },
      { name: 'subject_code', type: 'text', values: grades.map((g) => g.subjectCode) },
      { name: 'subject_name', type: 'text', values: grades.map((g) => g.subjectName) },
      { name: 'group_id', type: 'uuid', values: grades.map((g) => g.groupId) },
      { name: 'kind', type: 'text', values: grades.map((g) => g.kind) },
      { name: 'value', type: 'text', values: grades.map((g) => g.value) },
      { name: 'given_on', type: 'date', values: grades.map((g) => g.givenOn) },
    ]);
    // Without a «gruppe» column, the group a grade already has is kept.
    const groupColumn = plan.present.has('group');
    const newGroup = groupColumn ? sql`i.group_id` : sql`g.group_id`;
    // Both parts see the grades as they were before the statement: an updated grade is not added again.
    const [result] = await queryRows<{ updated: number; inserted: number }>(
      tx,
      sql`with input as (select * from ${input}),
          updated as (
            update grades g set value = i.value, subject_name = i.subject_name, group_id = ${newGroup}
            from input i
            where g.owner_id = ${ownerId} and g.student_id = i.student_id and g.subject_code = i.subject_code
              and g.kind = i.kind and g.given_on = i.given_on
              and (g.value, g.subject_name, g.group_id) is distinct from (i.value, i.subject_name, ${newGroup})
            returning 1),
          inserted as (
            insert into grades (owner_id, id, student_id, group_id, subject_code, subject_name, kind, value, given_on)
            select ${ownerId}::uuid, i.id, i.student_id, i.group_id, i.subject_code, i.subject_name, i.kind, i.value, i.given_on
            from input i
            where not exists (
              select 1 from grades g
              where g.owner_id = ${ownerId} and g.student_id = i.student_id and g.subject_code = i.subject_code
                and g.kind = i.kind and g.given_on = i.given_on)
            returning 1)
          select (select count(*) from updated)::int as updated, (select count(*) from inserted)::int as inserted`,
    );
    counts.updated += result!.updated;
    counts.inserted += result!.inserted;
    context.progress(end);
  }
  counts.unchanged = plan.grades.length - counts.inserted - counts.updated;
  return { grades: counts };
}

export const gradesImport: FileImportKind<GradeColumn, GradeFileRow, GradesPlan> = {
  kind: 'grades',
  format: { columns: gradeColumns, fields: gradeFields, schema: gradeRowSchema },
  needsSchoolYear: false,
  plan: planGrades,
  size: (plan) => plan.grades.length,
  write: writeGrades,
};
