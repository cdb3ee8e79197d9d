/**
 * Writes the groups of a checked group file into the import's school year: new groups are
 * added, known ones (by gruppe-id) get the file's name, type, level, programme and subject.
 * Groups the file does not list are left alone, and so are their members.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type ImportCounts } from './import-types.js';
import { groupColumns, groupFields, groupRowSchema, planGroups, type GroupColumn, type GroupFileRow, type GroupsPlan } from './parse-groups-file.js';
import { changedFromExcluded, setExcluded, unnestRows } from '../lib/sql-arrays.js';
import { uuidV7 } from './uuid-v7.js';

/** The database column each optional file column sets. */
const optionalColumns: Array<[GroupColumn, string]> = [
  ['level', 'level'],
  ['programme', 'programme'],
  ['subjectCode', 'subject_code'],
  ['subjectName', 'subject_name'],
];

export async function writeGroups(tx: Db, plan: GroupsPlan, context: WriteContext): Promise<ImportCounts> {
  const { ownerId, schoolId } = context;
  const schoolYearId = context.schoolYear!.id;
  const groups = plan.groups;
  const counts = emptyCounts();

  const adopted = groups.filter((g) => g.adoptId);
  if (adopted.length > 0) {
    await tx.execute(sql`
      update groups g set external_id = t.external_id
      from ${unnestRows('t', [
        { name: 'id', type: 'uuid', values: adopted.map((g) => g.adoptId!) },
        { name: 'external_id', type: 'text', values: adopted.map((g) => g.externalId) },
      ])}
      where g.owner_id = ${ownerId} and g.id = t.id`);
  }

  // A subject code sets the subject name too; a column the file lacks is left as it is.
  const updated = ['kind', 'name', ...optionalColumns.filter(([key]) => plan.present.has(key)).map(([, column]) => column)];
  if (plan.present.has('subjectCode') && !updated.includes('subject_name')) updated.push('subject_name');
  const changed = await queryRows<{ id: string; inserted: boolean }>(
    tx,
    sql`insert into groups as a (owner_id, id, school_id, school_year_id, external_id, kind, name, level, programme, subject_code, subject_name)
        select ${ownerId}::uuid, t.id, ${schoolId}::uuid, ${schoolYearId}::uuid, t.external_id, t.kind, t.name, t.level, t.programme, t.subject_code, t.subject_name
        from ${unnestRows('t', [
          { name: 'id', type: 'uuid', values: groups.map(() => uuidV7()) },
          { name: 'external_id', type: 'text', values: groups.map((g) => g.externalId) },
          { name: 'kind', type: 'text', values: groups.map((g) => g.kind) },
          { name: 'name', type: 'text', values: groups.map((g) => g.name) },
          { name: 'level', type: 'text', values: groups.map((g) => g.level) },
          { name: 'programme', type: 'text', values: groups.map((g) => g.programme) },
          { name: 'subject_code', type: 'text', values: groups.map((g) => g.subjectCode) },
          { name: 'subject_name', type: 'text', values: groups.map((g) => g.subjectName) },
        ])}
        on conflict (owner_id, external_id) do update set ${setExcluded(updated)}
        where a.school_id = excluded.school_id and a.school_year_id = excluded.school_year_id and ${changedFromExcluded('a', updated)}
        returning a.id, (xmax = 0) as inserted`,
  );
  const updatedIds = new Set([...changed.filter((c) => !c.inserted).map((c) => c.id), ...adopted.map((g) => g.adoptId!)]);
  counts.inserted = changed.filter((c) => c.inserted).length;
  counts.updated = updatedIds.size;
  counts.unchanged = groups.length - counts.inserted - counts.updated;
  context.progress(groups.length);
  return { groups: counts };
}

export const groupsImport: FileImportKind<GroupColumn, GroupFileRow, GroupsPlan> = {
  kind: 'groups',
  format: { columns: groupColumns, fields: groupFields, schema: groupRowSchema },
  needsSchoolYear: true,
  plan: planGroups,
  size: (plan) => plan.groups.length,
  write: writeGroups,
};
