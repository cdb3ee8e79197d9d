/**
 * Measures the first visit of a contact teacher: the JavaScript Chromium loads from opening the
 * sign-in page to seeing the first list on "Mine elever", and how long that takes. The target is
 * at most 100 kB of JavaScript, gzip, summed over every JS response (issue 16).
 *
 * `npm run bench:first-page` — measures the web app already built in dist/web (`npm run build`);
 * it starts Varde on a fresh embedded database with the demo school and signs in as
 * `kontaktlaerer` in a fresh browser context (empty cache), in Debian's Chromium
 * (/usr/bin/chromium, or CHROMIUM_PATH).
 *
 * `-- --throttle` measures as on a busy school network (10 Mbit/s down, 40 ms round trip), where the
 * bytes show in the time; without it the server is on the same machine and the time is mostly CPU.
 *
 * Per file it prints the raw size, the gzip size (zlib level 9, as the build precompresses and the
 * server sends to a browser that asks for gzip) and what Chromium received (brotli when the browser
 * accepts it, headers included); the total that counts is the gzip column.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';

const DEMO_PASSWORD = 'varde-demo';
const webBuild = path.resolve('dist/web/index.html');
const targetKb = 100;
const { values } = parseArgs({ options: { throttle: { type: 'boolean', default: false } } });
const schoolNetwork = { offline: false, latency: 40, downloadThroughput: (10 * 1024 * 1024) / 8, uploadThroughput: (5 * 1024 * 1024) / 8 };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startVarde(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), VARDE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Varde exited with ${child.exitCode} before answering /api/health`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('Varde did not answer /api/health within 3 minutes');
}

type Script = { url: string; transferred: number };

async function measure(base: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (values.throttle) await cdp.send('Network.emulateNetworkConditions', schoolNetwork);
    // A text shown as its key (i18n.ts warns): the first page's words were not all loaded.
    const missingTexts: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('Varde: no text for')) missingTexts.push(message.text());
    });
    const scriptUrls = new Map<string, string>();
    const scripts: Script[] = [];
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script' || /\.m?js(\?|$)/.test(new URL(event.response.url).pathname)) scriptUrls.set(event.requestId, event.response.url);
    });
    cdp.on('Network.loadingFinished', (event) => {
      const url = scriptUrls.get(event.requestId);
      if (url) scripts.push({ url, transferred: event.encodedDataLength });
    });

    const started = performance.now();
    await page.goto(`${base}/logg-inn`);
    await page.getByLabel('Brukernavn', { exact: true }).fill('kontaktlaerer');
    await page.getByLabel('Passord', { exact: true }).fill(DEMO_PASSWORD);
    const formReady = performance.now();
    await page.getByLabel('Passord', { exact: true }).press('Enter');
    // The first list: the first table of the teacher's students, with its rows.
    await page.getByRole('heading', { level: 1, name: 'Mine elever' }).waitFor();
    await page.getByRole('table').first().getByRole('row').nth(1).waitFor();
    const listShown = performance.now();
    // Scripts requested on the way are finished by now; anything started later is not the first page.
    await context.close();
    return { scripts, missingTexts, formMs: formReady - started, listMs: listShown - started, afterSignInMs: listShown - formReady };
  } finally {
    await browser.close();
  }
}

if (!fs.existsSync(webBuild)) {
  console.error('dist/web is missing: build the web app first (npm run build, or node scripts/ensure-web-build.mjs).');
  process.exit(1);
}
const port = await freePort();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-first-page-'));
const varde = await startVarde(port, dataDir);
try {
  const base = `http://127.0.0.1:${port}`;
  const result = await measure(base);
  const rows = await Promise.all(
    result.scripts.map(async (script) => {
      // Fetched again without Accept-Encoding: the body as built, then gzip of it.
      const body = Buffer.from(await (await fetch(script.url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
      return { file: new URL(script.url).pathname, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, transferred: script.transferred };
    }),
  );
  rows.sort((a, b) => b.gzip - a.gzip);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`${'file'.padEnd(48)} ${'raw B'.padStart(9)} ${'gzip B'.padStart(9)} ${'received B'.padStart(11)}`);
  for (const row of rows) console.log(`${row.file.padEnd(48)} ${String(row.raw).padStart(9)} ${String(row.gzip).padStart(9)} ${String(row.transferred).padStart(11)}`);
  const total = (key: 'raw' | 'gzip' | 'transferred') => rows.reduce((sum, row) => sum + row[key], 0);
  const gzipKb = Number(kb(total('gzip')));
  console.log(`${'total'.padEnd(48)} ${String(total('raw')).padStart(9)} ${String(total('gzip')).padStart(9)} ${String(total('transferred')).padStart(11)}`);
  console.log(`JavaScript on the first page: ${rows.length} files, ${kb(total('raw'))} kB raw, ${gzipKb} kB gzip (target ≤ ${targetKb} kB), ${kb(total('transferred'))} kB received`);
  if (values.throttle) console.log('network: 10 Mbit/s down, 5 up, 40 ms round trip');
  console.log(`sign-in form ready after ${Math.round(result.formMs)} ms; first list after ${Math.round(result.listMs)} ms (${Math.round(result.afterSignInMs)} ms after signing in)`);
  for (const text of result.missingTexts) console.log(`missing text: ${text}`);
  console.log(JSON.stringify({ first_page_js_gzip_kb: gzipKb, first_page_js_files: rows.length, time_to_first_list_ms: Math.round(result.listMs) }));
} finally {
  varde.kill('SIGTERM');
  if (varde.exitCode === null) await new Promise((r) => varde.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
