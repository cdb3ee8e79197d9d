/**
 * Start-up faults give one-line messages that name the problem, and change no stored data.
 * (A failing migration is covered in src/db/migrate.db.test.ts.)
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { initialisedDataDir } from '../test/initialised-data-dir.js';
import { describeDemo, startVarde } from './start-varde.js';

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `varde-${name}-`));

// Varde starts here on the embedded database in a data directory of its own, whichever engine the
// project tests, so the tests run once, in db-pglite, as the command-line tests do (src/imports/cli.db.test.ts).
const onPglite = (process.env.VARDE_TEST_DATABASE ?? 'pglite') === 'pglite';

describe.runIf(onPglite)('starting Varde', () => {
  it('names an unreachable DATABASE_URL', async () => {
    const config = readConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test', PORT: '0' });
    await expect(startVarde(config)).rejects.toThrow(/^Cannot reach the PostgreSQL server in DATABASE_URL \(127\.0\.0\.1:1\/test\)/);
  });

  it('names a data directory that cannot be written', async () => {
    const file = path.join(tmp('file'), 'not-a-directory');
    fs.writeFileSync(file, 'x');
    const config = readConfig({ VARDE_DATA_DIR: path.join(file, 'data'), PORT: '0' });
    await expect(startVarde(config)).rejects.toThrow(/^VARDE_DATA_DIR \(.*\) is not a writable directory/);
  });

  it('names a port in use, and releases the data directory again', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = initialisedDataDir('port');
    try {
      const config = readConfig({ VARDE_DATA_DIR: dataDir, PORT: String(port), VARDE_DEMO: 'false', LOG_LEVEL: 'silent' });
      await expect(startVarde(config)).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
      expect(fs.existsSync(path.join(dataDir, 'varde.pid'))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it('starts, serves health, and starts again on the same data', async () => {
    // A directory with nothing in it: the one start here that initialises the embedded database itself.
    const dataDir = tmp('restart');
    const config = readConfig({ VARDE_DATA_DIR: dataDir, PORT: '0', VARDE_DEMO: 'false', LOG_LEVEL: 'silent' });
    const first = await startVarde(config);
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    await expect(startVarde(config)).rejects.toThrow(/is in use by another Varde process/);
    await first.stop();
    const second = await startVarde(config);
    expect((await fetch(`${second.url}/api/health`)).status).toBe(200);
    await second.stop();
  });

  it('never loads the demo school under production unless asked for, and says so', async () => {
    const demo = { password: 'varde-demo', accounts: [{ username: 'rektor', role: 'skoleleder' as const, where: 'Varde videregående skole' }] };
    const asked: string[] = [];
    const options = {
      loadDemo: async () => (asked.push('load'), demo),
      findDemo: async () => (asked.push('find'), null),
    };
    const production = readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: 'a-production-secret-of-at-least-32-characters', VARDE_DATA_DIR: initialisedDataDir('production'), PORT: '0', LOG_LEVEL: 'silent' });
    const running = await startVarde(production, options);
    await running.stop();
    expect(asked).toEqual(['find']);
    expect(running.demo).toBeNull();
    expect(describeDemo(production, running.demo)).toMatch(/^demo school off \(production; VARDE_DEMO=1 loads it\)$/);

    asked.length = 0;
    const onPurpose = readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: 'a-production-secret-of-at-least-32-characters', VARDE_DEMO: '1', VARDE_DATA_DIR: initialisedDataDir('on-purpose'), PORT: '0', LOG_LEVEL: 'silent' });
    const demoRunning = await startVarde(onPurpose, options);
    await demoRunning.stop();
    expect(asked).toEqual(['load']);
    expect(describeDemo(onPurpose, demoRunning.demo)).toMatch(/^demo school loaded: 1 accounts .* VARDE_DEMO=1 under production/);
    // Two fresh embedded databases are migrated here; a loaded CI machine needs more than the default minute.
  }, 180_000);

  it('refuses to serve, under production, a database that holds the demo accounts with their published password', async () => {
    const demo = { password: 'varde-demo', accounts: [{ username: 'rektor', role: 'skoleleder' as const, where: 'Varde videregående skole' }] };
    const config = readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: 'a-production-secret-of-at-least-32-characters', VARDE_DATA_DIR: initialisedDataDir('leftover'), PORT: '0', LOG_LEVEL: 'silent' });
    await expect(startVarde(config, { findDemo: async () => demo })).rejects.toThrow(/holds the demo school with its published password/);
  });
});
