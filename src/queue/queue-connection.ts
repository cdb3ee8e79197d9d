/**
 * How pg-boss reaches Varde's database: pg-boss takes any `{ executeSql(text, values) }` as its
 * connection, so the queue runs on the connection Varde already has instead of opening its own.
 *
 * What pg-boss 10.4 sends (read from its src/manager.js, boss.js, contractor.js and plans.js):
 * every call is one self-contained round trip. Single statements come with their parameters;
 * its schema migrations and its maintenance (expiry, archiving) come as one multi-statement
 * string `BEGIN; SET LOCAL …; pg_advisory_xact_lock(…); …; COMMIT;` without parameters. It never
 * holds a transaction open across two calls, so two of its workers cannot interleave inside one
 * transaction, and PGlite's own lock (every query and transaction runs alone on its one
 * connection) is all the serialising it needs: no mutex here.
 *
 * One trap on PGlite: if a statement inside such a string fails, the simple-query protocol leaves
 * the connection in an aborted transaction ("current transaction is aborted, commands ignored
 * until end of transaction block"). On a server pool the failed connection is thrown away; PGlite
 * has only the one, so every later query of Varde's would fail. The strings therefore run inside
 * PGlite's `transaction()`, which rolls back on error while still holding PGlite's lock (the
 * string's own BEGIN and COMMIT only draw warnings there).
 *
 * Everything pg-boss uses is in core PostgreSQL 13+ (gen_random_uuid, sha224, advisory locks,
 * partitioned tables), so PGlite needs no extension.
 */
import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type pg from 'pg';
import { queryRows, type Database, type Db } from '../db/database.js';

export interface QueueConnection {
  // pg-boss's own `Db` type: its rows are whatever its SQL selects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

/** The connection for the queue's own work (polling, completing, maintenance) on `database`. */
export function queueConnection(database: Database): QueueConnection {
  // Both drizzle drivers keep the client they were built on as `$client`: the PGlite instance or
  // the node-postgres pool; Database's `db` type does not show it.
  const client = (database.db as unknown as { $client: unknown }).$client;
  return database.kind === 'pglite' ? pgliteConnection(client as PGlite) : poolConnection(client as pg.Pool);
}

function pgliteConnection(client: PGlite): QueueConnection {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return client.query(text, values.map(orNull));
      const results = await client.transaction((tx) => tx.exec(text));
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

function poolConnection(pool: pg.Pool): QueueConnection {
  // What pg-boss's own connection does; a connection whose query failed is dropped by the pool.
  return { executeSql: (text, values) => pool.query(text, values) };
}

/**
 * A connection that runs on a drizzle transaction (either driver), so that what pg-boss writes
 * through it commits or rolls back with the transaction. Only for single statements with
 * parameters — what `send` issues.
 */
export function transactionConnection(tx: Db): QueueConnection {
  return { executeSql: async (text, values = []) => ({ rows: await queryRows(tx, withParameters(text, values)) }) };
}

/**
 * pg-boss's `$n` placeholders as drizzle parameters. Drizzle numbers parameters itself, one per
 * occurrence, so a placeholder used twice becomes two parameters with the same value.
 */
export function withParameters(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${sql.param(orNull(values[Number(part) - 1]))}`));
  return sql.join(chunks);
}

function orNull(value: unknown): unknown {
  return value === undefined ? null : value;
}
