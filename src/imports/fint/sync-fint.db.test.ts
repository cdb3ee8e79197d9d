/**
 * A FINT sync on the database, against the fake FINT server: a county's school synced into the
 * demo school page by page; a second run changes nothing; a token that expires mid-sync; a
 * server that fails halfway (nothing changes, the next run succeeds); a student who leaves FINT
 * keeps the row and the case and loses the memberships; FINT data that cannot map stores nothing.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../../db/database.js';
import { openTestDatabase } from '../../test/test-database.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { checksums, demoSchool } from '../import-test-helpers.js';
import { createFintClient } from './fint-client.js';
import { fakeCounty } from './fake-fint-county.js';
import { startFakeFintServer, type FakeFintServer } from './fake-fint-server.js';
import { syncFint, type FintSyncResult } from './sync-fint.js';

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

async function sync(today = TEST_TODAY) {
  const client = createFintClient({ baseUrl: server.baseUrl, tokenUrl: server.tokenUrl, clientId: server.clientId, clientSecret: server.clientSecret, pageSize: 3 });
  const result = await syncFint(database.db, { ...(await demoSchool(database.db)), fintSchool: '38001', client, actorStaffId: null, via: 'cli', today });
  return { result, client };
}

function expectSynced(result: FintSyncResult): asserts result is Extract<FintSyncResult, { status: 'synced' }> {
  if (result.status !== 'synced') throw new Error(`Not synced: ${JSON.stringify(result)}`);
}

const rosterTables = ['students', 'staff', 'staff_roles', 'groups', 'group_memberships', 'group_teachers', 'cases', 'audit_log'];

async function membershipsOf(elevnummer: string) {
  return queryRows<{ name: string; starts_on: string | null; ends_on: string | null }>(
    database.db,
    sql`select g.name, m.starts_on::text, m.ends_on::text from group_memberships m
        join groups g on g.owner_id = m.owner_id and g.id = m.group_id
        join students s on s.owner_id = m.owner_id and s.id = m.student_id
        where s.external_id = ${elevnummer} order by g.name`,
  );
}

describe('syncing a school from FINT', () => {
  it('brings in the school’s groups, students, memberships and teachers page by page, and a second run changes nothing', async () => {
    const { result, client } = await sync();
    expectSynced(result);
    expect(result.school.systemId).toBe('S1');
    expect(result.changes.groupsAdded).toEqual(['B1', 'B2', 'U1']);
    expect(result.changes.studentsAdded.map((s) => s.externalId)).toEqual(['800001', '800002', '800003', '800004', '800005', '800006', '800007']);
    expect(result.changes.membershipsAdded).toHaveLength(14);
    expect(result.changes.staffAdded.map((s) => s.name)).toEqual(['Kari Lærer', 'Per Lektor']);
    expect(result.changes.membershipsEnded).toEqual([]);
    expect(result.counts.students).toMatchObject({ inserted: 7 });
    expect(result.counts.groupTeachers).toMatchObject({ inserted: 3 });
    expect(result.feideNamesChanged).toBe(9);
    expect(await queryRows(database.db, sql`select feide_name from students where external_id = '800001'`)).toEqual([{ feide_name: 'elev1@fjordvik.no' }]);
    expect(await queryRows(database.db, sql`select feide_name from staff where external_id = 'R1'`)).toEqual([{ feide_name: 'kari.lerer@fjordvik.no' }]);
    // Several pages of the collections larger than a page, with one token.
    expect(server.log.filter((l) => l.collection === 'elev').map((l) => l.offset)).toEqual([0, 3, 6]);
    expect(client.tokensFetched).toBe(1);
    expect(await membershipsOf('800002')).toEqual([
      { name: '1FJ/NOR1260', starts_on: '2026-08-17', ends_on: null },
      { name: '1FJA', starts_on: '2026-08-17', ends_on: null },
    ]);
    const [audit] = await queryRows<{ entity_id: string; action: string }>(database.db, sql`select entity_id, action from audit_log where entity = 'import' order by id desc limit 1`);
    expect(audit).toEqual({ entity_id: 'fint', action: 'create' });

    const before = await checksums(database.db, rosterTables.filter((t) => t !== 'audit_log'));
    const again = await sync();
    expectSynced(again.result);
    expect(Object.values(again.result.changes).every((list) => list.length === 0)).toBe(true);
    expect(await checksums(database.db, Object.keys(before))).toEqual(before);
  });

  it('goes on with a new token when the token expires mid-sync', async () => {
    server.expireTokensAfter(6);
    const { result, client } = await sync();
    expectSynced(result);
    expect(result.changes.studentsAdded).toHaveLength(7);
    expect(client.tokensFetched).toBe(2);
    expect(server.log.filter((l) => l.status === 401)).toHaveLength(1);
  });

  it('changes nothing when FINT fails halfway, and the next run succeeds', async () => {
    const before = await checksums(database.db, rosterTables);
    server.failRequest(8);
    const { result } = await sync();
    expect(result).toMatchObject({ status: 'failed', error: { code: 'request_failed', status: 500 } });
    expect(await checksums(database.db, rosterTables)).toEqual(before);

    const second = await sync();
    expectSynced(second.result);
    expect(second.result.changes.studentsAdded).toHaveLength(7);
  });

  it('keeps a student who leaves FINT, with the case, and ends the memberships', async () => {
    expectSynced((await sync()).result);
    const [student] = await queryRows<{ id: string; school_id: string; owner_id: string }>(database.db, sql`select id, school_id, owner_id from students where external_id = '800003'`);
    const [someone] = await queryRows<{ id: string }>(database.db, sql`select id from staff where external_id = 'R1'`);
    await database.db.execute(sql`insert into cases (owner_id, id, school_id, student_id, kind, step, opened_from, responsible_staff_id, step_started_on, step_due_on)
      values (${student!.owner_id}, gen_random_uuid(), ${student!.school_id}, ${student!.id}, 'fravaer', 'kartlegging', 'manuelt', ${someone!.id}, '2026-11-01', '2026-12-01')`);

    server.county.students = server.county.students.filter((s) => s.id !== 'E3');
    const { result } = await sync();
    expectSynced(result);
    expect(result.changes.studentsGone).toEqual([{ externalId: '800003', name: 'Elev3 Fjordvik' }]);
    expect(result.changes.membershipsEnded).toEqual([
      { group: 'B2', student: '800003', endsOn: '2026-11-22' },
      { group: 'U1', student: '800003', endsOn: '2026-11-22' },
    ]);
    expect(result.counts.memberships).toMatchObject({ removed: 0, updated: 2 });
    expect(await queryRows(database.db, sql`select external_id, left_on from students where id = ${student!.id}`)).toEqual([{ external_id: '800003', left_on: null }]);
    expect(await queryRows(database.db, sql`select count(*)::int as n from cases where student_id = ${student!.id}`)).toEqual([{ n: 1 }]);
    expect(await membershipsOf('800003')).toEqual([
      { name: '1FJ/NOR1260', starts_on: '2026-08-17', ends_on: '2026-11-22' },
      { name: '1FJB', starts_on: '2026-08-17', ends_on: '2026-11-22' },
    ]);

    // The next run leaves the ended memberships as they are; the student coming back opens them again.
    const later = await sync('2026-11-30');
    expectSynced(later.result);
    expect(later.result.changes.membershipsEnded).toEqual([]);
    expect((await membershipsOf('800003')).map((m) => m.ends_on)).toEqual(['2026-11-22', '2026-11-22']);
    server.county = fakeCounty();
    const back = await sync('2026-12-01');
    expectSynced(back.result);
    expect(back.result.changes.membershipsUpdated).toHaveLength(2);
    expect((await membershipsOf('800003')).map((m) => m.ends_on)).toEqual([null, null]);
  });

  it('ends the old class and adds the new one when a student changes class in FINT', async () => {
    expectSynced((await sync()).result);
    server.county.students[1]!.basisgrupper = ['B2'];
    const { result } = await sync();
    expectSynced(result);
    expect(result.changes.membershipsEnded).toEqual([{ group: 'B1', student: '800002', endsOn: '2026-11-22' }]);
    expect(result.changes.membershipsAdded).toEqual([{ group: 'B2', student: '800002' }]);
    expect(result.changes.studentsGone).toEqual([]);
    expect(await membershipsOf('800002')).toEqual([
      { name: '1FJ/NOR1260', starts_on: '2026-08-17', ends_on: null },
      { name: '1FJA', starts_on: '2026-08-17', ends_on: '2026-11-22' },
      { name: '1FJB', starts_on: '2026-08-17', ends_on: null },
    ]);
  });

  it('keeps a teacher’s roles FINT does not know', async () => {
    expectSynced((await sync()).result);
    const { ownerId, schoolId } = await demoSchool(database.db);
    await database.db.execute(sql`insert into staff_roles (owner_id, id, staff_id, role, school_id, title)
      select ${ownerId}, gen_random_uuid(), id, 'radgiver', ${schoolId}, null from staff where external_id = 'R2'`);
    server.county.staff[1]!.kontaktlarerFor = [];
    server.county.staff[1]!.underviser = ['U1'];
    expectSynced((await sync()).result);
    const roles = await queryRows<{ role: string }>(database.db, sql`select r.role from staff_roles r join staff s on s.id = r.staff_id where s.external_id = 'R2' order by r.role`);
    expect(roles.map((r) => r.role)).toEqual(['faglaerer', 'radgiver']);
  });

  it('stores nothing when FINT’s data cannot be mapped, and says what and where', async () => {
    const before = await checksums(database.db, rosterTables);
    server.county.students[4]!.fornavn = '';
    const { result } = await sync();
    expect(result).toMatchObject({ status: 'rejected', problems: [{ code: 'required', resource: 'elev', id: 'E5', field: 'navn' }] });
    expect(await checksums(database.db, rosterTables)).toEqual(before);
  });

  it('imports a student without a birth date, with a warning, and keeps a birth date Varde already has', async () => {
    server.county.students[4]!.fodselsdato = null;
    const { result } = await sync();
    expectSynced(result);
    expect(result.warnings).toMatchObject([{ code: 'required', resource: 'elev', id: 'E5', field: 'fodselsdato', text: 'studentWithoutBirthDate', params: { name: 'Elev5 Fjordvik' } }]);
    expect(await queryRows(database.db, sql`select birth_date::text from students where external_id = '800005'`)).toEqual([{ birth_date: null }]);

    await database.db.execute(sql`update students set birth_date = '2010-06-15' where external_id = '800005'`);
    const again = await sync();
    expectSynced(again.result);
    expect(again.result.changes.studentsUpdated).toEqual([]);
    expect(await queryRows(database.db, sql`select birth_date::text from students where external_id = '800005'`)).toEqual([{ birth_date: '2010-06-15' }]);
  });

  it('moves a Feide name from one person to another, and refuses one that another person in Varde has', async () => {
    expectSynced((await sync()).result);
    // Two students swap Feide names in FINT: the unique name moves without a conflict.
    server.county.students[0]!.feidenavn = 'elev2@fjordvik.no';
    server.county.students[1]!.feidenavn = 'elev1@fjordvik.no';
    const swapped = await sync();
    expectSynced(swapped.result);
    expect(swapped.result.feideNamesChanged).toBe(2);
    expect(await queryRows(database.db, sql`select external_id, feide_name from students where external_id in ('800001', '800002') order by external_id`)).toEqual([
      { external_id: '800001', feide_name: 'elev2@fjordvik.no' },
      { external_id: '800002', feide_name: 'elev1@fjordvik.no' },
    ]);

    const { ownerId } = await demoSchool(database.db);
    // Someone FINT does not name has Kari's Feide name in Varde.
    await database.db.execute(sql`update staff set feide_name = null where external_id = 'R1'`);
    await database.db.execute(
      sql`update staff set feide_name = 'kari.lerer@fjordvik.no' where id = (select id from staff where owner_id = ${ownerId} and (external_id is null or external_id not in ('R1', 'R2')) order by id limit 1)`,
    );
    const before = await checksums(database.db, rosterTables);
    const { result } = await sync();
    expect(result).toMatchObject({ status: 'rejected', problems: [{ code: 'conflicting_details', resource: 'skoleressurs', id: 'R1', field: 'feidenavn', text: 'feideNameTaken' }] });
    expect(await checksums(database.db, rosterTables)).toEqual(before);
  });

  it('reads FINT 3.x memberships, levels and school years, and leaves out a class of another school year', async () => {
    const county = fakeCounty();
    county.memberships = 'medlemskap';
    county.arstrinn = [{ id: 'T1', navn: 'VG1' }];
    county.skolear = [
      { id: 'Y26', kode: '2026/2027', start: '2026-08-01', slutt: '2027-07-31' },
      { id: 'Y25', kode: '2025/2026', start: '2025-08-01', slutt: '2026-07-31' },
    ];
    county.basisgrupper = county.basisgrupper.map((b) => ({ ...b, trinn: 'T1', skolear: 'Y26' }));
    county.basisgrupper.push({ id: 'B0', navn: '1FJA-i-fjor', school: 'S1', trinn: 'T1', skolear: 'Y25' });
    county.students[0]!.basisgrupper.push('B0');
    server.county = county;
    const { result } = await sync();
    expectSynced(result);
    expect(result.changes.groupsAdded).toEqual(['B1', 'B2', 'U1']);
    expect(result.changes.membershipsAdded).toHaveLength(14);
    expect(result.skipped).toMatchObject({ 'basisgruppe of another school year': 1 });
    expect(await membershipsOf('800002')).toEqual([
      { name: '1FJ/NOR1260', starts_on: '2026-08-17', ends_on: null },
      { name: '1FJA', starts_on: '2026-08-17', ends_on: null },
    ]);
    expect(await queryRows(database.db, sql`select name, level from groups where external_id in ('B1', 'B2') order by name`)).toEqual([
      { name: '1FJA', level: 'Vg1' },
      { name: '1FJB', level: 'Vg1' },
    ]);
  });
});
