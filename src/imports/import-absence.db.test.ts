/**
 * The absence import on the database: large files in several batches with progress, records
 * corrected in place, the order of files, and ids that belong to another school.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { addDays, isoWeekday } from '../domain/school-calendar.js';
import { openTestDatabase } from '../test/test-database.js';
import { checksums, demoSchool, exampleFile, expectImported, importedState, runImport } from './import-test-helpers.js';
import { batchRows } from './import-absence.js';
import { problemInBokmaal } from './import-problems.js';
import type { ImportProgress } from './import-types.js';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
  expectImported(await runImport(database.db, 'students', exampleFile('elever.csv')));
});
afterEach(async () => {
  await database.close();
});

const header = 'dato;elevnummer;time;gruppe;fraværstype;minutter for sent';

/** `count` single lessons of the four example students, each lesson once, on school-year weekdays. */
function lessons(count: number): string[] {
  const rows: string[] = [];
  let day = '2026-08-17';
  while (rows.length < count) {
    if (isoWeekday(day) <= 5) {
      for (let lesson = 1; lesson <= 8 && rows.length < count; lesson++) {
        for (const student of ['900001', '900002', '900003', '900004']) if (rows.length < count) rows.push(`${day};${student};${lesson};;udokumentert;`);
      }
    }
    day = addDays(day, 1);
  }
  return rows;
}

