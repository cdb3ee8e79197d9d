/**
 * Syncs one school's roster from FINT on the command line, kept as a run like the web app's
 * (fint-sync-runs.ts):
 *
 *   npm run import -- --kind fint --fint-school 38001 [--school-id ID] [--today YYYY-MM-DD] [--data-dir DIR]
 *   npx tsx src/imports/fint/fint-sync-cli.ts --fint-school 38001 …   (the same)
 *
 * FINT's address and the client's credentials come from the environment (FINT_BASE_URL,
 * FINT_TOKEN_URL, FINT_CLIENT_ID, FINT_CLIENT_SECRET, FINT_SCOPE, FINT_PAGE_SIZE; see
 * docs/imports/fint.md), checked only here. The database is the one Varde uses (DATABASE_URL, or
 * the embedded database in --data-dir). Progress goes to stderr; what changed, or the problems,
 * to stdout. Exit code 0 when synced, 1 when FINT's data was refused (nothing stored), 2 when the
 * sync could not run (FINT failed or could not be reached: nothing stored; run it again).
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { runMigrations } from '../../db/migrate.js';
import { schools } from '../../db/schema.js';
import { createFintClient } from './fint-client.js';
import { readFintConfig } from './fint-config.js';
import { fintProblemInBokmaal } from './fint-problems.js';
import { runFintSync } from './fint-sync-runs.js';
import type { FintSyncResult } from './sync-fint.js';
import { systemClock } from '../../lib/clock.js';

export const usage = `Usage: npm run import -- --kind fint --fint-school ID [--school-id ID] [--today YYYY-MM-DD] [--data-dir DIR]

  --fint-school ID   the school in FINT: its systemId, skolenummer or organisasjonsnummer
  --school-id ID     the school in Varde (not needed when the database has one school)
  --today DATE       the date that picks the school year and ends memberships (default: today in Norway)
  --data-dir DIR     the embedded database (default VARDE_DATA_DIR); DATABASE_URL wins

  FINT_BASE_URL, FINT_CLIENT_ID and FINT_CLIENT_SECRET must be set; FINT_TOKEN_URL, FINT_SCOPE and
  FINT_PAGE_SIZE have defaults.`;

export class UsageError extends Error {}

/** The command's work: answers its exit code (0 synced, 1 FINT's data refused, 2 could not run); throws UsageError and ConfigError. */
export async function fintSyncCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'fint-school': { type: 'string' },
      'school-id': { type: 'string' },
      today: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values['fint-school']) throw new UsageError('--fint-school is required');
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${values.today}"`);
  const fint = readFintConfig();
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: values['data-dir'] ?? config.dataDir });
  try {
    await runMigrations(database);
    const all = await database.db.select({ ownerId: schools.ownerId, id: schools.id, name: schools.name }).from(schools);
    const school = values['school-id'] ? all.find((s) => s.id === values['school-id']) : all.length === 1 ? all[0] : undefined;
    if (!school) {
      throw new UsageError(
        values['school-id'] ? `No school with id ${values['school-id']}` : `The database has ${all.length} schools; choose one with --school-id:\n${all.map((s) => `  ${s.id}  ${s.name}`).join('\n')}`,
      );
    }
    console.error(`Syncing ${school.name} from FINT school ${values['fint-school']} at ${fint.baseUrl} (${database.kind}, ${database.location})`);
    const client = createFintClient({ ...fint });
    const { result } = await runFintSync(database.db, {
      ownerId: school.ownerId,
      schoolId: school.id,
      fintSchool: values['fint-school'],
      client,
      trigger: 'cli',
      startedBy: null,
      clock: systemClock,
      ...(values.today ? { today: values.today } : {}),
    });
    printResult(result);
    return result.status === 'synced' ? 0 : result.status === 'rejected' ? 1 : 2;
  } finally {
    await database.close();
  }
}

function printResult(result: FintSyncResult): void {
  if (result.status === 'failed') {
    console.log(`FINT-synkroniseringen stoppet, og ingenting er lagret: ${result.error.message}`);
    return;
  }
  if (result.status === 'rejected') {
    console.log(`FINT-dataene ble avvist, og ingenting er lagret. ${result.problems.length} feil:`);
    for (const p of result.problems) console.log(`  ${p.resource}${p.id ? ` ${p.id}` : ''}${p.field ? `, ${p.field}` : ''}: ${fintProblemInBokmaal(p)} [${p.code}]`);
    return;
  }
  const c = result.changes;
  console.log(`Synced ${result.school.name ?? result.school.systemId} (school year ${result.schoolYear.name}) in ${(result.durationMs / 1000).toFixed(1)} s`);
  const lines: Array<[string, string[]]> = [
    ['groups added', c.groupsAdded],
    ['students added', c.studentsAdded.map((s) => `${s.externalId} ${s.name}`)],
    ['students updated', c.studentsUpdated.map((s) => `${s.externalId} ${s.name}`)],
    ['students no longer in FINT (kept; memberships ended)', c.studentsGone.map((s) => `${s.externalId} ${s.name}`)],
    ['memberships added', c.membershipsAdded.map((m) => `${m.group} ${m.student}`)],
    ['memberships ended', c.membershipsEnded.map((m) => `${m.group} ${m.student} (${m.endsOn})`)],
    ['memberships updated', c.membershipsUpdated.map((m) => `${m.group} ${m.student}`)],
    ['staff added', c.staffAdded.map((s) => `${s.externalId} ${s.name}`)],
  ];
  for (const [what, items] of lines) {
    console.log(`  ${what}: ${items.length}`);
    for (const item of items.slice(0, 50)) console.log(`    ${item}`);
    if (items.length > 50) console.log(`    … and ${items.length - 50} more`);
  }
  if (result.warnings.length > 0) {
    console.log(`  to complete or check: ${result.warnings.length}`);
    for (const w of result.warnings) console.log(`    ${w.resource} ${w.id ?? ''}: ${fintProblemInBokmaal(w)}`);
  }
  if (result.feideNamesChanged > 0) console.log(`  Feide names stored or changed: ${result.feideNamesChanged}`);
  const skipped = Object.entries(result.skipped);
  if (skipped.length > 0) console.log(`  not used: ${skipped.map(([what, n]) => `${what} (${n})`).join(', ')}`);
}

