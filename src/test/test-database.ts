/**
 * A fresh database for each test file, on the engine the project is testing (PGlite or the
 * PostgreSQL server), copied from a template that global-setup migrated and filled with the
 * demo school once per run — the epic-stack habit, so tests never share state.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from '../db/schema.js';
import { openDatabase, type Database, type Db } from '../db/database.js';
import { templatePaths } from './template-paths.js';

export async function openTestDatabase(): Promise<Database> {
  return openFreshDatabase('demo');
}

/** A database with nothing in it, not even the migrations: for testing the migrations. */
export async function openEmptyTestDatabase(): Promise<Database> {
  return openFreshDatabase('empty');
}

async function openFreshDatabase(from: 'demo' | 'empty'): Promise<Database> {
  const engine = process.env.VARDE_TEST_DATABASE ?? 'pglite';
  const paths = templatePaths();
  if (engine === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const name = `varde_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}${from === 'demo' ? ` template ${paths.postgresTemplate}` : ''}`);
    // A commit need not wait for its WAL to reach the disk: what a test sees is the same (committed
    // rows are visible at once), only a crash of the server could lose the last commits, and a test
    // database does not outlive its file. On this machine's disk a commit takes a tenth of the time.
    await admin.query(`alter database ${name} set synchronous_commit = off`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    return {
      ...database,
      close: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name}`);
        await dropper.end();
      },
    };
  }
  // Even the empty one is loaded from global-setup's dump: a new PGlite would run initdb, which costs several times as much.
  const dump = from === 'demo' ? paths.pgliteDump : paths.pgliteEmptyDump;
  const client = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(dump)]) });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    location: 'memory',
    close: () => client.close(),
  };
}
