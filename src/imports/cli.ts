/**
 * Imports a file from a school's administrative system on the command line:
 *
 *   npx tsx src/imports/cli.ts --kind absence --file fravær.csv [--school-id ID] [--data-dir DIR]
 *   npx tsx src/imports/cli.ts --kind oneroster --file eksport/        (a folder of OneRoster CSV files)
 *   npx tsx src/imports/cli.ts --kind oneroster --file eksport/ --org 974123460   (one school of several)
 *   npx tsx src/imports/cli.ts --kind schools --file skoler.csv [--owner-id ID]
 *   npx tsx src/imports/cli.ts --kind fint --fint-school 38001 [--school-id ID]   (a sync from FINT: src/imports/fint/fint-sync-command.ts)
 *
 * The schools file is the owner's, with no school chosen; so is a OneRoster set without
 * --school-id, whose org finds its school among the owner's (or creates it).
 *
 * The database is the one Varde uses: DATABASE_URL when set, otherwise the embedded database in
 * --data-dir (default VARDE_DATA_DIR, ./data). Progress goes to stderr; the summary, or the
 * report of the problems (the first 1 000, and how many more), to stdout. Exit code 0 when
 * imported, 1 when the file was rejected (nothing stored; also a file over the size limit, refused
 * before it is read), 2 when the import could not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.js';
import { serverKeys } from '../lib/server-keys.js';
import { openDatabase, reason, type Db } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import { owners, schools } from '../db/schema.js';
import { toDayNumber } from '../domain/school-calendar.js';
import { importFile, type FileKind } from './import-file.js';
import { fintSyncCommand, usage as fintUsage, UsageError as FintUsageError } from './fint/fint-sync-command.js';
import { importOneRoster } from './import-oneroster.js';
import { importSchools } from './import-schools.js';
import { moreProblemsInBokmaal, problemInBokmaal } from './import-problems.js';
import { MAX_IMPORT_FILE_BYTES } from '../shared/import-limits.js';
import { importKinds, ownerImportKinds } from '../domain/vocabulary.js';
import type { AnyImportKind, ImportFile, ImportProgress, ImportResult } from './import-types.js';

const allKinds: readonly AnyImportKind[] = [...new Set([...importKinds, ...ownerImportKinds])];

const usage = `Usage: npx tsx src/imports/cli.ts --kind KIND --file PATH [--school-id ID | --owner-id ID] [--org ORG] [--school-year-id ID] [--today YYYY-MM-DD] [--data-dir DIR]

  --kind KIND          ${allKinds.join(', ')}, or fint (a sync from FINT: --kind fint --help)
  --file PATH          the CSV or Excel (.xlsx) file; for oneroster, the folder with its CSV files
  --school-id ID       the school to import into (not needed when the database has one school);
                       not for schools, and for oneroster only to choose the school (without it the
                       set's org finds its school among the owner's, or creates it)
  --owner-id ID        the owner of the schools file, or of a oneroster set without --school-id
                       (not needed when the database has one owner)
  --org ORG            oneroster: the school of a set with several schools, by its sourcedId,
                       organisation number or name in orgs.csv (the others are left out)
  --school-year-id ID  the school year (default: the one running today, or the next)
  --today DATE         the date that picks the school year (default: today in Norway)
  --data-dir DIR       the embedded database (default VARDE_DATA_DIR); DATABASE_URL wins`;

class UsageError extends Error {}
/** A file over the limit: refused before it is read, as the upload route refuses it. */
class TooLargeError extends Error {}

/** `--kind fint`: the FINT sync, which reads FINT instead of a file and takes its own options. */
function fintArguments(argv: string[]): string[] | undefined {
  const at = argv.findIndex((a, i) => (a === '--kind' && argv[i + 1] === 'fint') || a === '--kind=fint');
  if (at < 0) return undefined;
  return argv.filter((_, i) => i !== at && !(argv[at] === '--kind' && i === at + 1));
}

