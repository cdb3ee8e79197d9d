/**
 * The schools file on the database: it creates the owner's new schools on the owner's calendar,
 * recognises the ones Varde has, changes a school's kind (and with it the family of its rule
 * profile), changes nothing the second time, and nothing at all when a row is bad.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSchoolRuleProfile } from '../data/checks/load-school-rule-profile.js';
import { queryRows, type Database, type Db } from '../db/database.js';
import { openTestDatabase } from '../test/test-database.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { wordedInEveryLanguage } from './check-file-for-test.js';
import { importFile } from './import-file.js';
import { problemInBokmaal } from './import-problems.js';
import { importSchools } from './import-schools.js';
import { checksums, demoSchool, exampleFile, expectImported } from './import-test-helpers.js';
import type { ImportFile, ImportResult } from './import-types.js';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.close();
});

async function runSchools(file: ImportFile | string, ownerId?: string): Promise<ImportResult> {
  const owner = ownerId ?? (await demoSchool(database.db)).ownerId;
  const result = await importSchools(database.db, {
    ownerId: owner,
    actorStaffId: null,
    via: 'cli',
    today: TEST_TODAY,
    file: typeof file === 'string' ? { name: 'skoler.csv', data: Buffer.from(file) } : file,
  });
  if (result.status === 'rejected') wordedInEveryLanguage(result.problems);
  else wordedInEveryLanguage(result.notes ?? []);
  return result;
}

const schoolsOf = (db: Db, ownerId: string) =>
  queryRows<{ name: string; kind: string; org_number: string | null; municipality: string | null; external_id: string | null; years: string[] | null }>(
    db,
    sql`select s.name, s.kind, s.org_number, s.municipality, s.external_id,
               (select array_agg(y.name order by y.starts_on) from school_years y where y.owner_id = s.owner_id and y.school_id = s.id) as years
        from schools s where s.owner_id = ${ownerId} order by s.name`,
  );

/** The calendar of a school, without ids: its years with their terms and breaks. */
const calendarOf = (db: Db, schoolName: string) =>
  queryRows<{ year: string; starts_on: string; ends_on: string; terms: number; breaks: string }>(
    db,
    sql`select y.name as year, y.starts_on::text, y.ends_on::text,
               (select count(*)::int from terms t where t.owner_id = y.owner_id and t.school_year_id = y.id) as terms,
               (select md5(coalesce(string_agg(b.name || b.kind || b.starts_on || b.ends_on, '|' order by b.starts_on, b.name), '')) from calendar_breaks b
                where b.owner_id = y.owner_id and b.school_year_id = y.id) as breaks
        from school_years y join schools s on s.owner_id = y.owner_id and s.id = y.school_id
        where s.name = ${schoolName} order by y.starts_on`,
  );

const calendarTables = ['schools', 'school_years', 'terms', 'calendar_breaks'];

/** Three new grunnskoler for the county of the demo (an owner whose calendar is its vgs's). */
const grunnskoler = [
  'skole-id;skolenavn;organisasjonsnummer;skoleslag;kommune',
  'VK-HAUGEN;Haugen skole;974 123 452;barneskole;Varde',
  'VK-VARDEUNG;Varde ungdomsskole;974 123 460;ungdomsskole;Varde',
  'VK-NORDVIK;Nordvik skule;974 123 479;1–10;Varde',
].join('\n');

