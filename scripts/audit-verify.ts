/**
 * `npm run audit:verify [-- --data-dir DIR]`: checks the audit log's hash chain in the database
 * Varde uses (DATABASE_URL when set, otherwise the embedded database in VARDE_DATA_DIR; the
 * embedded one only while Varde is not running, since PGlite has one process at a time).
 * Exit code 0 when every chain is whole, 1 at the first broken row, 2 when the check could not run.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { openDatabase, reason } from '../src/db/database.js';
import { verifyAuditChain, type AuditChainProblem } from '../src/data/audit/verify-audit-chain.js';

const explained: Record<AuditChainProblem, string> = {
  altered: 'its content does not match its hash: it was changed after it was written',
  link_broken: 'it does not follow on from the row before it: that row was removed or changed',
  unchained: 'it has no hash: it was written with the chain trigger disabled',
  tail_mismatch: 'the chain ends elsewhere than its head says: rows at the end were removed or the last replaced',
  head_missing: 'its owner has no chain head',
};

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: true });
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: values['data-dir'] ?? config.dataDir });
  try {
    const verdict = await verifyAuditChain(database.db);
    if (verdict.ok) {
      console.log(`audit log ok: ${verdict.rows} rows, every chain whole (${database.kind}, ${database.location})`);
      return 0;
    }
    console.log(`audit log BROKEN at row ${verdict.firstBrokenId}: ${explained[verdict.reason!]} (${verdict.rows} rows; ${database.kind}, ${database.location})`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify could not run: ${reason(error)}`);
    process.exit(2);
  },
);
