/**
 * `npm run restore -- --from FILE`: restores a backup into the EMPTY data directory or database
 * that VARDE_DATA_DIR or DATABASE_URL names, and checks every table's row count and the audit
 * chain against the backup (src/data/backup/restore-backup.ts; README "Backup and restore").
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { restoreBackup } from '../src/data/backup/restore-backup.js';

const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
  console.error('Usage: npm run restore -- --from FILE');
  process.exit(2);
}
try {
  const config = readConfig();
  const report = await restoreBackup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, values.from);
  console.log(
    `Restored the backup of ${report.manifest.takenAt}: ${report.tables} tables and ${report.rows} rows match it; ` +
      `the audit chain of ${report.auditRows} entries verifies.`,
  );
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
