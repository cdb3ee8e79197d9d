/**
 * Backup and restore on the engine under test (PGlite in db-pglite, the PostgreSQL server in
 * db-postgres), from the demo school's template: the round trip restores every row and the audit
 * chain, a backup never lands on data, and a restore that does not match its backup says so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { templatePaths } from '../../test/template-paths.js';
import { readBackupFile, writeBackupFile } from './backup-file.js';
import { countRows } from './count-rows.js';
import { restoreBackup } from './restore-backup.js';
import { writeBackup, type BackupSource } from './write-backup.js';

const engine = process.env.VARDE_TEST_DATABASE ?? 'pglite';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-backup-test-'));
const databases: string[] = [];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A place for a database: a data directory, or a new database on the server (from the demo template or empty). */
async function place(name: string, withDemo: boolean): Promise<BackupSource> {
  const dataDir = path.join(scratch, name);
  if (engine !== 'postgres') {
    if (withDemo) {
      fs.mkdirSync(dataDir, { recursive: true });
      const client = await PGlite.create({
        dataDir: path.join(dataDir, 'pglite'),
        loadDataDir: new Blob([fs.readFileSync(templatePaths().pgliteDump)]),
      });
      await client.close();
    }
    return { dataDir };
  }
  const db = `varde_backup_${process.pid}_${name}`;
  databases.push(db);
  await admin((c) => c.query(`create database ${db}${withDemo ? ` template ${templatePaths().postgresTemplate}` : ''}`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${db}`;
  return { dataDir, databaseUrl: url.toString() };
}

async function rowsIn(target: BackupSource) {
  const database = await openDatabase(target);
  try {
    return await countRows(database.db);
  } finally {
    await database.close();
  }
}

let source: BackupSource;
const backupFile = path.join(scratch, 'varde.backup');

beforeAll(async () => {
  source = await place('source', true);
  // A school's log has entries by the time it is backed up: the restore must carry the chain.
  const database = await openDatabase(source);
  try {
    await database.db.execute(
      sql`insert into audit_log (owner_id, action, entity, detail) select id, 'read', 'student', '{"view":"backup-test"}'::jsonb from owners`,
    );
  } finally {
    await database.close();
  }
  await writeBackup(source, backupFile, new Date('2026-11-23T16:00:00Z'));
});

afterAll(async () => {
  if (engine === 'postgres') await admin(async (c) => { for (const db of databases) await c.query(`drop database if exists ${db}`); });
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe(`backup and restore (${engine})`, () => {
  it('restores every row of every table and the audit chain into an empty target', async () => {
    const target = await place('restored', false);
    const report = await restoreBackup(target, backupFile);

    const before = await rowsIn(source);
    expect(await rowsIn(target)).toEqual(before);
    expect(report.manifest.rowCounts).toEqual(before);
    expect(before['public.students']).toBeGreaterThan(100);
    expect(before['public.audit_log']).toBe(report.auditRows);
    expect(report.manifest.audit.ok).toBe(true);
    expect(Object.keys(report.manifest.audit.heads).length).toBeGreaterThan(0);
    expect(report.manifest.kind).toBe(engine);
  });

  it('never restores over data: a target that holds a database is refused and left as it was', async () => {
    const before = await rowsIn(source);
    await expect(restoreBackup(source, backupFile)).rejects.toThrow(/already holds/);
    expect(await rowsIn(source)).toEqual(before);
  });

  it('says which table differs when the restored data does not match the backup', async () => {
    const { manifest, dump } = readBackupFile(backupFile);
    const altered = path.join(scratch, 'altered.backup');
    writeBackupFile(altered, { ...manifest, rowCounts: { ...manifest.rowCounts, 'public.students': manifest.rowCounts['public.students']! + 1 } }, dump);
    const target = await place('mismatch', false);
    await expect(restoreBackup(target, altered)).rejects.toThrow(/public\.students: \d+ in the backup, \d+ restored/);
  });

  it('refuses a restore whose audit chain does not end where the backup\'s did', async () => {
    const { manifest, dump } = readBackupFile(backupFile);
    const [owner] = Object.keys(manifest.audit.heads);
    expect(owner).toBeDefined();
    const altered = path.join(scratch, 'other-head.backup');
    writeBackupFile(altered, { ...manifest, audit: { ...manifest.audit, heads: { ...manifest.audit.heads, [owner!]: 'f'.repeat(64) } } }, dump);
    await expect(restoreBackup(await place('otherhead', false), altered)).rejects.toThrow(/audit chain ends elsewhere/);
  });

  it('refuses a file that is not a whole Varde backup, naming what is wrong', async () => {
    const notBackup = path.join(scratch, 'notes.txt');
    fs.writeFileSync(notBackup, 'elevliste\n');
    await expect(restoreBackup(await place('never1', false), notBackup)).rejects.toThrow(/is not a Varde backup/);
    const cut = path.join(scratch, 'cut.backup');
    fs.writeFileSync(cut, fs.readFileSync(backupFile).subarray(0, 20));
    await expect(restoreBackup(await place('never2', false), cut)).rejects.toThrow(/cut short/);
  });

  it.runIf(engine !== 'postgres')('refuses to back up an embedded database that a running Varde holds open', async () => {
    const running = await openDatabase(source);
    try {
      await expect(writeBackup(source, path.join(scratch, 'busy.backup'))).rejects.toThrow(/in use by another Varde process/);
    } finally {
      await running.close();
    }
  });
});
