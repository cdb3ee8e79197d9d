/**
 * The example files in examples/imports describe the demo school: its classes and groups, and
 * students, guardians and staff it already has (by name and birth date, by name per student, by
 * e-mail). A newcomer who imports them into the demo finds no problem, and sees them recognise
 * the people there rather than add strangers: only the reading course (a new group) and its
 * teacher are new.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { openTestDatabase } from '../test/test-database.js';
import { exampleFile, exampleOneRosterFiles, exampleOrder, expectImported, runImport } from './import-test-helpers.js';
import type { ImportResult } from './import-types.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const count = async (table: 'students' | 'guardians' | 'staff') =>
  (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

describe('the example import files and the demo school', () => {
  it('import every one into the demo school without problems, recognising its people', async () => {
    const before = { students: await count('students'), guardians: await count('guardians'), staff: await count('staff') };
    const results = new Map<string, Extract<ImportResult, { status: 'imported' }>>();
    for (const [kind, name] of exampleOrder) {
      const result = await runImport(database.db, kind, exampleFile(name));
      expectImported(result);
      results.set(kind, result);
    }
    // The demo's students, with their guardians, get their numbers; nobody is added twice.
    expect(results.get('students')!.counts.students).toMatchObject({ inserted: 0, updated: 4 });
    expect(results.get('guardians')!.counts.guardians).toMatchObject({ inserted: 0, updated: 7 });
    expect(await count('students')).toBe(before.students);
    expect(await count('guardians')).toBe(before.guardians);
    // The miljøterapeut and the rådgiver are the demo's; the reading course's teacher is new.
    expect(results.get('staff')!.counts.staff).toMatchObject({ inserted: 1, updated: 2 });
    expect(await count('staff')).toBe(before.staff + 1);
    const named = await queryRows<{ name: string; external_id: string }>(
      database.db,
      sql`select given_name || ' ' || family_name as name, external_id from students where external_id like '9000%' order by external_id`,
    );
    expect(named).toEqual([
      { name: 'Eline Johnsen', external_id: '900001' },
      { name: 'Hedda Bakken', external_id: '900002' },
      { name: 'Mathilde Pettersen', external_id: '900003' },
      { name: 'Karoline Thomassen', external_id: '900004' },
    ]);
  });

  it('import the OneRoster set into the demo school without problems', async () => {
    expectImported(await runImport(database.db, 'oneroster', exampleOneRosterFiles()));
  });
});