async function main(argv: string[]): Promise<number> {
  const fint = fintArguments(argv);
  if (fint) return fintSyncCommand(fint);
  const { values } = parseArgs({
    args: argv,
    options: {
      kind: { type: 'string' },
      file: { type: 'string' },
      'school-id': { type: 'string' },
      'owner-id': { type: 'string' },
      org: { type: 'string' },
      'school-year-id': { type: 'string' },
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
  const kind = values.kind as AnyImportKind | undefined;
  if (!kind || !allKinds.includes(kind)) throw new UsageError(`--kind must be one of ${allKinds.join(', ')}`);
  if (kind === 'schools' && values['school-id']) throw new UsageError('The schools file is the owner’s: leave out --school-id (and give --owner-id when the database has several owners)');
  if (values['owner-id'] && values['school-id']) throw new UsageError('Give --school-id or --owner-id, not both');
  if (!values.file) throw new UsageError('--file is required');
  if (values.org !== undefined && kind !== 'oneroster') throw new UsageError('--org chooses the school of a OneRoster set: only with --kind oneroster');
  if (values.today) {
    try {
      toDayNumber(values.today);
    } catch {
      throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${values.today}"`);
    }
  }
  const files = readFiles(kind, values.file);

  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: values['data-dir'] ?? config.dataDir });
  try {
    await runMigrations(database);
    // Numbers are hashed with the key of the server that serves this database (VARDE_SECRET_KEY).
    const hashNationalId = serverKeys(config.secretKey).hashNationalId;
    const common = { actorStaffId: null, via: 'cli' as const, onProgress: progressPrinter(), hashNationalId, ...(values.today ? { today: values.today } : {}) };
    let result: ImportResult;
    if (kind === 'schools' || (kind === 'oneroster' && !values['school-id'])) {
      // The owner's imports: no school is chosen.
      const owner = await chooseOwner(database.db, values['owner-id']);
      console.error(`Importing ${kind} for ${owner.name} (${database.kind}, ${database.location})`);
      result =
        kind === 'schools'
          ? await importSchools(database.db, { ...common, ownerId: owner.id, file: files[0]! })
          : await importOneRoster(database.db, { ...common, ownerId: owner.id, files, org: values.org, ...(values['school-year-id'] ? { schoolYearId: values['school-year-id'] } : {}) });
    } else {
      const school = await chooseSchool(database.db, values['school-id']);
      console.error(`Importing ${kind} into ${school.name} (${database.kind}, ${database.location})`);
      const options = { ...common, ownerId: school.ownerId, schoolId: school.id, ...(values['school-year-id'] ? { schoolYearId: values['school-year-id'] } : {}) };
      result =
        kind === 'oneroster'
          ? await importOneRoster(database.db, { ...options, files, org: values.org })
          : await importFile(database.db, { ...options, kind: kind as FileKind, file: files[0]! });
    }
    printResult(result);
    return result.status === 'imported' ? 0 : 1;
  } finally {
    await database.close();
  }
}

function readFiles(kind: AnyImportKind, where: string): ImportFile[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(where);
  } catch {
    throw new UsageError(`No file or folder at ${where}`);
  }
  if (kind === 'oneroster') {
    if (!stat.isDirectory()) throw new UsageError('--file must be a folder of OneRoster CSV files (unzip the archive first)');
    const names = fs.readdirSync(where).filter((name) => name.toLowerCase().endsWith('.csv'));
    const total = names.reduce((sum, name) => sum + fs.statSync(path.join(where, name)).size, 0);
    refuseOverLimit(`The CSV files in ${where}`, total);
    return names.map((name) => ({ name, data: fs.readFileSync(path.join(where, name)) }));
  }
  if (!stat.isFile()) throw new UsageError(`${where} is not a file`);
  refuseOverLimit(where, stat.size);
  return [{ name: path.basename(where), data: fs.readFileSync(where) }];
}

function refuseOverLimit(what: string, bytes: number): void {
  if (bytes <= MAX_IMPORT_FILE_BYTES) return;
  const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;
  throw new TooLargeError(
    `${what}: ${mb(bytes)}, more than the ${mb(MAX_IMPORT_FILE_BYTES)} Varde imports at once. Split the file, for example by month, and import the parts one by one.`,
  );
}

async function chooseSchool(db: Db, schoolId: string | undefined) {
  const all = await db.select({ ownerId: schools.ownerId, id: schools.id, name: schools.name }).from(schools);
  if (schoolId) {
    const found = all.find((s) => s.id === schoolId);
    if (!found) throw new UsageError(`No school with id ${schoolId}`);
    return found;
  }
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new UsageError('The database has no school yet');
  throw new UsageError(`The database has ${all.length} schools; choose one with --school-id:\n${all.map((s) => `  ${s.id}  ${s.name}`).join('\n')}`);
}

