/**
 * The command line, as a person runs it: an example file imported into a copy of the demo
 * school, and a file with errors refused with exit code 1 and every problem printed.
 * (PGlite only: the command opens its data directory itself.)
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../test/test-clock.js';
import { templatePaths } from '../test/template-paths.js';
import { MAX_IMPORT_FILE_BYTES, MAX_PROBLEMS_REPORTED } from '../shared/import-limits.js';
import { examplesFolder } from './import-test-helpers.js';

const run = promisify(execFile);
const onPglite = (process.env.VARDE_TEST_DATABASE ?? 'pglite') === 'pglite';
let dataDir: string;
let vgs: string;

beforeAll(async () => {
  if (!onPglite) return;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-import-cli-'));
  const client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([fs.readFileSync(templatePaths().pgliteDump)]) });
  // The demo has more than one school (the county's and the municipality's): the files of the school go to the county's.
  const found = await client.query<{ id: string }>(`select id from schools where name = 'Varde videregående skole'`);
  vgs = found.rows[0]!.id;
  await client.close();
});
afterAll(() => {
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/imports/cli.ts', ...args, '--data-dir', dataDir, '--today', TEST_TODAY], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.runIf(onPglite)('the import command', () => {
  it('imports a file and prints what it did, and refuses a file with errors with exit code 1 and every problem', async () => {
    const imported = await cli('--kind', 'students', '--file', path.join(examplesFolder, 'elever.csv'), '--school-id', vgs);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Imported 4 rows from elever\.csv/);
    // The example's students are the demo school's: recognised by name and birth date, so updated (given their numbers).
    expect(imported.stdout).toMatch(/students\s+0\s+4\s+0\s+0/);

    const bad = path.join(dataDir, 'elever-med-feil.csv');
    fs.writeFileSync(bad, 'elevnummer;fornavn;etternavn;fødselsdato\n900100;Ola;Nordmann;31.02.2010\n900101;;Nordmann;2010-01-01\n');
    const rejected = await cli('--kind', 'students', '--file', bad, '--school-id', vgs);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('Filen ble avvist, og ingenting er lagret. 2 feil');
    expect(rejected.stdout).toContain('rad 2, kolonne «fødselsdato»: «31.02.2010» er ikke en gyldig dato');
    expect(rejected.stdout).toContain('rad 3, kolonne «fornavn»: Feltet må fylles ut. [required]');
  }, 60_000);

  it('imports the schools file for the owner, with no school chosen, and says which schools it created and changed', async () => {
    // The demo has two owners, the county and Varde kommune: the command asks which, and lists them.
    const asked = await cli('--kind', 'schools', '--file', path.join(examplesFolder, 'skoler.csv'));
    expect(asked.code).toBe(2);
    const municipality = /([0-9a-f-]{36})\s+Varde kommune/.exec(asked.stderr)?.[1];
    expect(municipality).toBeDefined();

    const imported = await cli('--kind', 'schools', '--file', path.join(examplesFolder, 'skoler.csv'), '--owner-id', municipality!);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('Importing schools for Varde kommune');
    expect(imported.stdout).toMatch(/schools\s+1\s+2\s+0\s+0/);
    expect(imported.stdout).toContain('rad 2: Varde barneskule endret: orgNumber');
    expect(imported.stdout).toContain('rad 4: Nordvik skule opprettet (kombinert)');
    expect(imported.stdout).toContain('rad 4: Nordvik skule har fått skoleruta til Varde barneskule');
    const refused = await cli('--kind', 'schools', '--file', path.join(examplesFolder, 'skoler.csv'), '--school-id', '00000000-0000-4000-8000-000000000000');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('The schools file is the owner’s: leave out --school-id');
  }, 60_000);

  it('imports a OneRoster set for the school chosen with --org, and takes --org for OneRoster only', async () => {
    const set = path.join(examplesFolder, 'oneroster');
    const none = await cli('--kind', 'oneroster', '--file', set, '--school-id', vgs, '--org', 'org-tredje');
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('Fant ikke skolen «org-tredje» blant skolene (type «school») i orgs.csv');
    const notOneRoster = await cli('--kind', 'students', '--file', path.join(examplesFolder, 'elever.csv'), '--school-id', vgs, '--org', 'org-varde-vgs');
    expect(notOneRoster.code).toBe(2);
    expect(notOneRoster.stderr).toContain('--org chooses the school of a OneRoster set');
  }, 60_000);

  it('prints the first 1000 problems and how many more there were, and refuses a file over the limit before reading it', async () => {
    const many = path.join(dataDir, 'mange-feil.csv');
    fs.writeFileSync(many, ['elevnummer;fornavn;etternavn;fødselsdato', ...Array.from({ length: 1200 }, (_, i) => `9${i};Ola;Nordmann;31.02.2010`)].join('\n'));
    const rejected = await cli('--kind', 'students', '--file', many, '--school-id', vgs);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('Filen ble avvist, og ingenting er lagret. 1200 feil');
    expect(rejected.stdout.match(/\[invalid_date\]/g)).toHaveLength(MAX_PROBLEMS_REPORTED);
    expect(rejected.stdout).toContain('… og 200 problemer til');

    // A file one byte over the limit (sparse: it takes no room on the disk), refused from its size.
    const large = path.join(dataDir, 'stor.csv');
    fs.writeFileSync(large, '');
    fs.truncateSync(large, MAX_IMPORT_FILE_BYTES + 1);
    const refused = await cli('--kind', 'absence', '--file', large, '--school-id', vgs);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`more than the ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB Varde imports at once`);
  }, 180_000);
});
