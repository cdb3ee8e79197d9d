/**
 * Writes a checked guardian file: the guardians (by foresatt-id), then each listed student's
 * links to them — relation, parental responsibility, living with the student — and the removal
 * of links to guardians the file no longer gives for that student. A guardian left without a
 * student is kept: contact logs may refer to them. A file without a guardian's national identity
 * number keeps the hash Varde has.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type EntityCounts, type ImportCounts } from './import-types.js';
import {
  guardianColumns,
  guardianFields,
  guardianRowSchema,
  planGuardians,
  type GuardianColumn,
  type GuardianFileRow,
  type GuardiansPlan,
} from './parse-guardians-file.js';
import { arrayLiteral, changedFromExcluded, setExcluded, unnestRows } from '../lib/sql-arrays.js';
import { uuidV7 } from './uuid-v7.js';

export async function writeGuardians(tx: Db, plan: GuardiansPlan, context: WriteContext): Promise<ImportCounts> {
  const { ownerId } = context;
  const guardianCounts = await upsertGuardians(tx, ownerId, plan);

  const idOf = new Map(
    (
      await queryRows<{ id: string; external_id: string }>(
        tx,
        sql`select id, external_id from guardians
            where owner_id = ${ownerId} and external_id = any(${arrayLiteral(plan.guardians.map((g) => g.externalId))}::text::text[])`,
      )
    ).map((r) => [r.external_id, r.id]),
  );
  const links = unnestRows('t', [
    { name: 'student_id', type: 'uuid', values: plan.links.map((l) => l.studentId) },
    { name: 'guardian_id', type: 'uuid', values: plan.links.map((l) => idOf.get(l.guardianExternalId)!) },
    { name: 'relation', type: 'text', values: plan.links.map((l) => l.relation) },
    { name: 'parental_responsibility', type: 'boolean', values: plan.links.map((l) => l.parentalResponsibility) },
    { name: 'lives_with_student', type: 'boolean', values: plan.links.map((l) => l.livesWithStudent) },
  ]);
  const [removed] = await queryRows<{ n: number }>(
    tx,
    sql`with gone as (
          delete from student_guardians sg
          where sg.owner_id = ${ownerId} and sg.student_id = any(${arrayLiteral(plan.studentIds)}::text::uuid[])
            and not exists (select 1 from ${links} where t.student_id = sg.student_id and t.guardian_id = sg.guardian_id)
          returning 1)
        select count(*)::int as n from gone`,
  );
  const linkColumns = (
    [
      ['relation', 'relation'],
      ['parentalResponsibility', 'parental_responsibility'],
      ['livesWithStudent', 'lives_with_student'],
    ] as const
  )
    .filter(([key]) => plan.present.has(key))
    .map(([, column]) => column);
  const changed = await queryRows<{ inserted: boolean }>(
    tx,
    sql`insert into student_guardians as a (owner_id, student_id, guardian_id, relation, parental_responsibility, lives_with_student)
        select ${ownerId}::uuid, t.student_id, t.guardian_id, t.relation, t.parental_responsibility, t.lives_with_student from ${links}
        on conflict (owner_id, student_id, guardian_id) do ${
          linkColumns.length === 0 ? sql`nothing` : sql`update set ${setExcluded(linkColumns)} where ${changedFromExcluded('a', linkColumns)}`
        }
        returning (xmax = 0) as inserted`,
  );
  const linkCounts = emptyCounts();
  linkCounts.inserted = changed.filter((c) => c.inserted).length;
  linkCounts.updated = changed.length - linkCounts.inserted;
  linkCounts.unchanged = plan.links.length - changed.length;
  linkCounts.removed = removed!.n;
  context.progress(plan.links.length);
  return { guardians: guardianCounts, studentGuardians: linkCounts };
}

async function upsertGuardians(tx: Db, ownerId: string, plan: GuardiansPlan): Promise<EntityCounts> {
  const adopted = plan.guardians.filter((g) => g.adoptId);
  if (adopted.length > 0) {
    await tx.execute(sql`
      update guardians g set external_id = t.external_id
      from ${unnestRows('t', [
        { name: 'id', type: 'uuid', values: adopted.map((g) => g.adoptId!) },
        { name: 'external_id', type: 'text', values: adopted.map((g) => g.externalId) },
      ])}
      where g.owner_id = ${ownerId} and g.id = t.id`);
  }
  const columns = ['given_name', 'family_name', ...(plan.present.has('phone') ? ['phone'] : []), ...(plan.present.has('email') ? ['email'] : []), ...(plan.present.has('noticeLanguage') ? ['notice_language'] : [])];
  const changed = await queryRows<{ id: string; inserted: boolean }>(
    tx,
    sql`insert into guardians as a (owner_id, id, external_id, given_name, family_name, phone, email, notice_language, national_id_hash)
        select ${ownerId}::uuid, t.id, t.external_id, t.given_name, t.family_name, t.phone, t.email, t.notice_language, t.national_id_hash
        from ${unnestRows('t', [
          { name: 'id', type: 'uuid', values: plan.guardians.map(() => uuidV7()) },
          { name: 'external_id', type: 'text', values: plan.guardians.map((g) => g.externalId) },
          { name: 'given_name', type: 'text', values: plan.guardians.map((g) => g.givenName) },
          { name: 'family_name', type: 'text', values: plan.guardians.map((g) => g.familyName) },
          { name: 'phone', type: 'text', values: plan.guardians.map((g) => g.phone) },
          { name: 'email', type: 'text', values: plan.guardians.map((g) => g.email) },
          { name: 'notice_language', type: 'text', values: plan.guardians.map((g) => g.noticeLanguage) },
          { name: 'national_id_hash', type: 'text', values: plan.guardians.map((g) => g.nationalIdHash) },
        ])}
        on conflict (owner_id, external_id) do update
          set ${setExcluded(columns)}, national_id_hash = coalesce(excluded.national_id_hash, a.national_id_hash)
          where ${changedFromExcluded('a', columns)} or coalesce(excluded.national_id_hash, a.national_id_hash) is distinct from a.national_id_hash
        returning a.id, (xmax = 0) as inserted`,
  );
  const counts = emptyCounts();
  const updatedIds = new Set([...changed.filter((c) => !c.inserted).map((c) => c.id), ...adopted.map((g) => g.adoptId!)]);
  counts.inserted = changed.filter((c) => c.inserted).length;
  counts.updated = updatedIds.size;
  counts.unchanged = plan.guardians.length - counts.inserted - counts.updated;
  return counts;
}

export const guardiansImport: FileImportKind<GuardianColumn, GuardianFileRow, GuardiansPlan> = {
  kind: 'guardians',
  format: { columns: guardianColumns, fields: guardianFields, schema: guardianRowSchema },
  needsSchoolYear: false,
  plan: planGuardians,
  size: (plan) => plan.links.length,
  write: writeGuardians,
};