describe('importing the schools file', () => {
  it('creates a barneskole, an ungdomsskole and a kombinert skole on the owner’s calendar, and a second import changes nothing', async () => {
    const { ownerId } = await demoSchool(database.db);
    const first = await runSchools(grunnskoler);
    expectImported(first);
    expect(first.counts).toEqual({
      schools: { inserted: 3, updated: 0, unchanged: 0, removed: 0 },
      schoolYears: { inserted: 3, updated: 0, unchanged: 0, removed: 0 },
    });
    expect(first.schools!.map((s) => [s.row, s.name, s.kind, s.outcome])).toEqual([
      [2, 'Haugen skole', 'barneskole', 'created'],
      [3, 'Varde ungdomsskole', 'ungdomsskole', 'created'],
      [4, 'Nordvik skule', 'kombinert', 'created'],
    ]);
    expect(await schoolsOf(database.db, ownerId)).toEqual([
      { name: 'Haugen skole', kind: 'barneskole', org_number: '974123452', municipality: 'Varde', external_id: 'VK-HAUGEN', years: ['2026–2027'] },
      { name: 'Nordvik skule', kind: 'kombinert', org_number: '974123479', municipality: 'Varde', external_id: 'VK-NORDVIK', years: ['2026–2027'] },
      expect.objectContaining({ name: 'Varde ungdomsskole', kind: 'ungdomsskole', external_id: 'VK-VARDEUNG', years: ['2026–2027'] }),
      // The demo school is not in the file, and is left alone.
      expect.objectContaining({ name: 'Varde videregående skole', kind: 'vgs', external_id: null, years: ['2026–2027'] }),
    ]);
    // The school year running on the day, with the demo school's terms and breaks: the owner's calendar, said in a note.
    const owners = await calendarOf(database.db, 'Varde videregående skole');
    expect(owners).toHaveLength(1);
    expect(await calendarOf(database.db, 'Haugen skole')).toEqual(owners);
    expect(first.notes!.map((n) => [n.row, n.code, n.level])).toEqual([
      [2, 'calendar_copied', 'info'],
      [3, 'calendar_copied', 'info'],
      [4, 'calendar_copied', 'info'],
    ]);
    expect(problemInBokmaal(first.notes![0]!)).toBe(
      'Haugen skole har fått skoleruta til Varde videregående skole for «2026–2027», med terminer, ferier og fridager: skoleruta er skoleeierens.',
    );
    // A grunnskole follows the grunnskole profile, the absence routine.
    const [haugen] = await queryRows<{ id: string }>(database.db, sql`select id from schools where name = 'Haugen skole'`);
    expect((await loadSchoolRuleProfile(database.db, ownerId, haugen!.id))!.schoolKind).toBe('grunnskole');

    const before = await checksums(database.db, calendarTables);
    const again = await runSchools(grunnskoler);
    expectImported(again);
    expect(again.counts.schools).toEqual({ inserted: 0, updated: 0, unchanged: 3, removed: 0 });
    expect(again.counts.schoolYears!.inserted).toBe(0);
    expect(again.schools!.every((s) => s.outcome === 'unchanged' && s.changes.length === 0)).toBe(true);
    expect(again.notes).toEqual([]);
    expect(await checksums(database.db, calendarTables)).toEqual(before);
  });

  it('changes a school’s kind by a later file, and says what changed', async () => {
    const { ownerId } = await demoSchool(database.db);
    expectImported(await runSchools(grunnskoler));
    // Haugen skole takes in ungdomstrinnet (a barneskole becomes kombinert); the organisation number is written without spaces now.
    const later = await runSchools(
      [
        'skole-id;skolenavn;organisasjonsnummer;skoleslag;kommune',
        'VK-HAUGEN;Haugen skole;974123452;Kombinert skole;Varde',
        'VK-VARDEUNG;Varde ungdomsskole;974123460;ungdomsskole;Varde',
      ].join('\n'),
    );
    expectImported(later);
    expect(later.counts.schools).toEqual({ inserted: 0, updated: 1, unchanged: 1, removed: 0 });
    expect(later.schools![0]).toMatchObject({ name: 'Haugen skole', kind: 'kombinert', outcome: 'updated', changes: [{ field: 'kind', from: 'barneskole', to: 'kombinert' }] });
    // Both grunnskoler: the profile's family stays, so there is nothing more to say.
    expect(later.notes).toEqual([]);
    expect((await schoolsOf(database.db, ownerId)).find((s) => s.name === 'Haugen skole')!.kind).toBe('kombinert');
  });

  it('recognises the demo school by its name, gives it its numbers, and moves its rule profile with its kind', async () => {
    const { ownerId, schoolId } = await demoSchool(database.db);
    expect((await loadSchoolRuleProfile(database.db, ownerId, schoolId))!.schoolKind).toBe('vgs');
    const recognised = await runSchools('skolenavn;organisasjonsnummer;skoleslag;kommune;skole-id\nvarde videregående skole;974123487;vgs;Vardefjell;VFK-VARDE\n', ownerId);
    expectImported(recognised);
    expect(recognised.schools).toEqual([
      expect.objectContaining({
        id: schoolId,
        outcome: 'updated',
        // The name as Varde has it and the file writes it differ in case only, and the case is the file's.
        changes: [
          { field: 'name', from: 'Varde videregående skole', to: 'varde videregående skole' },
          { field: 'orgNumber', from: expect.any(String), to: '974123487' },
          { field: 'externalId', from: null, to: 'VFK-VARDE' },
        ],
      }),
    ]);
    // Its calendar is its own: nothing copied.
    expect(recognised.counts.schoolYears!.inserted).toBe(0);

    const wrongKind = await runSchools('skole-id;skolenavn;organisasjonsnummer;skoleslag;kommune\nVFK-VARDE;Varde videregående skole;974123487;ungdomsskole;Vardefjell\n', ownerId);
    expectImported(wrongKind);
    expect(wrongKind.notes).toEqual([expect.objectContaining({ code: 'profile_follows_kind', row: 2, column: 'skoleslag', text: 'profileNowGrunnskole' })]);
    expect((await loadSchoolRuleProfile(database.db, ownerId, schoolId))!.schoolKind).toBe('grunnskole');
  });

  it('writes nothing when a row is bad, and reports every problem', async () => {
    const before = await checksums(database.db, [...calendarTables, 'audit_log']);
    const result = await runSchools(
      [
        'skole-id;skolenavn;organisasjonsnummer;skoleslag;kommune',
        'VK-HAUGEN;Haugen skole;974123452;barneskole;Varde',
        'VK-VARDEUNG;Varde ungdomsskole;974123461;ungdomsskole;Varde',
        'VK-NORDVIK;Nordvik skule;974123479;grunnskole;Varde',
      ].join('\n'),
    );
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') {
      expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
        [3, 'organisasjonsnummer', 'invalid_org_number'],
        [4, 'skoleslag', 'invalid_choice'],
      ]);
    }
    expect(await checksums(database.db, [...calendarTables, 'audit_log'])).toEqual(before);
  });

  it('creates a school without a calendar when the owner has none, says so, and files that need a school year are refused for it', async () => {
    const [owner] = await queryRows<{ id: string }>(database.db, sql`insert into owners (name, kind) values ('Varde kommune', 'kommune') returning id`);
    const result = await runSchools(grunnskoler, owner!.id);
    expectImported(result);
    expect(result.counts.schoolYears!.inserted).toBe(0);
    expect(result.notes!.map((n) => [n.row, n.code, n.level])).toEqual([
      [2, 'no_calendar', 'warning'],
      [3, 'no_calendar', 'warning'],
      [4, 'no_calendar', 'warning'],
    ]);
    const schools = await schoolsOf(database.db, owner!.id);
    expect(schools.map((s) => [s.name, s.years])).toEqual([
      ['Haugen skole', null],
      ['Nordvik skule', null],
      ['Varde ungdomsskole', null],
    ]);
    const haugen = result.schools!.find((s) => s.name === 'Haugen skole')!;
    const groups = await importFile(database.db, {
      kind: 'groups',
      file: { name: 'grupper.csv', data: Buffer.from('gruppe-id;gruppenavn;gruppetype;trinn\nH-1A;1A;klasse;1\n') },
      ownerId: owner!.id,
      schoolId: haugen.id,
      actorStaffId: null,
      via: 'cli',
      today: TEST_TODAY,
    });
    expect(groups).toMatchObject({ status: 'rejected', problems: [{ code: 'unknown_school_year', text: 'noSchoolYearForFile' }] });
  });

  it('recognises the demo municipality’s schools in the example file, and adds its kombinert skole on the municipality’s calendar', async () => {
    const [municipality] = await queryRows<{ id: string }>(database.db, sql`select id from owners where name = 'Varde kommune'`);
    const result = await runSchools(exampleFile('skoler.csv'), municipality!.id);
    expectImported(result);
    expect(result.schools!.map((s) => [s.name, s.kind, s.outcome, s.changes.map((c) => c.field)])).toEqual([
      ['Varde barneskule', 'barneskole', 'updated', ['orgNumber', 'externalId']],
      ['Varde ungdomsskule', 'ungdomsskole', 'updated', ['orgNumber', 'externalId']],
      ['Nordvik skule', 'kombinert', 'created', []],
    ]);
    // The municipality's calendar, not the county's.
    expect(result.notes).toEqual([expect.objectContaining({ row: 4, code: 'calendar_copied', params: expect.objectContaining({ from: 'Varde barneskule' }) })]);
    expect(await calendarOf(database.db, 'Nordvik skule')).toEqual(await calendarOf(database.db, 'Varde barneskule'));
    const again = await runSchools(exampleFile('skoler.csv'), municipality!.id);
    expectImported(again);
    expect(again.counts.schools).toEqual({ inserted: 0, updated: 0, unchanged: 3, removed: 0 });
  });

  it('writes one audit entry naming the schools it created and changed', async () => {
    const result = await runSchools(grunnskoler);
    expectImported(result);
    const [entry] = await queryRows<{ action: string; entity_id: string; detail: { schoolId: string | null; schools: Array<{ id: string; outcome: string }>; counts: unknown } }>(
      database.db,
      sql`select action, entity_id, detail from audit_log where entity = 'import' order by id desc limit 1`,
    );
    expect(entry).toMatchObject({ action: 'create', entity_id: 'schools', detail: { schoolId: null } });
    expect(entry!.detail.schools.map((s) => s.outcome)).toEqual(['created', 'created', 'created']);
  });
});
