/**
 * National identity numbers in the students and guardians files (issue 14), on PGlite and
 * PostgreSQL: checked, kept only as the hash ID-porten sign-in matches (with the development key,
 * as the tests' app has it), never wiped by a file without them, never shown back whole, and
 * one person's only.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import { queryRows, type Database } from '../db/database.js';
import { demoGuardianNationalId } from '../demo/demo-identities.js';
import { syntheticNationalId } from '../demo/synthetic-national-id.js';
import { serverKeys } from '../lib/server-keys.js';
import { openTestDatabase } from '../test/test-database.js';
import { problemInBokmaal } from './import-problems.js';
import { checksums, exampleFile, exampleOrder, expectImported, runImport } from './import-test-helpers.js';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
  for (const [kind, name] of exampleOrder) expectImported(await runImport(database.db, kind, exampleFile(name)));
});
afterEach(async () => {
  await database.close();
});

const hash = serverKeys(DEVELOPMENT_SECRET_KEY).hashNationalId;
/** Valid synthetic numbers (month + 80), the first individual numbers with check digits that fit. */
function numbersBornOn(date: string, count: number): string[] {
  const found: string[] = [];
  for (let i = 0; found.length < count; i++) {
    const n = syntheticNationalId(date, i);
    if (n) found.push(n);
  }
  return found;
}
const [eline, hedda, other] = numbersBornOn('1990-12-24', 3) as [string, string, string];
const wrong = `${eline.slice(0, 10)}${(Number(eline[10]) + 1) % 10}`;

const hashOf = async (table: 'students' | 'guardians', externalId: string) =>
  (await queryRows<{ h: string | null }>(database.db, sql`select national_id_hash as h from ${sql.identifier(table)} where external_id = ${externalId}`))[0]?.h;

describe('a national identity number in the students file', () => {
  const header = 'elevnummer;fornavn;etternavn;fødselsdato;klasse;fødselsnummer';

  it('is kept only as its hash, and a later file without one, or with an empty cell, keeps it', async () => {
    const first = await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;${eline.slice(0, 6)} ${eline.slice(6)}\n`);
    expectImported(first);
    expect(first.counts.students).toMatchObject({ updated: 1 });
    expect(await hashOf('students', '900001')).toBe(hash(eline));
    const anywhere = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from students s where s::text like ${`%${eline}%`}`);
    expect(anywhere[0]!.n).toBe(0);

    const without = await runImport(database.db, 'students', 'elevnummer;fornavn;etternavn;fødselsdato;klasse\n900001;Eline;Johnsen;24.12.2010;1STA\n');
    expectImported(without);
    expect(without.counts.students).toMatchObject({ unchanged: 1 });
    expectImported(await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;\n`));
    expect(await hashOf('students', '900001')).toBe(hash(eline));
  });

  it('is refused when its check digits are wrong, by row and column, showing only the birth date', async () => {
    const before = await checksums(database.db, ['students']);
    const result = await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;${wrong}\n900002;Hedda;Bakken;21.12.2010;1STA;12345\n`);
    expect(result.status).toBe('rejected');
    if (result.status !== 'rejected') return;
    expect(result.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
      [2, 'fødselsnummer', 'invalid_national_id', `${wrong.slice(0, 6)}…`],
      [3, 'fødselsnummer', 'invalid_national_id', '12345'],
    ]);
    expect(problemInBokmaal(result.problems[0]!)).toBe(
      `Fødselsnummeret som begynner med «${wrong.slice(0, 6)}…», er ikke gyldig: et fødselsnummer eller D-nummer har elleve sifre, og de to siste (kontrollsifrene) må stemme med de ni foran. Sjekk nummeret; kanskje er et siffer skrevet feil.`,
    );
    expect(JSON.stringify(result)).not.toContain(wrong);
    expect(await checksums(database.db, ['students'])).toEqual(before);
  });

  it('is one student’s: refused for a second student of the file, or when another student has it', async () => {
    const twice = await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;${eline}\n900002;Hedda;Bakken;21.12.2010;1STA;${eline}\n`);
    expect(twice.status).toBe('rejected');
    if (twice.status === 'rejected') {
      expect(twice.problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([[3, 'fødselsnummer', 'duplicate_row', { first: 2 }]]);
      expect(JSON.stringify(twice)).not.toContain(eline);
    }

    expectImported(await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;${eline}\n`));
    const taken = await runImport(database.db, 'students', `${header}\n900002;Hedda;Bakken;21.12.2010;1STA;${eline}\n`);
    expect(taken.status).toBe('rejected');
    if (taken.status === 'rejected') {
      expect(taken.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'fødselsnummer', 'conflicting_details']]);
      expect(problemInBokmaal(taken.problems[0]!)).toContain('hører allerede til Eline Johnsen i Varde');
    }
    // The student's own number again is no conflict.
    expectImported(await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;${eline}\n900002;Hedda;Bakken;21.12.2010;1STA;${hedda}\n`));
  });
});

describe('a national identity number in the guardians file', () => {
  const header = 'elevnummer;foresatt-id;fornavn;etternavn;relasjon;foreldreansvar;fødselsnummer';

  it('is kept only as its hash, and a later file without one keeps it', async () => {
    const first = await runImport(database.db, 'guardians', `${header}\n900001;F90001;Marte;Solberg;mor;ja;${other}\n`);
    expectImported(first);
    expect(await hashOf('guardians', 'F90001')).toBe(hash(other));
    expectImported(await runImport(database.db, 'guardians', 'elevnummer;foresatt-id;fornavn;etternavn;relasjon;foreldreansvar\n900001;F90001;Marte;Solberg;mor;ja\n'));
    expect(await hashOf('guardians', 'F90001')).toBe(hash(other));
  });

  it('is one guardian’s: the same in each of the guardian’s rows, and not another guardian’s in Varde', async () => {
    const differs = await runImport(database.db, 'guardians', `${header}\n900001;F90001;Marte;Solberg;mor;ja;${other}\n900002;F90001;Marte;Solberg;mor;ja;${hedda}\n`);
    expect(differs.status).toBe('rejected');
    if (differs.status === 'rejected') {
      expect(differs.problems.map((p) => [p.row, p.column, p.code, p.text])).toEqual([[3, 'fødselsnummer', 'conflicting_details', 'nationalIdDiffers']]);
      expect(JSON.stringify(differs)).not.toContain(hedda);
    }

    // A demo guardian's number (the demo keeps its hash) given to a new guardian.
    const [demo] = await queryRows<{ id: string; name: string }>(
      database.db,
      sql`select id, given_name || ' ' || family_name as name from guardians where external_id is null order by id limit 1`,
    );
    const taken = await runImport(database.db, 'guardians', `${header}\n900001;F99999;Ny;Foresatt;annen;ja;${demoGuardianNationalId(demo!.id)}\n`);
    expect(taken.status).toBe('rejected');
    if (taken.status === 'rejected') {
      expect(taken.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'fødselsnummer', 'conflicting_details']]);
      expect(problemInBokmaal(taken.problems[0]!)).toContain(`hører allerede til ${demo!.name} i Varde`);
    }
  });
});
