/**
 * `npm run restore -- --from FILE`: brings a backup back into an EMPTY data directory or
 * database — never over data, so that a mistyped target cannot destroy a school's records — and
 * then checks it: every table's row count must equal the manifest's, and the audit chain must
 * verify as it did when the backup was taken. A restore that fails the check says which tables
 * differ and exits non-zero; the operator then throws the target away.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase } from '../../db/database.js';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import { readBackupFile, BackupFileError, type BackupManifest } from './backup-file.js';
import { auditChainHeads, countRows, differingCounts } from './count-rows.js';
import { run, type BackupSource } from './write-backup.js';

export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  auditRows: number;
}

export class RestoreError extends Error {}

export async function restoreBackup(target: BackupSource, fromFile: string): Promise<RestoreReport> {
  const { manifest, dump } = readBackupFile(fromFile);
  const wanted = target.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.kind !== wanted) {
    throw new BackupFileError(
      `${fromFile} is a backup of ${describeKind(manifest.kind)}, but the target is ${describeKind(wanted)}; ` +
        (manifest.kind === 'pglite' ? 'unset DATABASE_URL to restore it into VARDE_DATA_DIR' : 'set DATABASE_URL to the empty database to restore it into'),
    );
  }
  if (target.databaseUrl) await restorePostgres(target.databaseUrl, dump);
  else await restorePglite(target.dataDir, dump);
  return check(target, manifest);
}

async function restorePglite(dataDir: string, dump: Buffer): Promise<void> {
  const dir = path.resolve(dataDir);
  const pgliteDir = path.join(dir, 'pglite');
  if (fs.existsSync(pgliteDir) && fs.readdirSync(pgliteDir).length > 0) {
    throw new RestoreError(`VARDE_DATA_DIR (${dir}) already holds a database; restore into an empty directory`);
  }
  fs.mkdirSync(dir, { recursive: true });
  const client = await PGlite.create({ dataDir: pgliteDir, loadDataDir: new Blob([new Uint8Array(dump)]) });
  await client.close();
}

async function restorePostgres(databaseUrl: string, dump: Buffer): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as n from information_schema.tables where table_schema in ('public', 'drizzle')`,
    );
    if (Number(rows[0]!.n) > 0) throw new RestoreError('The database in DATABASE_URL already holds tables; restore into an empty database');
  } finally {
    await client.end();
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-restore-'));
  try {
    const dumpFile = path.join(scratch, 'dump.pgcustom');
    fs.writeFileSync(dumpFile, dump, { mode: 0o600 });
    // The target's own roles own what is restored: the backup's owners may not exist there.
    await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${databaseUrl}`, dumpFile]);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function check(target: BackupSource, manifest: BackupManifest): Promise<RestoreReport> {
  const database = await openDatabase(target);
  try {
    const counts = await countRows(database.db);
    const differences = differingCounts(manifest.rowCounts, counts);
    if (differences.length > 0) throw new RestoreError(`The restored database does not match the backup:\n  ${differences.join('\n  ')}`);
    const audit = await verifyAuditChain(database.db);
    if (audit.rows !== manifest.audit.rows || audit.ok !== manifest.audit.ok) {
      throw new RestoreError(
        `The restored audit log does not match the backup: ${audit.rows} entries (${audit.ok ? 'chain intact' : `chain broken at ${audit.firstBrokenId}`}), ` +
          `the backup had ${manifest.audit.rows} (${manifest.audit.ok ? 'chain intact' : 'chain already broken'})`,
      );
    }
    const heads = await auditChainHeads(database.db);
    const movedHeads = Object.keys({ ...manifest.audit.heads, ...heads }).filter((owner) => heads[owner] !== manifest.audit.heads[owner]);
    if (movedHeads.length > 0) {
      throw new RestoreError(`The restored audit chain ends elsewhere than the backup's for ${movedHeads.length} owner(s): ${movedHeads.join(', ')}`);
    }
    return {
      manifest,
      tables: Object.keys(counts).length,
      rows: Object.values(counts).reduce((a, b) => a + b, 0),
      auditRows: audit.rows,
    };
  } finally {
    await database.close();
  }
}

const describeKind = (kind: BackupManifest['kind']) => (kind === 'pglite' ? 'the embedded database' : 'a PostgreSQL server');
