/**
 * Writes a checked intake file into the import's school year: one row of søkerdata per student
 * and school year, replaced by the file's when it differs.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type ImportCounts } from './import-types.js';
import { intakeColumns, intakeFields, intakeRowSchema, planIntake, type IntakeColumn, type IntakeFileRow, type IntakePlan } from './parse-intake-file.js';
import { changedFromExcluded, setExcluded, unnestRows } from '../lib/sql-arrays.js';

/** The database column each file column sets. */
const columnOf: Array<[IntakeColumn, string]> = [
  ['gradeAverage', 'grade_average'],
  ['admittedChoice', 'admitted_choice'],
  ['weakSubjects', 'subjects_with_grade1_or_missing'],
  ['specialEducation', 'special_education_notice'],
  ['absencePercent', 'lower_secondary_absence_percent'],
  ['receivedOn', 'received_on'],
];
const columns = columnOf.map(([, column]) => column);

export async function writeIntake(tx: Db, plan: IntakePlan, context: WriteContext): Promise<ImportCounts> {
  const rows = plan.rows;
  // A column the file lacks leaves what Varde has; an empty cell empties it.
  const updated = columnOf.filter(([key]) => plan.present.has(key)).map(([, column]) => column);
  const changed = await queryRows<{ inserted: boolean }>(
    tx,
    sql`insert into intake_data as a (owner_id, student_id, school_year_id, ${sql.raw(columns.join(', '))})
        select ${context.ownerId}::uuid, t.student_id, ${context.schoolYear!.id}::uuid, t.grade_average, t.admitted_choice,
               t.subjects::jsonb, t.special_education_notice, t.lower_secondary_absence_percent, t.received_on
        from ${unnestRows('t', [
          { name: 'student_id', type: 'uuid', values: rows.map((r) => r.studentId) },
          { name: 'grade_average', type: 'numeric', values: rows.map((r) => r.gradeAverage) },
          { name: 'admitted_choice', type: 'smallint', values: rows.map((r) => r.admittedChoice) },
          { name: 'subjects', type: 'text', values: rows.map((r) => JSON.stringify(r.weakSubjects)) },
          { name: 'special_education_notice', type: 'boolean', values: rows.map((r) => r.specialEducation) },
          { name: 'lower_secondary_absence_percent', type: 'numeric', values: rows.map((r) => r.absencePercent) },
          { name: 'received_on', type: 'date', values: rows.map((r) => r.receivedOn) },
        ])}
        on conflict (owner_id, student_id, school_year_id) do ${
          updated.length === 0 ? sql`nothing` : sql`update set ${setExcluded(updated)} where ${changedFromExcluded('a', updated)}`
        }
        returning (xmax = 0) as inserted`,
  );
  const counts = emptyCounts();
  counts.inserted = changed.filter((c) => c.inserted).length;
  counts.updated = changed.length - counts.inserted;
  counts.unchanged = rows.length - changed.length;
  context.progress(rows.length);
  return { intakeData: counts };
}

export const intakeImport: FileImportKind<IntakeColumn, IntakeFileRow, IntakePlan> = {
  kind: 'intake',
  format: { columns: intakeColumns, fields: intakeFields, schema: intakeRowSchema },
  needsSchoolYear: true,
  plan: planIntake,
  size: (plan) => plan.rows.length,
  write: writeIntake,
};