describe('importing absence', () => {
  it('writes a large file in batches, reporting progress, and a second import changes nothing', async () => {
    const file = [header, ...lessons(21_000)].join('\n');
    const progress: ImportProgress[] = [];
    const first = await runImport(database.db, 'absence', file, (p) => progress.push(p));
    expectImported(first);
    expect(first.counts.absenceRecords).toEqual({ inserted: 21_000, updated: 0, unchanged: 0, removed: 0 });
    expect(progress.some((p) => p.phase === 'reading' && p.rowsRead > 0 && p.rowsRead < 21_000)).toBe(true);
    // 20 000 rows a statement on PostgreSQL, 4 000 on the embedded database (import-absence.ts says why).
    const batch = batchRows(database.db);
    expect([4_000, 20_000]).toContain(batch);
    const batches = Array.from({ length: Math.floor(21_000 / batch) }, (_, i) => (i + 1) * batch);
    expect(progress.filter((p) => p.phase === 'writing').map((p) => p.rowsWritten)).toEqual([0, ...batches, 21_000, 21_000]);
    expect(progress.at(-1)).toEqual({ phase: 'writing', rowsRead: 21_000, rowsWritten: 21_000, rowsToWrite: 21_000 });

    const again = await runImport(database.db, 'absence', file);
    expectImported(again);
    expect(again.counts.absenceRecords).toEqual({ inserted: 0, updated: 0, unchanged: 21_000, removed: 0 });
  });

  it('corrects a record in place when a later file gives the same lesson another type', async () => {
    // A cause with a tab, a line break, quotes and a backslash survives the way through COPY.
    const cause = 'Syk\tog "sliten"\ndro hjem \\ ringte';
    const first = await runImport(
      database.db,
      'absence',
      `dato;elevnummer;time;gruppe;fraværstype;årsak\n2026-09-14;900001;2;1STA/NOR1260;udokumentert;Tannlege\n2026-09-14;900001;3;;udokumentert;"${cause.replace(/"/g, '""')}"\n`,
    );
    expectImported(first);
    const corrected = await runImport(database.db, 'absence', `${header}\n2026-09-14;900001;2;1STA/NOR1260;dokumentert;\n`);
    expectImported(corrected);
    expect(corrected.counts.absenceRecords).toEqual({ inserted: 0, updated: 1, unchanged: 0, removed: 0 });
    expect((await importedState(database.db)).absence).toEqual([
      // The later file has no «årsak» column: the cause stays.
      expect.objectContaining({ external_id: 'fravær:2026-09-14:2:900001', type: 'dokumentert', group_name: '1STA/NOR1260', cause: 'Tannlege' }),
      expect.objectContaining({ external_id: 'fravær:2026-09-14:3:900001', type: 'udokumentert', cause }),
    ]);
  });

  it('gives the same result whichever of two files comes first', async () => {
    const rows = lessons(40);
    const a = [header, ...rows.slice(0, 30)].join('\n');
    const b = [header, ...rows.slice(20)].join('\n');
    await runImport(database.db, 'absence', a);
    await runImport(database.db, 'absence', b);
    const other = await openTestDatabase();
    try {
      await runImport(other.db, 'students', exampleFile('elever.csv'));
      await runImport(other.db, 'absence', b);
      await runImport(other.db, 'absence', a);
      const state = (await importedState(database.db)).absence;
      expect(state).toHaveLength(40);
      expect((await importedState(other.db)).absence).toEqual(state);
    } finally {
      await other.close();
    }
  });

  it('follows a fraværs-id that a later file gives to another student and day, and keeps the rest', async () => {
    const first = await runImport(database.db, 'absence', 'fraværs-id;dato;elevnummer;time;fraværstype\nF-9;2026-09-14;900001;1;sykdom\nF-8;2026-09-14;900001;2;sykdom\n');
    expectImported(first);
    // F-9 was registered on the wrong student and day: the correction moves it, and F-10 is new.
    // (Neither the old student nor the old day is in this file, so the record is found by its id.)
    const corrected = await runImport(
      database.db,
      'absence',
      'fraværs-id;dato;elevnummer;time;fraværstype\nF-9;2026-09-15;900002;3;sykdom\nF-10;2026-09-15;900002;4;sykdom\n',
    );
    expectImported(corrected);
    expect(corrected.counts.absenceRecords).toEqual({ inserted: 1, updated: 1, unchanged: 0, removed: 0 });
    const rows = await queryRows<{ external_id: string; student: string; date: string; lesson_number: number }>(
      database.db,
      sql`select a.external_id, s.external_id as student, a.date::text as date, a.lesson_number
          from absence_records a join students s on s.owner_id = a.owner_id and s.id = a.student_id
          where a.external_id like 'F-%' order by a.external_id`,
    );
    expect(rows).toEqual([
      { external_id: 'F-10', student: '900002', date: '2026-09-15', lesson_number: 4 },
      { external_id: 'F-8', student: '900001', date: '2026-09-14', lesson_number: 2 },
      { external_id: 'F-9', student: '900002', date: '2026-09-15', lesson_number: 3 },
    ]);
  });

  it("tells a student of another school from an unknown student number", async () => {
    const { ownerId } = await demoSchool(database.db);
    await database.db.execute(sql`insert into schools (owner_id, id, name, kind) values (${ownerId}, '00000000-0000-4000-8000-000000000001', 'Annen skole', 'vgs')`);
    await database.db.execute(sql`
      insert into students (owner_id, id, school_id, external_id, given_name, family_name, birth_date)
      values (${ownerId}, '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', '800001', 'Per', 'Annen', '2010-01-01')`);
    const result = await runImport(database.db, 'absence', `${header}\n2026-09-14;800001;1;;sykdom;\n2026-09-14;123456;1;;sykdom;\n2026-09-14;900001;1;;sykdom;\n`);
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') {
      expect(result.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
        [2, 'elevnummer', 'student_at_other_school', '800001'],
        [3, 'elevnummer', 'unknown_student', '123456'],
      ]);
      expect(problemInBokmaal(result.problems[0]!)).toContain('går ved en annen skole');
    }
  });

  it('refuses a fraværs-id that belongs to another school, the same id twice, and changes nothing', async () => {
    const { ownerId } = await demoSchool(database.db);
    await database.db.execute(sql`insert into schools (owner_id, id, name, kind) values (${ownerId}, '00000000-0000-4000-8000-000000000001', 'Annen skole', 'vgs')`);
    await database.db.execute(sql`
      insert into students (owner_id, id, school_id, given_name, family_name, birth_date)
      values (${ownerId}, '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Per', 'Annen', '2010-01-01')`);
    await database.db.execute(sql`
      insert into absence_records (owner_id, school_id, student_id, date, scope, hours, type, external_id)
      values (${ownerId}, '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '2026-09-14', 'dag', 6, 'sykdom', 'F-1')`);
    const before = await checksums(database.db);
    const result = await runImport(
      database.db,
      'absence',
      'fraværs-id;dato;elevnummer;time;fraværstype\nF-1;2026-09-14;900001;1;sykdom\nF-2;2026-09-14;900001;2;sykdom\nF-2;2026-09-15;900001;2;sykdom\n',
    );
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') {
      expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
        [2, 'fraværs-id', 'external_id_in_use'],
        [4, 'fraværs-id', 'duplicate_row'],
      ]);
    }
    expect(await checksums(database.db)).toEqual(before);
    const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from absence_records where external_id like 'F-%'`);
    expect(count!.n).toBe(1);
  });
});
