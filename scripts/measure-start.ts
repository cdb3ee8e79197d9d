/**
 * Measures how long Varde takes from launch to answering /api/health: cold (a fresh data
 * directory: create the embedded database, migrate, load the demo school) and warm (the same
 * directory again). `npm run bench:start [-- --runs 3] [-- --database-url postgres://…]`
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'database-url': { type: 'string' } },
});
const runs = Number(values.runs);
const port = 3300 + Math.floor(Math.random() * 500);

async function timeStart(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Varde exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** A scratch database on the server named by `url`, so that the measured cold start is really cold. */
async function withScratchDatabase(url: string, run: (scratchUrl: string) => Promise<void>) {
  const name = `varde_start_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  try {
    await run(scratch.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const rows: Array<{ database: string; kind: string; ms: number }> = [];
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-start-'));
  rows.push({ database: 'pglite', kind: 'cold', ms: await timeStart({ VARDE_DATA_DIR: dir, DATABASE_URL: '' }) });
  rows.push({ database: 'pglite', kind: 'warm', ms: await timeStart({ VARDE_DATA_DIR: dir, DATABASE_URL: '' }) });
  fs.rmSync(dir, { recursive: true, force: true });
  const url = values['database-url'];
  if (url) {
    await withScratchDatabase(url, async (scratchUrl) => {
      rows.push({ database: 'postgres', kind: 'cold', ms: await timeStart({ DATABASE_URL: scratchUrl }) });
      rows.push({ database: 'postgres', kind: 'warm', ms: await timeStart({ DATABASE_URL: scratchUrl }) });
    });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary: Record<string, number> = {};
console.log('database   start   median ms   runs (ms)');
for (const database of ['pglite', 'postgres']) {
  for (const kind of ['cold', 'warm']) {
    const ms = rows.filter((r) => r.database === database && r.kind === kind).map((r) => r.ms);
    if (ms.length === 0) continue;
    summary[`${database}_${kind}_ms`] = Math.round(median(ms));
    console.log(`${database.padEnd(10)} ${kind.padEnd(7)} ${String(Math.round(median(ms))).padStart(9)}   ${ms.map((m) => Math.round(m)).join(', ')}`);
  }
}
console.log(JSON.stringify({ runs, ...summary }));
