/**
 * Writes a checked membership file: each group it names gets the listed students (with their
 * dates), and loses the students the file no longer lists for it.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { FileImportKind, WriteContext } from './file-import-kind.js';
import { emptyCounts, type ImportCounts } from './import-types.js';
import {
  membershipColumns,
  membershipFields,
  membershipRowSchema,
  planMemberships,
  type MembershipColumn,
  type MembershipFileRow,
  type MembershipsPlan,
} from './parse-memberships-file.js';
import { arrayLiteral, changedFromExcluded, setExcluded, unnestRows } from '../lib/sql-arrays.js';

export async function writeMemberships(tx: Db, plan: MembershipsPlan, context: WriteContext): Promise<ImportCounts> {
  const counts = emptyCounts();
  const rows = unnestRows('t', [
    { name: 'group_id', type: 'uuid', values: plan.memberships.map((m) => m.groupId) },
    { name: 'student_id', type: 'uuid', values: plan.memberships.map((m) => m.studentId) },
    { name: 'starts_on', type: 'date', values: plan.memberships.map((m) => m.startsOn) },
    { name: 'ends_on', type: 'date', values: plan.memberships.map((m) => m.endsOn) },
  ]);
  const removed = await removeOthers(tx, context.ownerId, plan.groupIds, plan.memberships);
  const dates = [...(plan.present.has('startsOn') ? ['starts_on'] : []), ...(plan.present.has('endsOn') ? ['ends_on'] : [])];
  const changed = await queryRows<{ inserted: boolean }>(
    tx,
    sql`insert into group_memberships as a (owner_id, group_id, student_id, starts_on, ends_on)
        select ${context.ownerId}::uuid, t.group_id, t.student_id, t.starts_on, t.ends_on from ${rows}
        on conflict (owner_id, group_id, student_id) do ${dates.length === 0 ? sql`nothing` : sql`update set ${setExcluded(dates)} where ${changedFromExcluded('a', dates)}`}
        returning (xmax = 0) as inserted`,
  );
  counts.inserted = changed.filter((c) => c.inserted).length;
  counts.updated = changed.length - counts.inserted;
  counts.unchanged = plan.memberships.length - changed.length;
  counts.removed = removed;
  context.progress(plan.memberships.length);
  return { memberships: counts };
}

/** Takes the students the file does not list out of the groups it names; answers how many. */
export async function removeOthers(
  tx: Db,
  ownerId: string,
  groupIds: readonly string[],
  kept: ReadonlyArray<{ groupId: string; studentId: string }>,
): Promise<number> {
  if (groupIds.length === 0) return 0;
  const [result] = await queryRows<{ n: number }>(
    tx,
    sql`with gone as (
          delete from group_memberships m
          where m.owner_id = ${ownerId} and m.group_id = any(${arrayLiteral(groupIds)}::text::uuid[])
            and not exists (
              select 1 from ${unnestRows('k', [
                { name: 'group_id', type: 'uuid', values: kept.map((m) => m.groupId) },
                { name: 'student_id', type: 'uuid', values: kept.map((m) => m.studentId) },
              ])}
              where k.group_id = m.group_id and k.student_id = m.student_id)
          returning 1)
        select count(*)::int as n from gone`,
  );
  return result!.n;
}

export const membershipsImport: FileImportKind<MembershipColumn, MembershipFileRow, MembershipsPlan> = {
  kind: 'memberships',
  format: { columns: membershipColumns, fields: membershipFields, schema: membershipRowSchema },
  needsSchoolYear: false,
  plan: planMemberships,
  size: (plan) => plan.memberships.length,
  write: writeMemberships,
};
