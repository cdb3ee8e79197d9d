/**
 * Checks the audit log's hash chains (migration 0012): every owner's rows in id order, each
 * carrying its predecessor's hash and a hash of itself, and the chain's head naming the newest row.
 * A row changed in place no longer matches its hash; a removed row breaks its successor's link; a
 * removed tail no longer meets the head. Used by `npm run audit:verify` and by restore.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';

/**
 * Why the chain is broken at `firstBrokenId`:
 * - `altered`: the row's content does not match its hash;
 * - `link_broken`: the row does not follow on from the row before it (that row was removed or changed);
 * - `unchained`: the row has no hash, or lies past its chain's head (written with the chain trigger disabled);
 * - `tail_mismatch`: the chain's newest row is not the one its head names: rows at the end were removed
 *   or the last one replaced (`firstBrokenId` is the row the head names);
 * - `head_missing`: an owner's rows have no chain head.
 */
export type AuditChainProblem = 'altered' | 'link_broken' | 'unchained' | 'tail_mismatch' | 'head_missing';

export interface AuditChainVerdict {
  ok: boolean;
  rows: number;
  firstBrokenId: number | null;
  reason?: AuditChainProblem;
}

export async function verifyAuditChain(db: Db): Promise<AuditChainVerdict> {
  const [counted] = await queryRows<{ rows: number }>(db, sql`select count(*)::int as rows from audit_log`);
  const rows = counted?.rows ?? 0;

  const [broken] = await queryRows<{ id: string; reason: AuditChainProblem }>(
    db,
    sql`
      select id::text as id,
        case when hash is null then 'unchained'
             when prev_hash is distinct from coalesce(before, '') then 'link_broken'
             else 'altered' end as reason
      from (
        select id, prev_hash, hash,
          lag(hash) over (partition by owner_id order by id) as before,
          audit_row_hash(prev_hash, owner_id, id, at, actor_staff_id, action, entity, entity_id, student_id, detail, address, session_ref) as recomputed
        from audit_log
      ) chain
      where hash is null or prev_hash is distinct from coalesce(before, '') or hash <> recomputed
      order by chain.id
      limit 1`,
  );

  // Each chain against its head: a removed tail leaves an intact but shorter chain, and a row
  // written with the trigger disabled may sit past the head.
  const [tail] = await queryRows<{ id: string; reason: AuditChainProblem }>(
    db,
    sql`
      select id::text as id, reason from (
        select h.last_id as id, 'tail_mismatch' as reason
        from audit_chain_heads h
        left join audit_log a on a.owner_id = h.owner_id and a.id = h.last_id
        where h.last_id > 0 and (a.id is null or a.hash is distinct from h.last_hash)
        union all
        select min(a.id), case when h.owner_id is null then 'head_missing' else 'unchained' end
        from audit_log a
        left join audit_chain_heads h on h.owner_id = a.owner_id
        where h.owner_id is null or a.id > h.last_id
        group by a.owner_id, h.owner_id
      ) problems
      order by problems.id
      limit 1`,
  );

  const found = [broken, tail]
    .filter((b): b is { id: string; reason: AuditChainProblem } => !!b?.id)
    .sort((a, b) => Number(a.id) - Number(b.id))[0];
  if (!found) return { ok: true, rows, firstBrokenId: null };
  return { ok: false, rows, firstBrokenId: Number(found.id), reason: found.reason };
}