async function chooseOwner(db: Db, ownerId: string | undefined) {
  const all = await db.select({ id: owners.id, name: owners.name }).from(owners);
  if (ownerId) {
    const found = all.find((o) => o.id === ownerId);
    if (!found) throw new UsageError(`No owner with id ${ownerId}`);
    return found;
  }
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new UsageError('The database has no owner yet');
  throw new UsageError(`The database has ${all.length} owners; choose one with --owner-id:\n${all.map((o) => `  ${o.id}  ${o.name}`).join('\n')}`);
}

/** Progress on stderr: one line rewritten in a terminal, a line every two seconds otherwise. */
function progressPrinter(): (p: ImportProgress) => void {
  let last = 0;
  let lastText = '';
  const tty = process.stderr.isTTY;
  return (p) => {
    const now = performance.now();
    const done = p.phase === 'writing' && p.rowsWritten === p.rowsToWrite;
    if (!done && now - last < (tty ? 200 : 2000)) return;
    last = now;
    const text =
      p.phase === 'reading'
        ? `  read ${p.rowsRead.toLocaleString('nb-NO')} rows`
        : `  wrote ${p.rowsWritten.toLocaleString('nb-NO')} of ${(p.rowsToWrite ?? 0).toLocaleString('nb-NO')} rows`;
    if (text === lastText) return;
    lastText = text;
    if (tty) process.stderr.write(`\r${text.padEnd(60)}${done ? '\n' : ''}`);
    else console.error(text);
  };
}

function printResult(result: ImportResult): void {
  if (result.status === 'rejected') {
    console.log(`Filen ble avvist, og ingenting er lagret. ${result.problemCount} feil i ${result.files.join(', ')}:`);
    for (const p of result.problems) {
      const where = [p.file, p.row === null ? null : `rad ${p.row}`, p.column === null ? null : `kolonne «${p.column}»`].filter(Boolean).join(', ');
      // The words come from the bokmål catalog in src/shared/import-problems, the one the web app shows in nb.
      console.log(`  ${where ? `${where}: ` : ''}${problemInBokmaal(p)} [${p.code}]`);
    }
    const more = result.problemCount - result.problems.length;
    if (more > 0) console.log(`  ${moreProblemsInBokmaal(more)}`);
    return;
  }
  const seconds = result.durationMs / 1000;
  console.log(`Imported ${result.rows.toLocaleString('nb-NO')} rows from ${result.files.join(', ')} in ${seconds.toFixed(1)} s` + (result.schoolYear ? ` (school year ${result.schoolYear.name})` : ''));
  const width = Math.max(...Object.keys(result.counts).map((k) => k.length));
  console.log(`  ${''.padEnd(width)}  inserted   updated unchanged   removed`);
  for (const [entity, c] of Object.entries(result.counts)) {
    console.log(`  ${entity.padEnd(width)}  ${[c.inserted, c.updated, c.unchanged, c.removed].map((n) => String(n).padStart(8)).join('  ')}`);
  }
  if (result.ignored.length > 0) console.log(`  not used: ${result.ignored.join(', ')}`);
  const schoolsChanged = (result.schools ?? []).filter((s) => s.outcome !== 'unchanged');
  if (schoolsChanged.length > 0) {
    console.log('Skoler:');
    for (const s of schoolsChanged) {
      const what = s.outcome === 'created' ? `opprettet (${s.kind})` : `endret: ${s.changes.map((c) => `${c.field} ${c.from ?? '–'} → ${c.to ?? '–'}`).join(', ')}`;
      console.log(`  ${s.row === null ? '' : `rad ${s.row}: `}${s.name} ${what}`);
    }
  }
  for (const note of result.notes ?? []) {
    const where = [note.file, note.row === null ? null : `rad ${note.row}`].filter(Boolean).join(', ');
    // Worded from the bokmål catalog, as the problems are.
    console.log(`  ${note.level === 'warning' ? 'Advarsel: ' : ''}${where ? `${where}: ` : ''}${problemInBokmaal(note)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof TooLargeError) {
      // Rejected, like a file with errors: nothing is stored.
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    if (error instanceof FintUsageError || error instanceof ConfigError) {
      console.error(error instanceof FintUsageError ? `${error.message}\n\n${fintUsage}` : error.message);
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : `The import could not run: ${reason(error)}`);
    process.exitCode = 2;
  },
);
