/**
 * Loads a generated demo dataset into the database: everything in one transaction, so that a
 * failure leaves nothing half-loaded; tables in the order of their foreign keys; rows in
 * multi-row INSERTs sized to stay under PostgreSQL's limit of 65 535 bind parameters per
 * statement (rows × columns), which PGlite shares.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import type { Database, Db } from '../db/database.js';
import { hashPassword as argon2idHash } from '../lib/password.js';
import { serverKeys } from '../lib/server-keys.js';
import { systemClock } from '../lib/clock.js';
import type { DemoDataset } from './demo-dataset.js';
import { demoTables, type DemoTableName, type InsertRow } from './demo-tables.js';
import { DEMO_PASSWORD, generateDemoSchool } from './generate-demo-school.js';
import { demoGuardianNationalId } from './synthetic-national-id.js';

/** The most bind parameters one statement may carry (the protocol counts them in 16 bits). */
export const MAX_BIND_PARAMETERS = 65_535;

export interface LoadDemoSchoolOptions {
  /** Defaults to argon2id (src/lib/password.ts); tests may pass a faster one. */
  hashPassword?: (password: string) => Promise<string>;
  /**
   * Hashes the guardians' synthetic national identity numbers: the server's own
   * (`serverKeys(config.secretKey).hashNationalId`), or ID-porten sign-in finds nobody. Defaults
   * to the development key's, as the app does (src/server/app.ts).
   */
  hashNationalId?: (nationalId: string) => string;
}

export type DemoLoadCounts = Record<string, number>;

export type EnsureDemoSchoolResult =
  | { action: 'loaded'; today: string; counts: DemoLoadCounts }
  | { action: 'skipped'; reason: 'database-has-data' };

/** Inserts the dataset into an empty database; returns the rows inserted per table. */
export async function loadDemoSchool(db: Db, dataset: DemoDataset, options: LoadDemoSchoolOptions = {}): Promise<DemoLoadCounts> {
  const passwordHash = await demoPasswordHash(options);
  return db.transaction((tx) => insertDataset(tx, dataset, passwordHash, nationalIdHasher(options)));
}

/**
 * Loads the default demo region (seed 1: the county's school of 240 students and the
 * municipality's two of 400 together, the school year of `today`) when the database has no owner yet, and does nothing otherwise. Two processes starting at once on one
 * PostgreSQL server are serialised by an advisory lock, and the second finds the data there.
 */
export async function ensureDemoSchool(
  database: Database,
  options: LoadDemoSchoolOptions & { today?: string } = {},
): Promise<EnsureDemoSchoolResult> {
  if (await hasOwners(database.db)) return { action: 'skipped', reason: 'database-has-data' };
  const today = options.today ?? systemClock.today();
  const dataset = generateDemoSchool({ seed: 1, students: 240, today });
  const passwordHash = await demoPasswordHash(options);
  const counts = await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('varde:demo-school'))`);
    if (await hasOwners(tx)) return undefined;
    return insertDataset(tx, dataset, passwordHash, nationalIdHasher(options));
  });
  return counts ? { action: 'loaded', today, counts } : { action: 'skipped', reason: 'database-has-data' };
}

/**
 * One hash for all demo accounts. In production every password gets its own hash; here all
 * accounts share one published password, and an argon2id hash carries its own random salt, so
 * one hash serves them as well as one each would, and the first start saves a dozen slow hashes.
 */
function demoPasswordHash(options: LoadDemoSchoolOptions): Promise<string> {
  return (options.hashPassword ?? argon2idHash)(DEMO_PASSWORD);
}

function nationalIdHasher(options: LoadDemoSchoolOptions): (nationalId: string) => string {
  return options.hashNationalId ?? serverKeys(DEVELOPMENT_SECRET_KEY).hashNationalId;
}

async function hasOwners(db: Db): Promise<boolean> {
  const rows = await db.select({ id: demoTables.owners.id }).from(demoTables.owners).limit(1);
  return rows.length > 0;
}

async function insertDataset(db: Db, dataset: DemoDataset, passwordHash: string, hashNationalId: (nationalId: string) => string): Promise<DemoLoadCounts> {
  const rows: { [N in DemoTableName]: Iterable<InsertRow<N>> } = {
    ...dataset,
    accounts: dataset.accounts.map((a) => ({ ownerId: a.ownerId, staffId: a.staffId, username: a.username, passwordHash })),
    // The number itself is never stored: only its hash, as an import keeps it.
    guardians: dataset.guardians.map((g) => ({ ...g, nationalIdHash: hashNationalId(demoGuardianNationalId(g.id)) })),
  };
  const counts: DemoLoadCounts = {};
  for (const name of Object.keys(demoTables) as DemoTableName[]) {
    counts[name] = await insertInBatches(db, demoTables[name], rows[name]);
  }
  return counts;
}

/** How many rows of a table fit in one INSERT under the bind-parameter limit. */
export function rowsPerInsert(table: PgTable): number {
  return Math.floor(MAX_BIND_PARAMETERS / Object.keys(getTableColumns(table)).length);
}

/** Inserts rows from any iterable (a generator too) without holding more than one batch. */
async function insertInBatches<T extends PgTable>(db: Db, table: T, rows: Iterable<T['$inferInsert']>): Promise<number> {
  const size = rowsPerInsert(table);
  let batch: Array<T['$inferInsert']> = [];
  let count = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      await db.insert(table).values(batch);
      count += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) {
    await db.insert(table).values(batch);
    count += batch.length;
  }
  return count;
}
