/**
 * `npm run backup -- --out FILE`: a consistent backup of the database that VARDE_DATA_DIR or
 * DATABASE_URL names (src/data/backup/write-backup.ts; README "Backup and restore").
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { writeBackup } from '../src/data/backup/write-backup.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Usage: npm run backup -- --out FILE');
  process.exit(2);
}
try {
  const config = readConfig();
  const manifest = await writeBackup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, values.out);
  const rows = Object.values(manifest.rowCounts).reduce((a, b) => a + b, 0);
  console.log(
    `Backup written to ${values.out}: ${Object.keys(manifest.rowCounts).length} tables, ${rows} rows, ` +
      `${manifest.audit.rows} audit entries (${manifest.audit.ok ? 'chain intact' : 'CHAIN BROKEN — investigate'}).`,
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
