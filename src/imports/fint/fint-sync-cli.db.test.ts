/**
 * The FINT sync command, as a person runs it, against the fake FINT server: a sync into a copy
 * of the demo school prints what changed; a missing variable stops it, named.
 * (PGlite only: the command opens its data directory itself.)
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../test/test-clock.js';
import { templatePaths } from '../../test/template-paths.js';
import { fakeCounty } from './fake-fint-county.js';
import { startFakeFintServer, type FakeFintServer } from './fake-fint-server.js';

const run = promisify(execFile);
const onPglite = (process.env.VARDE_TEST_DATABASE ?? 'pglite') === 'pglite';
let dataDir: string;
let vgs: string;
let server: FakeFintServer;

beforeAll(async () => {
  if (!onPglite) return;
  server = await startFakeFintServer(fakeCounty());
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-fint-cli-'));
  const client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), loadDataDir: new Blob([fs.readFileSync(templatePaths().pgliteDump)]) });
  const found = await client.query<{ id: string }>(`select id from schools where name = 'Varde videregående skole'`);
  vgs = found.rows[0]!.id;
  await client.close();
});
afterAll(async () => {
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The command, as its own script, or as `npm run import -- --kind fint` (src/imports/cli.ts) with `script` 'import'. */
async function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [script, rest] = args[0] === 'import' ? ['src/imports/cli.ts', ['--kind', 'fint', ...args.slice(1)]] : ['src/imports/fint/fint-sync-cli.ts', args];
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('FINT_') && k !== 'DATABASE_URL'));
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...rest, '--data-dir', dataDir, '--today', TEST_TODAY], { env: { ...base, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.runIf(onPglite)('the FINT sync command', () => {
  it('syncs the school and prints what changed; without a variable it stops and names it', async () => {
    const env = { FINT_BASE_URL: server.baseUrl, FINT_TOKEN_URL: server.tokenUrl, FINT_CLIENT_ID: server.clientId, FINT_CLIENT_SECRET: server.clientSecret, FINT_PAGE_SIZE: '4' };
    const synced = await cli(env, '--fint-school', '38001', '--school-id', vgs);
    expect(synced.stderr).toContain('Syncing Varde videregående skole from FINT school 38001');
    expect(synced.code).toBe(0);
    expect(synced.stdout).toContain('students added: 7');
    expect(synced.stdout).toContain('memberships added: 14');
    expect(synced.stdout).toContain('not used: basisgruppe of another school (1)');

    const missing = await cli({ ...env, FINT_CLIENT_SECRET: '' }, '--fint-school', '38001', '--school-id', vgs);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('FINT_CLIENT_SECRET is not set');

    // The same through the import command; the second run changes nothing, and both runs are kept.
    const again = await cli(env, 'import', '--fint-school', '38001', '--school-id', vgs);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('students added: 0');
    const client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
    const runs = await client.query<{ trigger: string; status: string }>(`select trigger, status from fint_sync_runs order by started_at`);
    await client.close();
    expect(runs.rows).toEqual([
      { trigger: 'cli', status: 'synced' },
      { trigger: 'cli', status: 'synced' },
    ]);
  });
});
