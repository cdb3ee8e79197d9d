/**
 * What the database tests of the imports share: the example files, an import into the demo
 * school as the command line would run it, and pictures of the stored data to compare.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import { queryRows, type Db } from '../db/database.js';
import { serverKeys } from '../lib/server-keys.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { wordedInEveryLanguage } from './check-file-for-test.js';
import { importFile, type FileKind } from './import-file.js';
import { importOneRoster } from './import-oneroster.js';
import type { ImportFile, ImportProgress, ImportResult } from './import-types.js';

export const examplesFolder = path.resolve(import.meta.dirname, '../../examples/imports');

export function exampleFile(name: string): ImportFile {
  return { name, data: fs.readFileSync(path.join(examplesFolder, name)) };
}

export function exampleOneRosterFiles(): ImportFile[] {
  const folder = path.join(examplesFolder, 'oneroster');
  return fs.readdirSync(folder).map((name) => ({ name, data: fs.readFileSync(path.join(folder, name)) }));
}

/** The Norwegian example files, in the order that satisfies their references. */
export const exampleOrder: Array<[FileKind, string]> = [
  ['groups', 'grupper.csv'],
  ['students', 'elever.csv'],
  ['memberships', 'gruppemedlemskap.csv'],
  ['guardians', 'foresatte.csv'],
  ['staff', 'ansatte.csv'],
  ['absence', 'fravær.csv'],
  ['grades', 'karakterer.csv'],
  ['intake', 'søkerdata.csv'],
];

export async function demoSchool(db: Db): Promise<{ ownerId: string; schoolId: string }> {
  const [school] = await queryRows<{ owner_id: string; id: string }>(db, sql`select owner_id, id from schools where name = 'Varde videregående skole'`);
  return { ownerId: school!.owner_id, schoolId: school!.id };
}

export async function runImport(
  db: Db,
  kind: FileKind | 'oneroster',
  file: ImportFile | ImportFile[] | string,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  const school = await demoSchool(db);
  // The tests' app has the development key (src/server/app.ts), and so the numbers' hashes here.
  const hashNationalId = serverKeys(DEVELOPMENT_SECRET_KEY).hashNationalId;
  const options = { ...school, actorStaffId: null, via: 'cli' as const, today: TEST_TODAY, hashNationalId, ...(onProgress ? { onProgress } : {}) };
  const single = (): ImportFile => (typeof file === 'string' ? { name: `${kind}.csv`, data: Buffer.from(file) } : (file as ImportFile));
  const result =
    kind === 'oneroster' ? await importOneRoster(db, { ...options, files: file as ImportFile[] }) : await importFile(db, { ...options, kind, file: single() });
  if (result.status === 'rejected') wordedInEveryLanguage(result.problems);
  return result;
}

/** Every table an import may write, each as one checksum of its rows in any order. */
const importedTables = [
  'students',
  'guardians',
  'student_guardians',
  'staff',
  'staff_roles',
  'groups',
  'group_memberships',
  'group_teachers',
  'absence_records',
  'grades',
  'intake_data',
  'audit_log',
];

export async function checksums(db: Db, tables = importedTables): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ sum: string | null; n: number }>(
      db,
      sql`select md5(string_agg(t::text, '|' order by t::text)) as sum, count(*)::int as n from ${sql.identifier(table)} t`,
    );
    sums[table] = `${row!.n}:${row!.sum}`;
  }
  return sums;
}

/**
 * The imported data as the files describe it — by student number, group id or name, employee
 * number — without the ids Varde makes up, so that two databases can be compared.
 */
export async function importedState(db: Db) {
  const q = (query: ReturnType<typeof sql>) => queryRows<Record<string, unknown>>(db, query);
  return {
    students: await q(sql`select external_id, given_name, family_name, birth_date::text from students where external_id is not null order by 1`),
    groups: await q(sql`select coalesce(external_id, name) as g, name, kind, level, programme, subject_code, subject_name from groups order by 1, 2`),
    memberships: await q(sql`
      select g.name as group_name, s.external_id, m.starts_on::text, m.ends_on::text from group_memberships m
      join groups g on g.owner_id = m.owner_id and g.id = m.group_id
      join students s on s.owner_id = m.owner_id and s.id = m.student_id
      where s.external_id is not null order by 1, 2`),
    guardians: await q(sql`
      select s.external_id as student, g.external_id as guardian, g.given_name, g.family_name, g.phone, g.email,
             sg.relation, sg.parental_responsibility, sg.lives_with_student
      from student_guardians sg
      join students s on s.owner_id = sg.owner_id and s.id = sg.student_id
      join guardians g on g.owner_id = sg.owner_id and g.id = sg.guardian_id
      where s.external_id is not null order by 1, 2`),
    staff: await q(sql`
      select st.external_id, st.given_name, st.family_name, st.email, r.role, r.title from staff st
      join staff_roles r on r.owner_id = st.owner_id and r.staff_id = st.id
      where st.external_id is not null order by 1, 5`),
    teaching: await q(sql`
      select st.external_id, g.name, gt.role from group_teachers gt
      join staff st on st.owner_id = gt.owner_id and st.id = gt.staff_id
      join groups g on g.owner_id = gt.owner_id and g.id = gt.group_id
      where st.external_id is not null order by 1, 2`),
    absence: await q(sql`
      select a.external_id, s.external_id as student, a.date::text, a.scope, a.lesson_number, g.name as group_name,
             a.hours, a.minutes_late, a.type, a.cause, a.notice_from_home, a.source
      from absence_records a
      join students s on s.owner_id = a.owner_id and s.id = a.student_id
      left join groups g on g.owner_id = a.owner_id and g.id = a.group_id
      where a.external_id is not null order by 1`),
    grades: await q(sql`
      select s.external_id, gr.subject_code, gr.subject_name, gr.kind, gr.value, gr.given_on::text from grades gr
      join students s on s.owner_id = gr.owner_id and s.id = gr.student_id
      where s.external_id is not null order by 1, 2, 4, 6`),
    intake: await q(sql`
      select s.external_id, i.grade_average, i.admitted_choice, i.subjects_with_grade1_or_missing, i.special_education_notice,
             i.lower_secondary_absence_percent, i.received_on::text from intake_data i
      join students s on s.owner_id = i.owner_id and s.id = i.student_id
      where s.external_id is not null order by 1`),
  };
}

export function expectImported(result: ImportResult): asserts result is Extract<ImportResult, { status: 'imported' }> {
  if (result.status !== 'imported') throw new Error(`Expected the import to succeed, but: ${JSON.stringify(result.problems, null, 2)}`);
}
