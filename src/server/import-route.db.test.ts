/** Importing through the API: progress and result as JSON lines, a rejected file changes nothing. */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import type { ImportResultLine, Session } from '../shared/api.js';
import { openTestDatabase } from '../test/test-database.js';
import { testClock } from '../test/test-clock.js';
import { buildApp } from './app.js';

let database: Database;
let app: FastifyInstance;
let cookie: string;
let csrf: string;
let schoolId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({ database, clock: testClock, logLevel: 'silent', webRoot: '/nonexistent' });
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'rektor', password: DEMO_PASSWORD } });
  cookie = `varde_session=${response.cookies.find((c) => c.name === 'varde_session')!.value}`;
  const session = response.json<Session>();
  csrf = session.csrfToken;
  schoolId = session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function upload(kind: string, name: string, data: Buffer | string) {
  const form = new FormData();
  form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
  const response = await app.inject({ method: 'POST', url: `/api/schools/${schoolId}/imports/${kind}`, headers: { cookie, 'x-csrf-token': csrf }, payload: form });
  const lines = response.body.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
  return { status: response.statusCode, lines, result: lines.at(-1) as ImportResultLine };
}

const count = async (table: string) => (await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

describe('importing through the API', () => {
  it('imports the example students and their absence, reporting progress, and a second import changes nothing', async () => {
    const students = await upload('students', 'elever.csv', fs.readFileSync('examples/imports/elever.csv'));
    expect(students.result).toMatchObject({ type: 'result', status: 'imported' });
    const before = await count('absence_records');
    const absence = await upload('absence', 'fravær.csv', fs.readFileSync('examples/imports/fravær.csv'));
    expect(absence.status).toBe(200);
    expect(absence.lines.some((l) => l.type === 'progress')).toBe(true);
    expect(absence.result.status).toBe('imported');
    const after = await count('absence_records');
    expect(after).toBeGreaterThan(before);
    const again = await upload('absence', 'fravær.csv', fs.readFileSync('examples/imports/fravær.csv'));
    expect(again.result.status).toBe('imported');
    expect(await count('absence_records')).toBe(after);
  });

  it('rejects a file with errors whole, naming row and column, and stores nothing', async () => {
    const before = await count('absence_records');
    const broken = ['dato;elevnummer;omfang;time;gruppe;timer;fraværstype', '2026-11-02;900001;time;2;1STA/NOR1260;1;udokumentert', '2026-13-40;900001;time;2;1STA/NOR1260;1;udokumentert', '2026-11-03;ukjent;dag;;;6;sykdom'].join('\n');
    const { result } = await upload('absence', 'feil.csv', broken);
    expect(result.status).toBe('rejected');
    const where = result.problems!.map((p) => `${p.row}:${p.column}`);
    expect(where).toEqual(expect.arrayContaining(['3:dato', '4:elevnummer']));
    expect(await count('absence_records')).toBe(before);
  });

  it('is for leadership and administrators only', async () => {
    const teacher = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'kontaktlaerer', password: DEMO_PASSWORD } });
    const form = new FormData();
    form.append('file', new Blob(['x']), 'x.csv');
    const response = await app.inject({
      method: 'POST',
      url: `/api/schools/${schoolId}/imports/absence`,
      headers: { cookie: `varde_session=${teacher.cookies.find((c) => c.name === 'varde_session')!.value}`, 'x-csrf-token': teacher.json<Session>().csrfToken },
      payload: form,
    });
    expect(response.statusCode).toBe(403);
  });
});
