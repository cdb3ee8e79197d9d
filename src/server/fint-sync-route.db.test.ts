/**
 * POST /api/owner/fint-sync against the fake FINT server: 409 with the variables to set while FINT
 * is not configured; the administrator's sync answers with the report; FINT failing answers 409
 * naming what failed; only the administrator may.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../shared/api.js';
import type { FintSyncReport } from '../shared/fint-api.js';
import { demoSchool } from '../imports/import-test-helpers.js';
import { fakeCounty } from '../imports/fint/fake-fint-county.js';
import { startFakeFintServer, type FakeFintServer } from '../imports/fint/fake-fint-server.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();
let server: FakeFintServer;
const names = ['FINT_BASE_URL', 'FINT_TOKEN_URL', 'FINT_CLIENT_ID', 'FINT_CLIENT_SECRET'] as const;

beforeAll(async () => {
  server = await startFakeFintServer(fakeCounty());
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  for (const name of names) delete process.env[name];
});

function configure() {
  Object.assign(process.env, { FINT_BASE_URL: server.baseUrl, FINT_TOKEN_URL: server.tokenUrl, FINT_CLIENT_ID: server.clientId, FINT_CLIENT_SECRET: server.clientSecret });
}

describe('POST /api/owner/fint-sync', () => {
  it('answers 409 naming the variables while FINT is not configured', async () => {
    const { call } = await api.signIn('admin');
    const { schoolId } = await demoSchool(api.database.db);
    const answer = await call<ApiError>('POST', '/api/owner/fint-sync', { schoolId, fintSchool: '38001' });
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toMatch(/^FINT is not configured: set FINT_BASE_URL/);
  });

  it('is refused to anyone but the administrator', async () => {
    configure();
    const { call } = await api.signIn('rektor');
    const { schoolId } = await demoSchool(api.database.db);
    expect((await call('POST', '/api/owner/fint-sync', { schoolId, fintSchool: '38001' })).status).toBe(403);
  });

  it('answers 409 naming the page when FINT fails, and nothing is stored', async () => {
    configure();
    server.failRequest(2);
    const { call } = await api.signIn('admin');
    const { schoolId } = await demoSchool(api.database.db);
    const answer = await call<ApiError>('POST', '/api/owner/fint-sync', { schoolId, fintSchool: '38001' });
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toMatch(/^FINT could not be read, and nothing was stored: .*\/utdanning\//);
  });

  it('syncs the school and answers with what changed; the problems of an unknown school name it', async () => {
    configure();
    const { call } = await api.signIn('admin');
    const { schoolId } = await demoSchool(api.database.db);
    const synced = await call<FintSyncReport>('POST', '/api/owner/fint-sync', { schoolId, fintSchool: '38001' });
    expect(synced.status).toBe(200);
    if (synced.body.status !== 'synced') throw new Error(JSON.stringify(synced.body));
    expect(synced.body.changes.studentsAdded.map((s) => s.externalId)).toEqual(['800001', '800002', '800003', '800004', '800005', '800006', '800007']);
    expect(synced.body.changes.groupsAdded).toEqual(['B1', 'B2', 'U1']);

    const rejected = await call<FintSyncReport>('POST', '/api/owner/fint-sync', { schoolId, fintSchool: '99999' });
    expect(rejected.status).toBe(200);
    if (rejected.body.status !== 'rejected') throw new Error(JSON.stringify(rejected.body));
    expect(rejected.body.problems[0]).toMatchObject({ resource: 'skole', id: null, text: 'schoolNotInFint' });
  });
});
