/**
 * `npm run backup -- --out FILE`: a consistent backup of the database Varde is configured for.
 *
 * - Embedded (PGlite): the database is opened like Varde opens it, so a running Varde refuses the
 *   backup (one process per data directory) rather than letting it copy a directory mid-write;
 *   then PGlite's own dump of its data directory.
 * - PostgreSQL: pg_dump in its custom format, taken in a snapshot exported from a repeatable-read
 *   transaction, so that the row counts and the audit chain in the manifest are those of exactly
 *   the data in the dump, while Varde keeps serving.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../../db/schema.js';
import { openDatabase, type Db } from '../../db/database.js';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import { writeBackupFile, type BackupManifest } from './backup-file.js';
import { auditChainHeads, countRows } from './count-rows.js';

export interface BackupSource {
  databaseUrl?: string | undefined;
  dataDir: string;
}

export async function writeBackup(source: BackupSource, outFile: string, now = new Date()): Promise<BackupManifest> {
  if (source.databaseUrl) return backupPostgres(source.databaseUrl, outFile, now);
  return backupPglite(source.dataDir, outFile, now);
}

async function backupPglite(dataDir: string, outFile: string, now: Date): Promise<BackupManifest> {
  const database = await openDatabase({ dataDir });
  try {
    const manifest = await describe(database.db, 'pglite', now);
    const dump = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
    writeBackupFile(outFile, manifest, dump);
    return manifest;
  } finally {
    await database.close();
  }
}

async function backupPostgres(databaseUrl: string, outFile: string, now: Date): Promise<BackupManifest> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-backup-'));
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const manifest = await describe(drizzle(client, { schema }) as unknown as Db, 'postgres', now);
    const dumpFile = path.join(scratch, 'dump.pgcustom');
    await run('pg_dump', ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, `--file=${dumpFile}`, databaseUrl]);
    writeBackupFile(outFile, manifest, fs.readFileSync(dumpFile));
    return manifest;
  } finally {
    await client.query('rollback').catch(() => {});
    await client.end();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function describe(db: Db, kind: BackupManifest['kind'], now: Date): Promise<BackupManifest> {
  const rowCounts = await countRows(db);
  if (!('public.audit_log' in rowCounts)) throw new Error('The database holds no Varde data (it has never been started or migrated); nothing to back up');
  const audit = await verifyAuditChain(db);
  return {
    kind,
    takenAt: now.toISOString(),
    rowCounts,
    audit: { rows: audit.rows, ok: audit.ok, heads: await auditChainHeads(db) },
  };
}

/** Runs one of PostgreSQL's client programs; its own message becomes the error. */
export function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(`${program} could not be started (is PostgreSQL's client installed?): ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${program} failed (exit ${code}): ${stderr.trim()}`))));
  });
}
