/**
 * Generates a demo dataset and loads it into an empty database, printing counts and timings.
 *
 *   npx tsx src/demo/cli.ts --students 30000 --seed 1 --today 2026-11-23 [--data-dir DIR]
 *   npx tsx src/demo/cli.ts --students 30000 --municipality-students 60000 --generate-only
 *
 * The database is the one Varde would use: DATABASE_URL when set, otherwise the embedded
 * database in --data-dir (default VARDE_DATA_DIR, ./data). It must be empty of owners: the demo
 * accounts' usernames are unique, so a second demo cannot go beside the first.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabase, reason } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import { owners } from '../db/schema.js';
import { toDayNumber } from '../domain/school-calendar.js';
import { systemClock } from '../lib/clock.js';
import { serverKeys } from '../lib/server-keys.js';
import type { DemoDataset } from './demo-dataset.js';
import { generateDemoSchool } from './generate-demo-school.js';
import { loadDemoSchool } from './load-demo-school.js';

const usage = `Usage: npx tsx src/demo/cli.ts [--students N] [--municipality-students N] [--seed N] [--today YYYY-MM-DD] [--data-dir DIR] [--generate-only]

  --students N      how many students in the county's vgs (default 240: one school; above 900, a county of schools)
  --municipality-students N
                    how many in the municipality's grunnskoler (default 400: a barneskole and an
                    ungdomsskole; above 1000, a municipality of schools; 0 leaves it out)
  --seed N          the seed; the same seed and date give the same data (default 1)
  --today DATE      the date the data is made for: absence runs to the day before (default today)
  --data-dir DIR    the embedded database to load into (default VARDE_DATA_DIR); DATABASE_URL wins
  --generate-only   generate and count, without a database`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      students: { type: 'string' },
      'municipality-students': { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      'data-dir': { type: 'string' },
      'generate-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const students = wholeNumber('--students', values.students ?? '240');
  const municipalityStudents = wholeNumber('--municipality-students', values['municipality-students'] ?? '400');
  const seed = wholeNumber('--seed', values.seed ?? '1');
  const today = values.today ?? systemClock.today();
  try {
    toDayNumber(today);
  } catch {
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}"`);
  }

  let started = performance.now();
  let dataset: DemoDataset;
  try {
    dataset = generateDemoSchool({ seed, students, municipalityStudents, today });
  } catch (error) {
    // A size out of range names itself (generateDemoSchool's RangeError).
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  const generatedIn = performance.now() - started;
  console.log(`Generated ${dataset.students.length} students in ${dataset.schools.length} school(s) of ${dataset.owners.length} owner(s) for ${today} (seed ${seed}) in ${seconds(generatedIn)}`);

  if (values['generate-only']) {
    started = performance.now();
    let absence = 0;
    for (const _record of dataset.absenceRecords) absence++;
    printCounts({ ...countRows(dataset), absenceRecords: absence });
    console.log(`Absence records generated in ${seconds(performance.now() - started)}`);
    return;
  }

  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: values['data-dir'] ?? config.dataDir });
  try {
    await runMigrations(database);
    const [existing] = await database.db.select({ id: owners.id }).from(owners).limit(1);
    if (existing) {
      throw new UsageError(`The database in ${database.location} already has data; load the demo into an empty one (--data-dir or DATABASE_URL)`);
    }
    started = performance.now();
    // Hashed with the key of the server that will serve this database (VARDE_SECRET_KEY).
    const counts = await loadDemoSchool(database.db, dataset, { hashNationalId: serverKeys(config.secretKey).hashNationalId });
    printCounts(counts);
    console.log(`Loaded into ${database.kind} (${database.location}) in ${seconds(performance.now() - started)}`);
  } finally {
    await database.close();
  }
}

function countRows(dataset: DemoDataset): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, value] of Object.entries(dataset)) if (Array.isArray(value)) counts[name] = value.length;
  return counts;
}

function printCounts(counts: Record<string, number>): void {
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  for (const [name, count] of Object.entries(counts)) console.log(`  ${name.padEnd(width)}  ${count.toLocaleString('nb-NO').padStart(10)}`);
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number, not "${text}"`);
  return Number(text);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : `Could not make the demo: ${reason(error)}`);
  process.exitCode = 1;
});
