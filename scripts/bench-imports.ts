/**
 * Imports that must not take the server down (issue 10, part 7): `npm run bench:imports`.
 *
 * Runs Varde as `npm start` runs it, in a process of its own on the embedded database (PGlite), or
 * with DATABASE_URL in a scratch database of its own on that server, with the demo school, signs in as the rektor and uploads, one server process per file:
 *  - a CSV of 2 million bad rows (about 22 MB), every row with problems;
 *  - an Excel workbook (about 100 KB) whose one cell holds 100 million characters;
 *  - a valid absence file of --rows rows (a big school's year of lesson absence).
 * For each it reports the server's peak memory (RSS, read from /proc while the import runs, and
 * the kernel's high-water mark) and how much the import added to it (the target for the bad CSV:
 * at most 300 MB added; PGlite itself holds some 500 MB, so the whole process is above 300 MB
 * before any import), the size of the answer, and how long /api/health (no database) and
 * /api/session (one database read) took at worst while the import ran.
 * BENCH_NODE_FLAGS="--trace-gc" (or any node flags) starts the server with them, to see why.
 * The last line is one JSON object with the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { openDatabase, queryRows, type Database } from '../src/db/database.js';
import { runMigrations } from '../src/db/migrate.js';
import { ensureDemoSchool } from '../src/demo/load-demo-school.js';
import { DEMO_PASSWORD } from '../src/demo/generate-demo-school.js';
import { addDays, isoWeekday } from '../src/domain/school-calendar.js';

const { values } = parseArgs({
  options: {
    'bad-rows': { type: 'string', default: '2000000' },
    'cell-length': { type: 'string', default: '100000000' },
    rows: { type: 'string', default: '300000' },
    only: { type: 'string' },
  },
  strict: true,
});
const TODAY = '2026-11-23';
const log = (message: string) => console.error(`[bench:imports] ${message}`);
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

interface Server {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Where the server keeps its data: a data directory of its own, or a scratch database on the server DATABASE_URL names. */
interface Target {
  label: 'pglite' | 'postgres';
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

async function createTarget(): Promise<Target> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-bench-imports-'));
    return {
      label: 'pglite',
      env: { VARDE_DATA_DIR: dir },
      open: () => openDatabase({ dataDir: dir }),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `varde_bench_imports_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    label: 'postgres',
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ databaseUrl: url.toString() }),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The demo school, its students numbered B1, B2 … for absence files. */
async function prepareDatabase(target: Target): Promise<{ students: string[]; groups: string[] }> {
  const database = await target.open();
  try {
    await runMigrations(database);
    await ensureDemoSchool(database, { today: TODAY });
    const { db } = database;
    await db.execute(sql`
      update students s set external_id = 'B' || n.k
      from (select id, row_number() over (order by id) as k from students) n where s.id = n.id and s.external_id is null`);
    const students = (await queryRows<{ external_id: string }>(db, sql`select external_id from students where external_id like 'B%' order by external_id`)).map(
      (r) => r.external_id,
    );
    const groups = (await queryRows<{ name: string }>(db, sql`select name from groups where kind = 'undervisningsgruppe' order by name`)).map((r) => r.name);
    return { students, groups };
  } finally {
    await database.close();
  }
}

async function startServer(target: Target): Promise<Server> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...target.env, PORT: '0', HOST: '127.0.0.1', VARDE_DEMO: 'false', LOG_LEVEL: 'info', VARDE_SIGN_IN_LIMIT: '1000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready once listening and done with the re-evaluation it runs after every start.
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let url: string | undefined;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (out.length < 1_000_000) out += chunk.toString();
      url ??= /ready at (http:\/\/\S+)/.exec(out)?.[1];
      if (url && /identification rules evaluated|the daily evaluation failed/.test(out)) {
        resolve(url);
        out = 'ready';
      }
    });
    child.once('exit', (code) => reject(new Error(`Varde exited with ${code}: ${out.slice(-2000)}`)));
  });
  return {
    child,
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function status(pid: number): { rss: number; hwm: number } {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(text)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function signIn(url: string): Promise<{ cookie: string; csrf: string; schoolId: string }> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'rektor', password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const session = (await response.json()) as { csrfToken: string; roles: Array<{ role: string; schoolId: string | null }> };
  return { cookie, csrf: session.csrfToken, schoolId: session.roles.find((r) => r.role === 'skoleleder')!.schoolId! };
}

/** Asks `path` again and again while `running`; the slowest answer in ms. */
async function watch(url: string, headers: Record<string, string>, running: () => boolean): Promise<{ worstMs: number; answers: number; failures: number }> {
  let worstMs = 0;
  let answers = 0;
  let failures = 0;
  while (running()) {
    const started = performance.now();
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(120_000) });
      await response.arrayBuffer();
      if (response.ok) answers++;
      else failures++;
    } catch {
      failures++;
    }
    worstMs = Math.max(worstMs, performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { worstMs: Math.round(worstMs), answers, failures };
}

interface Measured {
  status: number;
  result: { status?: string; rows?: number; problemCount?: number; problems?: unknown[]; counts?: unknown; message?: string; code?: string };
  responseBytes: number;
  seconds: number;
  baselineMb: number;
  peakMb: number;
  growthMb: number;
  healthWorstMs: number;
  readWorstMs: number;
}

async function measureUpload(target: Target, kind: string, name: string, data: Uint8Array): Promise<Measured> {
  const server = await startServer(target);
  try {
    const pid = server.child.pid!;
    const auth = await signIn(server.url);
    // A settled server: its memory after start and one sign-in, the high-water mark reset to it.
    await new Promise((r) => setTimeout(r, 500));
    try {
      fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      // Not allowed here: the samples below still see the peak, if less exactly.
    }
    const baseline = status(pid).rss;
    let peak = baseline;
    let running = true;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, status(pid).rss);
      } catch {
        // the process has gone
      }
    }, 20);
    const health = watch(`${server.url}/api/health`, {}, () => running);
    const read = watch(`${server.url}/api/session`, { cookie: auth.cookie }, () => running);
    const started = performance.now();
    let responseBytes = 0;
    let body = '';
    let statusCode = 0;
    try {
      ({ statusCode, responseBytes, body } = await upload(`${server.url}/api/schools/${auth.schoolId}/imports/${kind}`, auth, name, data));
    } catch (error) {
      body = JSON.stringify({ message: `the upload failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      running = false;
    }
    const seconds = (performance.now() - started) / 1000;
    const [healthFigures, readFigures] = await Promise.all([health, read]);
    clearInterval(sampler);
    try {
      peak = Math.max(peak, status(pid).hwm, status(pid).rss);
    } catch {
      // gone
    }
    const lastLine = body.trim().split('\n').at(-1) ?? '';
    let result: Measured['result'] = {};
    try {
      result = JSON.parse(lastLine) as Measured['result'];
    } catch {
      result = { message: `(the last line is not JSON: ${lastLine.slice(0, 200)}…)` };
    }
    return {
      status: statusCode,
      result,
      responseBytes,
      seconds: Math.round(seconds * 10) / 10,
      baselineMb: mb(baseline),
      peakMb: mb(peak),
      growthMb: mb(peak - baseline),
      healthWorstMs: healthFigures.worstMs,
      readWorstMs: readFigures.worstMs,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Sends the file as multipart/form-data and reads the answer as it comes, keeping only its end
 * (the answer itself may be larger than this process wants to hold). Plain HTTP rather than
 * fetch: fetch gives up on an answer that sends nothing for five minutes, which is what is measured.
 */
function upload(url: string, auth: { cookie: string; csrf: string }, name: string, data: Uint8Array): Promise<{ statusCode: number; responseBytes: number; body: string }> {
  const boundary = `varde-bench-${process.pid}`;
  const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: {
        cookie: auth.cookie,
        'x-csrf-token': auth.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + data.byteLength + tail.length,
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      let responseBytes = 0;
      let body = '';
      response.on('data', (chunk: Buffer) => {
        responseBytes += chunk.length;
        body = (body + chunk.toString('utf8')).slice(-2_000_000);
      });
      response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, responseBytes, body }));
      response.on('error', reject);
    });
    request.write(head);
    request.write(data);
    request.end(tail);
  });
}

