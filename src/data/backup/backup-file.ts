/**
 * The backup file: one header line that names the format, one line of JSON (the manifest: what
 * the database held when the backup was taken), then the database's own dump as it came —
 * PGlite's data-directory tarball or pg_dump's custom format. One file, so that it can be copied,
 * encrypted and stored as one thing (README "Backup and restore").
 */
import fs from 'node:fs';
import type { DatabaseKind } from '../../db/database.js';

const magic = 'VARDE-BACKUP 1';

export interface BackupManifest {
  kind: DatabaseKind;
  takenAt: string;
  /** Rows per table ("schema.table"), counted in the same snapshot as the dump. */
  rowCounts: Record<string, number>;
  /**
   * The audit chain as verified when the backup was taken, with each owner's chain head (the
   * newest row's hash): a restore must arrive at the same heads, which anchors the restored log
   * to the backup rather than only to itself.
   */
  audit: { rows: number; ok: boolean; heads: Record<string, string> };
}

export class BackupFileError extends Error {}

export function writeBackupFile(file: string, manifest: BackupManifest, dump: Buffer): void {
  const head = Buffer.from(`${magic}\n${JSON.stringify(manifest)}\n`, 'utf8');
  // Written beside the target and renamed, so that an interrupted backup never leaves a file
  // that looks whole.
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, Buffer.concat([head, dump]), { mode: 0o600 });
  fs.renameSync(partial, file);
}

export function readBackupFile(file: string): { manifest: BackupManifest; dump: Buffer } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new BackupFileError(`Cannot read the backup file ${file}: ${(error as Error).message}`);
  }
  const firstEnd = bytes.indexOf(0x0a);
  if (firstEnd < 0 || bytes.subarray(0, firstEnd).toString('utf8') !== magic) {
    throw new BackupFileError(`${file} is not a Varde backup (it does not begin with "${magic}")`);
  }
  const secondEnd = bytes.indexOf(0x0a, firstEnd + 1);
  if (secondEnd < 0) throw new BackupFileError(`${file} is cut short: its manifest line is not complete`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(bytes.subarray(firstEnd + 1, secondEnd).toString('utf8')) as BackupManifest;
  } catch {
    throw new BackupFileError(`${file} has a damaged manifest (line 2 is not JSON)`);
  }
  if ((manifest.kind !== 'pglite' && manifest.kind !== 'postgres') || typeof manifest.rowCounts !== 'object') {
    throw new BackupFileError(`${file} has a damaged manifest (line 2 lacks kind or rowCounts)`);
  }
  const dump = bytes.subarray(secondEnd + 1);
  if (dump.length === 0) throw new BackupFileError(`${file} is cut short: it holds no database dump`);
  return { manifest, dump };
}
