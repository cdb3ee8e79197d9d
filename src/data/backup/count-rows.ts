/**
 * Rows per table, for the backup's manifest and the restore's check. Every ordinary table of the
 * application's schemas is counted (public, and drizzle's own migration journal), so a table added
 * later is covered without touching this file.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';

export async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = await queryRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')
        order by table_schema, table_name`,
  );
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await queryRows<{ n: string | number }>(
      db,
      sql`select count(*) as n from ${sql.identifier(t.schema)}.${sql.identifier(t.name)}`,
    );
    counts[`${t.schema}.${t.name}`] = Number(row?.n ?? 0);
  }
  return counts;
}

/** The tables whose counts differ, in words for the restore's message; empty when they match. */
export function differingCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names
    .filter((name) => expected[name] !== actual[name])
    .map((name) => `${name}: ${expected[name] ?? 'missing'} in the backup, ${actual[name] ?? 'missing'} restored`);
}

/** Each owner's audit chain head: the hash of its newest audit entry. */
export async function auditChainHeads(db: Db): Promise<Record<string, string>> {
  const rows = await queryRows<{ owner: string; hash: string }>(
    db,
    sql`select owner_id::text as owner, last_hash as hash from audit_chain_heads order by owner_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.owner, r.hash]));
}