/** 2 million rows of about 11 bytes, each with problems: a date that is no date, a student number nobody has, a scope that is neither. */
function badCsv(rows: number): Uint8Array {
  const parts: string[] = ['dato;elevnummer;omfang\n'];
  let piece = '';
  for (let i = 0; i < rows; i++) {
    piece += `x;${i};y\n`;
    if (piece.length > 1_000_000) {
      parts.push(piece);
      piece = '';
    }
  }
  parts.push(piece);
  return Buffer.from(parts.join(''));
}

/** A workbook whose only data row has one cell of `length` characters (in the column «årsak»). */
async function longCellXlsx(length: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Fravær');
  sheet.addRow(['dato', 'elevnummer', 'omfang', 'time', 'gruppe', 'timer', 'fraværstype', 'årsak']);
  sheet.addRow(['2026-11-02', 'B1', 'dag', '', '', 6, 'sykdom', 'x'.repeat(length)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A valid absence file: every student at most once per lesson and day, over as many weekdays as it takes. */
function absenceCsv(rows: number, students: readonly string[], groups: readonly string[]): Uint8Array {
  const lines = ['dato;elevnummer;omfang;time;gruppe;timer;fraværstype;årsak;melding fra hjemmet;minutter for sent'];
  const dates: string[] = [];
  const S = students.length;
  for (let day = '2026-08-17'; dates.length * 8 * S < rows; day = addDays(day, 1)) if (isoWeekday(day) <= 5) dates.push(day);
  for (let i = 0; i < rows; i++) {
    const lesson = (Math.floor(i / S) % 8) + 1;
    lines.push(`${dates[Math.floor(i / (8 * S))]};${students[i % S]};time;${lesson};${groups[i % groups.length]};1;udokumentert;;nei;`);
  }
  return Buffer.from(lines.join('\n'));
}

function print(label: string, m: Measured) {
  const answer = m.result.status
    ? `${m.result.status}${m.result.problemCount !== undefined ? `, ${m.result.problemCount} problems (${m.result.problems?.length ?? 0} sent)` : ''}`
    : `${m.result.code ?? ''} ${m.result.message ?? ''}`;
  console.log(`  ${label}`);
  console.log(`    answer          HTTP ${m.status}, ${answer}, ${mb(m.responseBytes)} MB in ${m.seconds} s`);
  console.log(`    server memory   ${m.baselineMb} MB before, peak ${m.peakMb} MB (+${m.growthMb} MB)`);
  console.log(`    while importing /api/health worst ${m.healthWorstMs} ms, /api/session (a database read) worst ${m.readWorstMs} ms`);
}

async function main() {
  const target = await createTarget();
  const only = values.only?.split(',');
  const wanted = (name: string) => !only || only.includes(name);
  try {
    log('loading the demo school');
    const { students, groups } = await prepareDatabase(target);
    const figures: Record<string, number | string> = { database: target.label };
    console.log(`\nVarde imports under load (${target.label}, demo school of ${students.length} students)`);

    if (wanted('bad-csv')) {
      const data = badCsv(Number(values['bad-rows']));
      log(`bad CSV: ${mb(data.byteLength)} MB`);
      const m = await measureUpload(target, 'absence', 'feil.csv', data);
      print(`a CSV of ${Number(values['bad-rows']).toLocaleString('en')} bad rows (${mb(data.byteLength)} MB)`, m);
      // The embedded database alone keeps some 500 MB of its own: the target is what the import adds.
      console.log(`    target          the import adds at most 300 MB: ${m.growthMb <= 300 ? 'met' : 'NOT met'}`);
      Object.assign(figures, {
        bad_csv_mb: mb(data.byteLength),
        bad_csv_peak_rss_mb: m.peakMb,
        bad_csv_rss_growth_mb: m.growthMb,
        bad_csv_target_met: m.growthMb <= 300 ? 'yes' : 'no',
        bad_csv_response_mb: mb(m.responseBytes),
        bad_csv_problem_count: m.result.problemCount ?? -1,
        bad_csv_seconds: m.seconds,
        bad_csv_health_worst_ms: m.healthWorstMs,
      });
    }
    if (wanted('long-cell')) {
      const length = Number(values['cell-length']);
      const data = await longCellXlsx(length);
      log(`long-cell workbook: ${Math.round(data.byteLength / 1000)} KB`);
      const m = await measureUpload(target, 'absence', 'lang-celle.xlsx', data);
      print(`a workbook of ${Math.round(data.byteLength / 1000)} KB with one cell of ${length.toLocaleString('en')} characters`, m);
      Object.assign(figures, {
        long_cell_xlsx_kb: Math.round(data.byteLength / 1000),
        long_cell_peak_rss_mb: m.peakMb,
        long_cell_rss_growth_mb: m.growthMb,
        long_cell_response_bytes: m.responseBytes,
        long_cell_seconds: m.seconds,
      });
    }
    if (wanted('valid')) {
      const rows = Number(values.rows);
      const data = absenceCsv(rows, students, groups);
      log(`valid absence file: ${rows} rows, ${mb(data.byteLength)} MB`);
      const m = await measureUpload(target, 'absence', 'fravær.csv', data);
      print(`a valid absence file of ${rows.toLocaleString('en')} rows (${mb(data.byteLength)} MB)`, m);
      Object.assign(figures, {
        valid_rows: rows,
        valid_mb: mb(data.byteLength),
        valid_status: m.result.status ?? String(m.status),
        valid_seconds: m.seconds,
        valid_peak_rss_mb: m.peakMb,
        valid_health_worst_ms: m.healthWorstMs,
        valid_read_worst_ms: m.readWorstMs,
      });
    }
    console.log(JSON.stringify(figures));
  } finally {
    await target.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
