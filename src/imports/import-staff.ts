/**
 * Writes a checked staff file: the people (by ansattnummer), then for each of them their roles
 * at this school and their groups in the school year, as the file gives them. Roles at other
 * schools, and owner-level roles, are not touched.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type EntityCounts, type ImportCounts } from './import-types.js';
import { planStaff, staffColumns, staffFields, staffRowSchema, type StaffColumn, type StaffFileRow, type StaffPlan } from './parse-staff-file.js';
import { arrayLiteral, changedFromExcluded, setExcluded, unnestRows } from '../lib/sql-arrays.js';
import { uuidV7 } from './uuid-v7.js';

export async function writeStaff(tx: Db, plan: StaffPlan, context: WriteContext): Promise<ImportCounts> {
  const { ownerId, schoolId } = context;
  const staffCounts = await upsertPeople(tx, ownerId, plan);
  const idOf = new Map(
    (
      await queryRows<{ id: string; external_id: string }>(
        tx,
        sql`select id, external_id from staff
            where owner_id = ${ownerId} and external_id = any(${arrayLiteral(plan.people.map((p) => p.externalId))}::text::text[])`,
      )
    ).map((r) => [r.external_id, r.id]),
  );
  const staffIds = arrayLiteral([...idOf.values()]);

  // Roles at this school: the file's, no more and no fewer.
  const roles = unnestRows('t', [
    { name: 'id', type: 'uuid', values: plan.roles.map(() => uuidV7()) },
    { name: 'staff_id', type: 'uuid', values: plan.roles.map((r) => idOf.get(r.externalId)!) },
    { name: 'role', type: 'text', values: plan.roles.map((r) => r.role) },
    { name: 'title', type: 'text', values: plan.roles.map((r) => r.title) },
  ]);
  const [roleResult] = await queryRows<{ removed: number; updated: number; inserted: number }>(
    tx,
    sql`with input as (select * from ${roles}),
        removed as (
          delete from staff_roles r
          where r.owner_id = ${ownerId} and r.school_id = ${schoolId} and r.staff_id = any(${staffIds}::text::uuid[])
            and not exists (select 1 from input i where i.staff_id = r.staff_id and i.role = r.role)
          returning 1),
        updated as (
          update staff_roles r set title = i.title from input i
          where ${plan.present.has('title') ? sql`true` : sql`false`}
            and r.owner_id = ${ownerId} and r.school_id = ${schoolId} and r.staff_id = i.staff_id and r.role = i.role
            and r.title is distinct from i.title
          returning 1),
        inserted as (
          insert into staff_roles (owner_id, id, staff_id, role, school_id, title)
          select ${ownerId}::uuid, i.id, i.staff_id, i.role, ${schoolId}::uuid, i.title from input i
          where not exists (
            select 1 from staff_roles r
            where r.owner_id = ${ownerId} and r.school_id = ${schoolId} and r.staff_id = i.staff_id and r.role = i.role)
          returning 1)
        select (select count(*) from removed)::int as removed, (select count(*) from updated)::int as updated,
               (select count(*) from inserted)::int as inserted`,
  );
  const roleCounts: EntityCounts = {
    inserted: roleResult!.inserted,
    updated: roleResult!.updated,
    unchanged: plan.roles.length - roleResult!.inserted - roleResult!.updated,
    removed: roleResult!.removed,
  };

  // Groups in the school year: the file's, for the people it lists.
  const teachingCounts = emptyCounts();
  if (context.schoolYear) {
    const teaching = unnestRows('t', [
      { name: 'staff_id', type: 'uuid', values: plan.teaching.map((t) => idOf.get(t.externalId)!) },
      { name: 'group_id', type: 'uuid', values: plan.teaching.map((t) => t.groupId) },
      { name: 'role', type: 'text', values: plan.teaching.map((t) => t.role) },
    ]);
    const [teachingResult] = await queryRows<{ removed: number; inserted: number }>(
      tx,
      sql`with input as (select * from ${teaching}),
          removed as (
            delete from group_teachers gt using groups g
            where gt.owner_id = ${ownerId} and gt.staff_id = any(${staffIds}::text::uuid[])
              and g.owner_id = gt.owner_id and g.id = gt.group_id
              and g.school_id = ${schoolId} and g.school_year_id = ${context.schoolYear.id}
              and not exists (select 1 from input i where i.staff_id = gt.staff_id and i.group_id = gt.group_id and i.role = gt.role)
            returning 1),
          inserted as (
            insert into group_teachers (owner_id, group_id, staff_id, role)
            select ${ownerId}::uuid, i.group_id, i.staff_id, i.role from input i
            on conflict do nothing
            returning 1)
          select (select count(*) from removed)::int as removed, (select count(*) from inserted)::int as inserted`,
    );
    teachingCounts.inserted = teachingResult!.inserted;
    teachingCounts.removed = teachingResult!.removed;
    teachingCounts.unchanged = plan.teaching.length - teachingResult!.inserted;
  }
  context.progress(plan.people.length);
  return { staff: staffCounts, staffRoles: roleCounts, groupTeachers: teachingCounts };
}

async function upsertPeople(tx: Db, ownerId: string, plan: StaffPlan): Promise<EntityCounts> {
  const adopted = plan.people.filter((p) => p.adoptId);
  if (adopted.length > 0) {
    await tx.execute(sql`
      update staff s set external_id = t.external_id
      from ${unnestRows('t', [
        { name: 'id', type: 'uuid', values: adopted.map((p) => p.adoptId!) },
        { name: 'external_id', type: 'text', values: adopted.map((p) => p.externalId) },
      ])}
      where s.owner_id = ${ownerId} and s.id = t.id`);
  }
  const columns = ['given_name', 'family_name', ...(plan.present.has('email') ? ['email'] : [])];
  const changed = await queryRows<{ id: string; inserted: boolean }>(
    tx,
    sql`insert into staff as a (owner_id, id, external_id, given_name, family_name, email)
        select ${ownerId}::uuid, t.id, t.external_id, t.given_name, t.family_name, t.email
        from ${unnestRows('t', [
          { name: 'id', type: 'uuid', values: plan.people.map(() => uuidV7()) },
          { name: 'external_id', type: 'text', values: plan.people.map((p) => p.externalId) },
          { name: 'given_name', type: 'text', values: plan.people.map((p) => p.givenName) },
          { name: 'family_name', type: 'text', values: plan.people.map((p) => p.familyName) },
          { name: 'email', type: 'text', values: plan.people.map((p) => p.email) },
        ])}
        on conflict (owner_id, external_id) do update set ${setExcluded(columns)}
        where ${changedFromExcluded('a', columns)}
        returning a.id, (xmax = 0) as inserted`,
  );
  const counts = emptyCounts();
  const updatedIds = new Set([...changed.filter((c) => !c.inserted).map((c) => c.id), ...adopted.map((p) => p.adoptId!)]);
  counts.inserted = changed.filter((c) => c.inserted).length;
  counts.updated = updatedIds.size;
  counts.unchanged = plan.people.length - counts.inserted - counts.updated;
  return counts;
}

export const staffImport: FileImportKind<StaffColumn, StaffFileRow, StaffPlan> = {
  kind: 'staff',
  format: { columns: staffColumns, fields: staffFields, schema: staffRowSchema },
  needsSchoolYear: false,
  plan: planStaff,
  size: (plan) => plan.people.length,
  write: writeStaff,
};
