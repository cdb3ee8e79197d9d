/**
 * Opens the one database Varde talks to: the embedded PGlite in VARDE_DATA_DIR, or the
 * PostgreSQL server in DATABASE_URL. Both are used through the same Drizzle API and migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, for messages: a directory or host:port/database. */
  location: string;
  close(): Promise<void>;
  /** The embedded database's own dump (a gzipped tarball of its data directory), for backups. */
  dumpDataDir?: () => Promise<Blob>;
}

export class DatabaseError extends Error {}

export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir?: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (!options.dataDir) throw new DatabaseError('Neither DATABASE_URL nor a data directory was given');
  return openPglite(options.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const where = describeUrl(url);
  // JIT compilation off for Varde's sessions: its queries are many and short, and compiling one
  // costs about a third of a second the first time it runs in a connection — more than the
  // query (docs/decisions/019-follow-through-views.md, "Speed").
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000, max: 10, options: '-c jit=off' });
  // A pool emits 'error' when an idle client dies; without a listener Node would crash.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseError(`Cannot reach the PostgreSQL server in DATABASE_URL (${where}): ${reason(error)}`);
  }
  return {
    db: drizzlePg(pool, { schema }) as unknown as Db,
    kind: 'postgres',
    location: where,
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const dir = path.resolve(dataDir);
  const release = claimDataDir(dir);
  try {
    const client = await PGlite.create({ dataDir: path.join(dir, 'pglite') });
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      location: dir,
      dumpDataDir: () => client.dumpDataDir('gzip'),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw new DatabaseError(`Cannot open the embedded database in VARDE_DATA_DIR (${dir}): ${reason(error)}`);
  }
}

/**
 * Makes sure the data directory can be written and that no other Varde process has it open:
 * PGlite is a single-process database, and two writers would corrupt it.
 */
const claimedHere = new Set<string>();

function claimDataDir(dir: string): () => void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new DatabaseError(`VARDE_DATA_DIR (${dir}) is not a writable directory: ${reason(error)}`);
  }
  const lockFile = path.join(dir, 'varde.pid');
  const holder = readPid(lockFile);
  if (claimedHere.has(dir) || (holder !== undefined && holder !== process.pid && isAlive(holder))) {
    throw new DatabaseError(`VARDE_DATA_DIR (${dir}) is in use by another Varde process (pid ${holder ?? process.pid})`);
  }
  claimedHere.add(dir);
  try {
    fs.writeFileSync(lockFile, String(process.pid));
  } catch (error) {
    claimedHere.delete(dir);
    throw new DatabaseError(`VARDE_DATA_DIR (${dir}) is not writable: ${reason(error)}`);
  }
  return () => {
    claimedHere.delete(dir);
    if (readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}

export function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  if (error instanceof Error) return (error.message || (error as NodeJS.ErrnoException).code) ?? String(error);
  return String(error);
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
