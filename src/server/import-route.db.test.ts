/** Importing through the API: progress and result as JSON lines, a rejected file changes nothing. */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { DEMO_PASSWORD } from '../demo/generate-demo-school.js';
import type { ImportResultLine, Session } from '../shared/api.js';
import { MAX_IMPORT_FILE_BYTES, MAX_PROBLEMS_REPORTED } from '../shared/import-limits.js';
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

  it('sends the first 1000 problems of a file full of them, and how many there were in all', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `2026-13-${String((i % 28) + 1).padStart(2, '0')};900001;time;2;1STA/NOR1260;1;udokumentert`);
    const { result } = await upload('absence', 'feil.csv', ['dato;elevnummer;omfang;time;gruppe;timer;fraværstype', ...rows].join('\n'));
    expect(result).toMatchObject({ status: 'rejected', problemCount: 1500 });
    expect(result.problems).toHaveLength(MAX_PROBLEMS_REPORTED);
    expect(result.problems!.map((p) => p.row)).toEqual(Array.from({ length: MAX_PROBLEMS_REPORTED }, (_, i) => i + 2));
  });

  it('refuses a file over the limit with 413 before reading it, and while reading it when the request does not say its size', async () => {
    const boundary = 'varde-test-boundary';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="stor.csv"\r\ncontent-type: text/csv\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const headers = { cookie, 'x-csrf-token': csrf, 'content-type': `multipart/form-data; boundary=${boundary}` };
    const url = `/api/schools/${schoolId}/imports/absence`;
    const before = await count('absence_records');

    // Said to be larger than the limit: refused from the header.
    const said = await app.inject({ method: 'POST', url, headers: { ...headers, 'content-length': String(MAX_IMPORT_FILE_BYTES + 1024 * 1024) }, payload: `${head}x${tail}` });
    expect(said.statusCode).toBe(413);
    expect(said.json()).toMatchObject({ error: { code: 'too_large', details: [{ path: 'body.file' }] } });

    // Sent without a size, a megabyte at a time: refused once the limit is passed.
    const megabyte = Buffer.alloc(1024 * 1024, 'x');
    const body = Readable.from(
      (function* () {
        yield Buffer.from(head);
        for (let i = 0; i <= MAX_IMPORT_FILE_BYTES / megabyte.length; i++) yield megabyte;
        yield Buffer.from(tail);
      })(),
    );
    const streamed = await app.inject({ method: 'POST', url, headers, payload: body });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json()).toMatchObject({ error: { code: 'too_large' } });
    expect(await count('absence_records')).toBe(before);
  }, 120_000);

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

  it('imports a OneRoster set for the org chosen in the query (?org=), and takes the choice for OneRoster only', async () => {
    const folder = 'examples/imports/oneroster';
    const form = new FormData();
    for (const name of fs.readdirSync(folder)) form.append('file', new Blob([new Uint8Array(fs.readFileSync(`${folder}/${name}`))]), name);
    const before = await count('groups');
    const url = `/api/schools/${schoolId}/imports/oneroster?org=org-tredje`;
    const response = await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrf }, payload: form });
    const result = response.body.trim().split('\n').map((l) => JSON.parse(l) as ImportResultLine).at(-1)!;
    expect(result).toMatchObject({ status: 'rejected', problems: [{ file: 'orgs.csv', code: 'school_not_in_file', text: 'chosenOrgNotInOrgs', params: { org: 'org-tredje' } }] });
    expect(await count('groups')).toBe(before);

    const notOneRoster = new FormData();
    notOneRoster.append('file', new Blob(['x']), 'x.csv');
    const refused = await app.inject({ method: 'POST', url: `/api/schools/${schoolId}/imports/absence?org=org-varde-vgs`, headers: { cookie, 'x-csrf-token': csrf }, payload: notOneRoster });
    expect(refused.statusCode).toBe(400);
  });
});

describe('importing the schools file through the API', () => {
  const grunnskoler = [
    'skole-id;skolenavn;organisasjonsnummer;skoleslag;kommune',
    'VK-HAUGEN;Haugen skole;974 123 452;barneskole;Varde',
    'VK-VARDEUNG;Varde ungdomsskole;974 123 460;ungdomsskole;Varde',
    'VK-NORDVIK;Nordvik skule;974 123 479;1–10;Varde',
  ].join('\n');
  async function signIn(username: string) {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password: DEMO_PASSWORD } });
    return { cookie: `varde_session=${response.cookies.find((c) => c.name === 'varde_session')!.value}`, 'x-csrf-token': response.json<Session>().csrfToken };
  }
  async function uploadSchools(headers: Record<string, string>, data: Buffer | string, kind = 'schools') {
    const form = new FormData();
    form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), 'skoler.csv');
    return app.inject({ method: 'POST', url: `/api/owner/imports/${kind}`, headers, payload: form });
  }

  it('creates the owner’s schools for an administrator, saying which, and changes nothing the second time', async () => {
    const admin = await signIn('admin');
    const response = await uploadSchools(admin, grunnskoler);
    expect(response.statusCode).toBe(200);
    const lines = response.body.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    const result = lines.at(-1) as ImportResultLine;
    expect(result).toMatchObject({ type: 'result', status: 'imported', counts: { schools: { inserted: 3 } } });
    expect(result.schools!.map((s) => [s.name, s.kind, s.outcome])).toEqual([
      ['Haugen skole', 'barneskole', 'created'],
      ['Varde ungdomsskole', 'ungdomsskole', 'created'],
      ['Nordvik skule', 'kombinert', 'created'],
    ]);
    expect(result.notes!.map((n) => n.code)).toEqual(['calendar_copied', 'calendar_copied', 'calendar_copied']);
    const again = (await uploadSchools(admin, grunnskoler)).body.trim().split('\n').at(-1)!;
    expect(JSON.parse(again)).toMatchObject({ status: 'imported', counts: { schools: { inserted: 0, updated: 0, unchanged: 3 } } });
  });

  it('is for administrators only: not the school’s leadership, nor skoleeier', async () => {
    for (const username of ['rektor', 'skoleeier']) {
      const response = await uploadSchools(await signIn(username), grunnskoler);
      expect(response.statusCode).toBe(403);
    }
    const unknownKind = await uploadSchools(await signIn('admin'), 'x', 'absence');
    expect(unknownKind.statusCode).toBe(400);
  });
});
