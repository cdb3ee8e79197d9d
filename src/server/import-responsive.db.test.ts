/**
 * The server keeps answering while a large import runs (issue 10): on the embedded database a
 * statement holds Node's thread and an open transaction holds the database, so the import must
 * let the event loop run between its steps. Asked over real HTTP, as a browser would ask: a
 * request is only read when the event loop gets round to it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../domain/school-calendar.js';
import { exampleFile, runImport } from '../imports/import-test-helpers.js';
import type { ImportProgress } from '../imports/import-types.js';
import { useTestApp } from '../test/api-test-app.js';

const t = useTestApp();
let base: string;
let cookie: string;

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  ({ cookie } = await t.signIn('rektor'));
  expect((await runImport(t.database.db, 'students', exampleFile('elever.csv'))).status).toBe('imported');
});
afterAll(async () => {
  await t.app.close();
});

/** A GET over HTTP; resolves when the whole answer has come. */
function get(path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/** `count` single lessons of the four example students, each lesson once, on weekdays from the start of the school year. */
function absenceFile(count: number): string {
  const rows = ['dato;elevnummer;time;fraværstype'];
  for (let day = '2026-08-17'; rows.length <= count; day = addDays(day, 1)) {
    if (isoWeekday(day) > 5) continue;
    for (let lesson = 1; lesson <= 8; lesson++) for (const student of ['900001', '900002', '900003', '900004']) if (rows.length <= count) rows.push(`${day};${student};${lesson};udokumentert`);
  }
  return rows.join('\n');
}

describe('while a large import runs', () => {
  it('the health endpoint answers during the writing, and a database read during the reading', async () => {
    const rows = 60_000;
    type Phase = ImportProgress['phase'] | 'done';
    let phase = 'reading' as Phase;
    let written = 0;
    let toWrite = Number.POSITIVE_INFINITY;
    const answered: Record<string, { phase: Phase; written: number }> = {};
    const asked: Array<Promise<void>> = [];
    const ask = (name: string, path: string, headers?: Record<string, string>) =>
      asked.push(
        get(path, headers).then((status) => {
          expect(status).toBe(200);
          answered[name] = { phase, written };
        }),
      );

    const result = await runImport(t.database.db, 'absence', absenceFile(rows), (p) => {
      if (p.phase === 'reading' && p.rowsRead > 0 && !answered.read && asked.length === 0) ask('read', '/api/session', { cookie });
      if (p.phase === 'writing') {
        // Asked once the first rows are written, inside the import's transaction.
        if (phase === 'reading' && written === 0 && p.rowsWritten > 0) ask('health', '/api/health');
        if (p.rowsWritten > 0) phase = 'writing';
        written = p.rowsWritten;
        toWrite = p.rowsToWrite ?? toWrite;
      }
    });
    phase = 'done';
    await Promise.all(asked);

    expect(result).toMatchObject({ status: 'imported', rows });
    // Answered while the import was still reading, and while it was still writing (not after the
    // last rows): the import did not hold the thread from its first statement to its last.
    expect(answered.read?.phase).toBe('reading');
    expect(answered.health?.phase).toBe('writing');
    expect(answered.health!.written).toBeLessThan(toWrite);
  }, 300_000);
});
