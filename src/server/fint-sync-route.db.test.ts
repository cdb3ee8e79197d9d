/**
 * The FINT routes against the fake FINT server: 409 with the variables to set while FINT is not
 * configured; the administrator's sync answers with the report and is kept as a run; FINT failing
 * answers 409 naming what failed, and that run is kept too; the runs and their reports; a
 * school's daily sync set and validated; only the administrator may.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../shared/api.js';
import type { FintSyncReport, FintSyncRun, FintSyncRuns, FintSyncSchedules } from '../shared/fint-api.js';
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

describe('the kept runs and the daily sync', () => {
  it('keeps each run, web or failed, with its report, newest first', async () => {
    configure();
    const { call } = await api.signIn('admin');
    const { schoolId } = await demoSchool(api.database.db);
    const synced = await call<FintSyncReport>('POST', '/api/owner/fint-sync', { schoolId, fintSchool: '38001' });
    expect(synced.status).toBe(200);
    server.failRequest(1);
    expect((await call('POST', '/api/owner/fint-sync', { schoolId, fintSchool: '38001' })).status).toBe(409);

    const runs = await call<FintSyncRuns>('GET', `/api/owner/fint-sync/runs?schoolId=${schoolId}`);
    expect(runs.status).toBe(200);
    expect(runs.body.runs.slice(0, 2)).toMatchObject([
      { trigger: 'web', status: 'failed', startedBy: expect.any(String), error: expect.stringContaining('HTTP 500') },
      { id: synced.body.runId, trigger: 'web', status: 'synced', fintSchool: '38001', problems: 0, error: null },
    ]);
    const run = await call<FintSyncRun>('GET', `/api/owner/fint-sync/runs/${synced.body.runId}`);
    expect(run.status).toBe(200);
    expect(run.body.report).toMatchObject({ status: 'synced', school: { systemId: 'S1' } });
    expect((await call('GET', '/api/owner/fint-sync/runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const rektor = await api.signIn('rektor');
    expect((await rektor.call('GET', `/api/owner/fint-sync/runs/${synced.body.runId}`)).status).toBe(403);
  });

  it('sets a school’s daily sync with its next time in Norway, and refuses a time that is not one', async () => {
    const { call } = await api.signIn('admin');
    const { schoolId } = await demoSchool(api.database.db);
    const bad = await call<ApiError>('PUT', `/api/owner/fint-sync/schedules/${schoolId}`, { fintSchool: '38001', timeOfDay: '25:00', enabled: true });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('timeOfDay');
    const saved = await call<FintSyncSchedules>('PUT', `/api/owner/fint-sync/schedules/${schoolId}`, { fintSchool: '38001', timeOfDay: '05:30', enabled: true });
    expect(saved.status).toBe(200);
    const schedule = saved.body.schedules.find((s) => s.schoolId === schoolId)!;
    expect(schedule).toMatchObject({ fintSchool: '38001', timeOfDay: '05:30', enabled: true });
    expect(new Date(schedule.nextRunAt!).toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' })).toBe('05:30');
    const off = await call<FintSyncSchedules>('PUT', `/api/owner/fint-sync/schedules/${schoolId}`, { fintSchool: '38001', timeOfDay: '05:30', enabled: false });
    expect(off.body.schedules.find((s) => s.schoolId === schoolId)).toMatchObject({ enabled: false, nextRunAt: null });
    expect((await call<FintSyncSchedules>('GET', '/api/owner/fint-sync/schedules')).body.schedules).toHaveLength(1);
  });
});
