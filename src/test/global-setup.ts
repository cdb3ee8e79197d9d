/**
 * Runs once per database project before its tests: builds the template database (migrations
 * and the demo school for TEST_TODAY) that each test file copies, and on PGlite an empty one too:
 * a new PGlite runs initdb, which costs many times what loading a saved data directory does.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import * as schema from '../db/schema.js';
import { openDatabase, type Db } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import { serverKeys } from '../lib/server-keys.js';
import { generateDemoSchool } from '../demo/generate-demo-school.js';
import { loadDemoSchool } from '../demo/load-demo-school.js';
import { reevaluateAll } from '../data/reevaluate-all.js';
import { dateDemoFlags } from '../demo/date-demo-flags.js';
import { TEST_TODAY } from './test-clock.js';
import { templatePaths } from './template-paths.js';
import { cheapTestPasswordHash } from './test-password-hash.js';

import type { TestProject } from 'vitest/node';

// Vitest does not give global setup the project's env, so the engine is read from the project.
export default async function setup(project: TestProject) {
  const engine = project.config.env?.VARDE_TEST_DATABASE ?? 'pglite';
  const paths = templatePaths();
  const dataset = generateDemoSchool({ seed: 1, students: 240, today: TEST_TODAY });
  // The tests' app has the development key (src/server/app.ts): the guardians' numbers are hashed with it.
  // The demo password is hashed at the lowest argon2 cost: the tests sign in hundreds of times (src/test/test-password-hash.ts).
  const demoOptions = { hashNationalId: serverKeys(DEVELOPMENT_SECRET_KEY).hashNationalId, hashPassword: cheapTestPasswordHash };

  if (engine === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${paths.postgresTemplate}`);
    await admin.query(`create database ${paths.postgresTemplate}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${paths.postgresTemplate}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    await runMigrations(database);
    await loadDemoSchool(database.db, dataset, demoOptions);
    await reevaluateAll(database.db, TEST_TODAY);
    await dateDemoFlags(database.db, TEST_TODAY);
    await database.close();
    return async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${paths.postgresTemplate} with (force)`);
      await dropper.end();
    };
  }

  const client = await PGlite.create();
  await writeDump(client, paths.pgliteEmptyDump);
  fs.rmSync(paths.pgliteEmptyDataDir, { recursive: true, force: true });
  const onDisk = await PGlite.create({ dataDir: paths.pgliteEmptyDataDir, loadDataDir: new Blob([fs.readFileSync(paths.pgliteEmptyDump)]) });
  await onDisk.close();
  const database = { db: drizzlePglite(client, { schema }) as unknown as Db, kind: 'pglite' as const, location: 'memory', close: () => client.close() };
  await runMigrations(database);
  await loadDemoSchool(database.db, dataset, demoOptions);
  await reevaluateAll(database.db, TEST_TODAY);
  await dateDemoFlags(database.db, TEST_TODAY);
  await writeDump(client, paths.pgliteDump);
  await client.close();
  return () => {
    fs.rmSync(paths.pgliteDump, { force: true });
    fs.rmSync(paths.pgliteEmptyDump, { force: true });
    fs.rmSync(paths.pgliteEmptyDataDir, { recursive: true, force: true });
  };
}

async function writeDump(client: PGlite, file: string): Promise<void> {
  const dump = await client.dumpDataDir('gzip');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}
