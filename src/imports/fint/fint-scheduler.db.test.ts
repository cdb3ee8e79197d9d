/**
 * The daily FINT sync on the database, against the fake FINT server: a due schedule runs once and
 * is kept as a run started by the schedule, then waits for the next day; one that is not due or
 * is off does not run; a FINT that fails is tried again in half an hour; two servers checking at
 * once run a school's sync once.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/database.js';
import { fixedClock } from '../../lib/clock.js';
import { openTestDatabase } from '../../test/test-database.js';
import { demoSchool } from '../import-test-helpers.js';
import { createFintClient } from './fint-client.js';
import { fakeCounty } from './fake-fint-county.js';
import { startFakeFintServer, type FakeFintServer } from './fake-fint-server.js';
import { runDueFintSyncs } from './fint-scheduler.js';
import { listFintSyncRuns } from './fint-sync-runs.js';
import { saveFintSyncSchedule } from './fint-sync-schedules.js';

let database: Database;
let server: FakeFintServer;
beforeEach(async () => {
  database = await openTestDatabase();
  server = await startFakeFintServer(fakeCounty());
});
afterEach(async () => {
  await server.close();
  await database.close();
});

const log = { info: () => {}, warn: () => {} };
const options = (at: string) => ({
  clock: fixedClock(at),
  client: () => createFintClient({ baseUrl: server.baseUrl, tokenUrl: server.tokenUrl, clientId: server.clientId, clientSecret: server.clientSecret }),
  log,
});

async function schedule(timeOfDay: string, enabled = true, savedAt = '2026-11-22T12:00:00Z') {
  const { ownerId, schoolId } = await demoSchool(database.db);
  const [admin] = await queryRows<{ id: string }>(database.db, sql`select staff_id as id from staff_roles where owner_id = ${ownerId} and role = 'administrator' limit 1`);
  await saveFintSyncSchedule(database.db, { ownerId, schoolId, fintSchool: '38001', timeOfDay, enabled, updatedBy: admin!.id, now: new Date(savedAt) });
  return { ownerId, schoolId };
}

const nextRun = async () => (await queryRows<{ next: string }>(database.db, sql`select to_char(next_run_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as next from fint_sync_schedules`))[0]?.next;

describe('the daily FINT sync', () => {
  it('runs a due school once, keeps the run as the schedule’s, and waits for the next day', async () => {
    const { ownerId, schoolId } = await schedule('05:30');
    expect(await nextRun()).toBe('2026-11-23T04:30');
    expect(await runDueFintSyncs(database.db, options('2026-11-23T04:29:00Z'))).toBe(0);
    expect(await runDueFintSyncs(database.db, options('2026-11-23T04:31:00Z'))).toBe(1);
    expect(await nextRun()).toBe('2026-11-24T04:30');
    expect(await runDueFintSyncs(database.db, options('2026-11-23T04:32:00Z'))).toBe(0);
    const runs = await listFintSyncRuns(database.db, ownerId, { schoolId });
    expect(runs).toMatchObject([{ trigger: 'schedule', startedBy: null, status: 'synced', fintSchool: '38001' }]);
    expect(runs[0]!.added).toBeGreaterThan(0);
    expect(await queryRows(database.db, sql`select count(*)::int as n from students where external_id = '800001'`)).toEqual([{ n: 1 }]);
  });

  it('does not run a schedule that is off', async () => {
    await schedule('05:30', false);
    expect(await runDueFintSyncs(database.db, options('2026-11-24T06:00:00Z'))).toBe(0);
  });

  it('tries again in half an hour when FINT could not be read, and keeps the failed run', async () => {
    const { ownerId } = await schedule('05:30');
    server.failRequest(1);
    expect(await runDueFintSyncs(database.db, options('2026-11-23T04:31:00Z'))).toBe(1);
    expect(await nextRun()).toBe('2026-11-23T05:01');
    expect((await listFintSyncRuns(database.db, ownerId))[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('HTTP 500') });
    expect(await runDueFintSyncs(database.db, options('2026-11-23T05:02:00Z'))).toBe(1);
    expect(await nextRun()).toBe('2026-11-24T04:30');
    expect((await listFintSyncRuns(database.db, ownerId)).map((r) => r.status)).toEqual(['synced', 'failed']);
  });

  it('runs a school’s sync once when two servers check at the same time', async () => {
    const { ownerId } = await schedule('05:30');
    const ran = await Promise.all([runDueFintSyncs(database.db, options('2026-11-23T04:31:00Z')), runDueFintSyncs(database.db, options('2026-11-23T04:31:00Z'))]);
    expect(ran.sort()).toEqual([0, 1]);
    expect(await listFintSyncRuns(database.db, ownerId)).toHaveLength(1);
  });
});
