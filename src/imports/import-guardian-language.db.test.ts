/**
 * The guardians file's `målform` (issue 15): the language of the guardian's notices, kept, left
 * as it was by a later file without the column, and refused at its row and column when it is
 * neither bokmål nor nynorsk — with nothing of the file stored.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { openTestDatabase } from '../test/test-database.js';
import { problemInBokmaal } from './import-problems.js';
import { exampleFile, exampleOrder, expectImported, runImport } from './import-test-helpers.js';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
  for (const [kind, name] of exampleOrder) expectImported(await runImport(database.db, kind, exampleFile(name)));
});
afterEach(async () => {
  await database.close();
});

const languageOf = async (externalId: string) =>
  (await queryRows<{ l: string | null }>(database.db, sql`select notice_language as l from guardians where external_id = ${externalId}`))[0]?.l;

describe('the målform column of the guardians file', () => {
  const header = 'elevnummer;foresatt-id;fornavn;etternavn;relasjon;foreldreansvar;målform';

  it('keeps nynorsk or bokmål, empty as the school’s, and a file without the column keeps what was there', async () => {
    expectImported(await runImport(database.db, 'guardians', `${header}\n900001;F90001;Marte;Solberg;mor;ja;Nynorsk\n900001;F90002;Per;Solberg;far;ja;\n`));
    expect(await languageOf('F90001')).toBe('nn');
    expect(await languageOf('F90002')).toBeNull();
    expectImported(await runImport(database.db, 'guardians', 'elevnummer;foresatt-id;fornavn;etternavn;relasjon;foreldreansvar\n900001;F90001;Marte;Solberg;mor;ja\n'));
    expect(await languageOf('F90001')).toBe('nn');
    expectImported(await runImport(database.db, 'guardians', `${header}\n900001;F90001;Marte;Solberg;mor;ja;bokmål\n`));
    expect(await languageOf('F90001')).toBe('nb');
  });

  it('refuses another language at its row and column, and stores nothing of the file', async () => {
    const result = await runImport(database.db, 'guardians', `${header}\n900001;F99991;Kari;Nilsen;mor;ja;samisk\n`);
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') {
      expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'målform', 'invalid_choice']]);
      expect(problemInBokmaal(result.problems[0]!)).toContain('bokmål');
    }
    expect(await languageOf('F99991')).toBeUndefined();
  });
});
