/**
 * The Norwegian formats end to end, on PGlite and PostgreSQL: every example file imports into
 * the demo school; a second import changes nothing; a rejected file changes nothing at all;
 * the order of the imports does not change the result; and what each format means when a file
 * differs from what Varde has.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { openTestDatabase } from '../test/test-database.js';
import { problemInBokmaal } from './import-problems.js';
import { checksums, demoSchool, exampleFile, exampleOrder, expectImported, importedState, runImport } from './import-test-helpers.js';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.close();
});

async function importExamples(db = database.db) {
  for (const [kind, name] of exampleOrder) expectImported(await runImport(db, kind, exampleFile(name)));
}

describe('importing the example files', () => {
  it('imports each into the demo school, and a second import of each changes nothing', async () => {
    const first = [];
    for (const [kind, name] of exampleOrder) {
      const result = await runImport(database.db, kind, exampleFile(name));
      expectImported(result);
      first.push(result);
    }
    expect(first.map((r) => [r.kind, r.rows])).toEqual([
      ['groups', 4],
      ['students', 4],
      ['memberships', 3],
      ['guardians', 7],
      ['staff', 3],
      ['absence', 6],
      ['grades', 4],
      ['intake', 4],
    ]);
    // The groups file gave the demo's 1STA, 1STB and 1STA/NOR1260 their ids and added one group.
    expect(first[0]!.counts.groups).toEqual({ inserted: 1, updated: 3, unchanged: 0, removed: 0 });
    expect(first[5]!.counts.absenceRecords).toEqual({ inserted: 6, updated: 0, unchanged: 0, removed: 0 });

    const state = await importedState(database.db);
    expect(state.memberships).toContainEqual({ group_name: '1STA', external_id: '900001', starts_on: null, ends_on: null });
    expect(state.absence).toContainEqual(
      expect.objectContaining({ external_id: 'fravær:2026-09-16:1:900002', type: 'forsentkomming', minutes_late: 12, group_name: '1STA/ENG1007', source: 'import' }),
    );
    expect(state.grades).toContainEqual(expect.objectContaining({ external_id: '900002', value: 'IV', kind: 'midtveis' }));
    expect(state.intake).toContainEqual(expect.objectContaining({ external_id: '900003', grade_average: '2.90', subjects_with_grade1_or_missing: ['Matematikk', 'Naturfag'] }));
    expect(state.guardians).toContainEqual(expect.objectContaining({ student: '900003', relation: 'far', parental_responsibility: false }));
    expect(state.teaching).toEqual([{ external_id: 'A9001', name: '1ST/Lesekurs', role: 'faglaerer' }]);

    const before = await checksums(database.db, ['students', 'guardians', 'student_guardians', 'staff', 'staff_roles', 'groups', 'group_memberships', 'group_teachers', 'absence_records', 'grades', 'intake_data']);
    for (const [kind, name] of exampleOrder) {
      const again = await runImport(database.db, kind, exampleFile(name));
      expectImported(again);
      for (const [entity, counts] of Object.entries(again.counts)) {
        expect({ entity, ...counts }).toEqual({ entity, inserted: 0, updated: 0, unchanged: counts.unchanged, removed: 0 });
      }
    }
    // The Excel example holds the same absence as the CSV example.
    const excel = await runImport(database.db, 'absence', exampleFile('fravær.xlsx'));
    expectImported(excel);
    expect(excel.counts.absenceRecords).toEqual({ inserted: 0, updated: 0, unchanged: 6, removed: 0 });
    expect(await checksums(database.db, Object.keys(before))).toEqual(before);
  });

  it('writes one audit entry per import, "create" when it added something and "update" when not', async () => {
    // The example's students are the demo's: the first import recognises them (an update); a new student is a create.
    await runImport(database.db, 'students', exampleFile('elever.csv'));
    await runImport(database.db, 'students', 'elevnummer;fornavn;etternavn;fødselsdato;klasse\n900009;Ny;Elevesen;01.01.2010;1STA\n');
    const entries = await queryRows<{ action: string; entity_id: string; detail: { counts: Record<string, { inserted: number }>; via: string; files: string[] } }>(
      database.db,
      sql`select action, entity_id, detail from audit_log where entity = 'import' order by id`,
    );
    expect(entries.map((e) => [e.action, e.entity_id, e.detail.via, e.detail.files])).toEqual([
      ['update', 'students', 'cli', ['elever.csv']],
      ['create', 'students', 'cli', ['students.csv']],
    ]);
    expect(entries[1]!.detail.counts.students!.inserted).toBe(1);
  });
});

describe('a file with errors', () => {
  it('is rejected whole, with every problem by row and column, and nothing stored changes', async () => {
    await importExamples();
    const before = await checksums(database.db);
    const result = await runImport(
      database.db,
      'students',
      [
        'elevnummer;fornavn;etternavn;fødselsdato;klasse',
        '900001;Ingrid;Solberg-Endret;14.03.2010;1STB', // fine on its own: would change a name and the class
        '900010;;Nilsen;2010-13-01;1STA', //              no given name, no such month
        '900011;Ola;Nilsen;2010-01-01;1STX', //           no such class
        '900012;Kari;Nilsen;2010-01-01;1STA/NOR1260', //  a teaching group, not a class
        '900011;Ola;Nilsen;2010-01-01;1STA', //           the student number of row 4 again
      ].join('\n'),
    );
    expect(result.status).toBe('rejected');
    if (result.status !== 'rejected') return;
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'fornavn', 'required'],
      [3, 'fødselsdato', 'invalid_date'],
      [4, 'klasse', 'unknown_group'],
      [5, 'klasse', 'inconsistent_row'],
      [6, 'elevnummer', 'duplicate_row'],
    ]);
    expect(result.problems.every((p) => problemInBokmaal(p).length > 0)).toBe(true);
    expect(await checksums(database.db)).toEqual(before);
  });
});

describe('the order of the imports', () => {
  it('does not change the result', async () => {
    await importExamples();
    const other = await openTestDatabase();
    try {
      const order: Array<[Parameters<typeof runImport>[1], string]> = [
        ['groups', 'grupper.csv'],
        ['staff', 'ansatte.csv'],
        ['students', 'elever.csv'],
        ['intake', 'søkerdata.csv'],
        ['grades', 'karakterer.csv'],
        ['absence', 'fravær.csv'],
        ['guardians', 'foresatte.csv'],
        ['memberships', 'gruppemedlemskap.csv'],
      ];
      for (const [kind, name] of order) expectImported(await runImport(other.db, kind, exampleFile(name)));
      expect(await importedState(other.db)).toEqual(await importedState(database.db));
    } finally {
      await other.close();
    }
  });
});

describe('what a file means for what Varde has', () => {
  it('recognises a student without a number by name and birth date, and moves a student to the class the file gives', async () => {
    await runImport(database.db, 'groups', exampleFile('grupper.csv'));
    const [known] = await queryRows<{ id: string; given_name: string; family_name: string; birth_date: string }>(
      database.db,
      sql`select s.id, s.given_name, s.family_name, s.birth_date::text from students s
          join group_memberships m on m.owner_id = s.owner_id and m.student_id = s.id
          join groups g on g.owner_id = m.owner_id and g.id = m.group_id and g.name = '1STA'
          order by s.id limit 1`,
    );
    const row = `700001;${known!.given_name};${known!.family_name};${known!.birth_date}`;
    const first = await runImport(database.db, 'students', `elevnummer;fornavn;etternavn;fødselsdato;klasse\n${row};1STA\n`);
    expectImported(first);
    expect(first.counts.students).toEqual({ inserted: 0, updated: 1, unchanged: 0, removed: 0 });
    const moved = await runImport(database.db, 'students', `elevnummer;fornavn;etternavn;fødselsdato;klasse\n${row};1STB\n`);
    expectImported(moved);
    expect(moved.counts.classMemberships).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 1 });
    const classes = await queryRows<{ name: string }>(
      database.db,
      sql`select g.name from group_memberships m join groups g on g.owner_id = m.owner_id and g.id = m.group_id
          where m.student_id = ${known!.id} and g.kind = 'basisgruppe'`,
    );
    expect(classes).toEqual([{ name: '1STB' }]);
  });

  it('imports a student without a birth date with a warning at the cell, and never wipes a birth date Varde has', async () => {
    await importExamples();
    const header = 'elevnummer;fornavn;etternavn;fødselsdato;klasse';
    const birthDates = () =>
      queryRows<{ external_id: string; birth_date: string | null }>(
        database.db,
        sql`select external_id, birth_date::text from students where external_id in ('900001', '900030') order by external_id`,
      );
    const result = await runImport(database.db, 'students', `${header}
900001;Eline;Johnsen;;1STA
900030;Sara;Utendato;;1STA
`);
    expectImported(result);
    expect(result.counts.students).toEqual({ inserted: 1, updated: 0, unchanged: 1, removed: 0 });
    // Only the new student is warned of: the known one keeps the birth date Varde has.
    expect(result.notes).toEqual([
      { code: 'birth_date_missing', level: 'warning', row: 3, column: 'fødselsdato', text: 'birthDateMissing', params: { name: 'Sara Utendato' } },
    ]);
    expect(problemInBokmaal(result.notes![0]!)).toMatch(/^Eleven Sara Utendato har ingen fødselsdato\. Eleven er importert uten, og skolen må fylle den ut i Varde/);
    expect(await birthDates()).toEqual([
      { external_id: '900001', birth_date: '2010-12-24' },
      { external_id: '900030', birth_date: null },
    ]);

    // Still missing in the next file: warned of again, still null; a file that has it fills it in.
    const again = await runImport(database.db, 'students', `${header}
900030;Sara;Utendato;;1STA
`);
    expectImported(again);
    expect(again.notes?.map((n) => [n.row, n.column, n.code])).toEqual([[2, 'fødselsdato', 'birth_date_missing']]);
    const filled = await runImport(database.db, 'students', `${header}
900030;Sara;Utendato;03.04.2010;1STA
`);
    expectImported(filled);
    expect(filled.notes).toBeUndefined();
    expect(filled.counts.students).toMatchObject({ updated: 1 });
    expect((await birthDates())[1]).toEqual({ external_id: '900030', birth_date: '2010-04-03' });

    // A birth date written wrongly is still refused.
    const wrong = await runImport(database.db, 'students', `${header}
900030;Sara;Utendato;31.02.2010;1STA
`);
    expect(wrong.status).toBe('rejected');
    if (wrong.status === 'rejected') expect(wrong.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'fødselsdato', 'invalid_date']]);
  });

  it("writes out a student the file gives an end date and a reason code, once, and the youth enters OT's list", async () => {
    await importExamples();
    const header = 'elevnummer;fornavn;etternavn;fødselsdato;klasse;sluttdato;sluttårsak';
    const first = await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;15.11.2026;SL\n900020;Nora;Nyland;01.02.2009;;2026-10-01;fr\n900002;Hedda;Bakken;21.12.2010;1STA;;\n`);
    expectImported(first);
    expect(first.counts.departures).toEqual({ inserted: 2, updated: 0, unchanged: 0, removed: 0 });
    const register = () =>
      queryRows<{ external_id: string; left_on: string; leave_reason: string; youth_left_on: string; youth_reason: string; from_own_school: boolean }>(
        database.db,
        sql`select s.external_id, s.left_on::text, s.leave_reason, y.left_on::text as youth_left_on, y.leave_reason as youth_reason, y.origin_school_id = s.school_id as from_own_school
            from ot_youth y join students s on s.owner_id = y.owner_id and s.id = y.student_id order by s.external_id`,
      );
    expect(await register()).toEqual([
      { external_id: '900001', left_on: '2026-11-15', leave_reason: 'SL', youth_left_on: '2026-11-15', youth_reason: 'SL', from_own_school: true },
      { external_id: '900020', left_on: '2026-10-01', leave_reason: 'FR', youth_left_on: '2026-10-01', youth_reason: 'FR', from_own_school: true },
    ]);

    // A later file does not write the student out again, nor change the day.
    const again = await runImport(database.db, 'students', `${header}\n900001;Eline;Johnsen;24.12.2010;1STA;20.11.2026;PS\n`);
    expectImported(again);
    expect(again.counts.departures).toEqual({ inserted: 0, updated: 0, unchanged: 1, removed: 0 });
    expect((await register())[0]).toMatchObject({ left_on: '2026-11-15', leave_reason: 'SL' });

    // The English header names the school systems use are read too.
    const english = await runImport(database.db, 'students', 'elevnummer;fornavn;etternavn;fødselsdato;end_date;leave_reason\n900003;Mathilde;Pettersen;11.10.2010;2026-11-20;AF\n');
    expectImported(english);
    expect(english.counts.departures).toMatchObject({ inserted: 1 });
    expect((await register()).map((r) => r.external_id)).toEqual(['900001', '900003', '900020']);
  });

  it('refuses an end date without a reason, a reason without an end date, and a reason not in the list, by row and column', async () => {
    await importExamples();
    const before = await checksums(database.db, ['students', 'ot_youth']);
    const result = await runImport(
      database.db,
      'students',
      [
        'elevnummer;fornavn;etternavn;fødselsdato;klasse;sluttdato;sluttårsak',
        '900030;Ada;Berg;01.01.2009;;2026-11-01;', //   an end date, no reason
        '900031;Cato;Dahl;01.01.2009;;;PS', //           a reason, no end date
        '900032;Eli;Fjeld;01.01.2009;;2026-11-01;XX', // no such reason code
      ].join('\n'),
    );
    expect(result.status).toBe('rejected');
    if (result.status !== 'rejected') return;
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'sluttdato', 'inconsistent_row'],
      [3, 'sluttårsak', 'inconsistent_row'],
      [4, 'sluttårsak', 'invalid_choice'],
    ]);
    expect(problemInBokmaal(result.problems[0]!)).toContain('«FR», «SL», «PS», «IM» eller «AF»');
    expect(problemInBokmaal(result.problems[2]!)).toContain('«XX»');
    expect(await checksums(database.db, Object.keys(before))).toEqual(before);
  });

  it('gives a listed student exactly the guardians, and a listed person exactly the roles and groups, of the file', async () => {
    await importExamples();
    const guardians = await runImport(
      database.db,
      'guardians',
      'elevnummer;foresatt-id;fornavn;etternavn;relasjon;foreldreansvar\n900001;F90001;Ingvild;Strand;mor;nei\n',
    );
    expectImported(guardians);
    expect(guardians.counts.studentGuardians).toEqual({ inserted: 0, updated: 1, unchanged: 0, removed: 1 });
    // A column the file lacks (telefon, e-post, bor med eleven) leaves what Varde has.
    expect((await importedState(database.db)).guardians).toContainEqual(
      expect.objectContaining({ student: '900001', guardian: 'F90001', phone: '955 08 940', parental_responsibility: false, lives_with_student: true }),
    );

    const staff = await runImport(database.db, 'staff', 'ansattnummer;fornavn;etternavn;rolle;gruppe\nA9001;Nina;Lund;kontaktlærer;1STB\n');
    expectImported(staff);
    expect(staff.counts.staffRoles).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 1 });
    expect(staff.counts.groupTeachers).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 1 });
    expect((await importedState(database.db)).teaching).toEqual([{ external_id: 'A9001', name: '1STB', role: 'kontaktlaerer' }]);
  });

  it('matches a grade entered in Varde on student, subject, kind and date, instead of adding a second', async () => {
    await importExamples();
    const school = await demoSchool(database.db);
    await database.db.execute(sql`
      update grades set value = '3' from students s
      where grades.owner_id = ${school.ownerId} and s.owner_id = grades.owner_id and s.id = grades.student_id and s.external_id = '900001'
        and grades.kind = 'midtveis' and grades.given_on = '2026-11-01' and grades.subject_code = 'NOR1260'`);
    const result = await runImport(database.db, 'grades', exampleFile('karakterer.csv'));
    expectImported(result);
    expect(result.counts.grades).toEqual({ inserted: 0, updated: 1, unchanged: 3, removed: 0 });
    // The example's students are the demo's, with the demo's own grades too: the file's one (Norsk, that day) is compared.
    const ofTheDay = (g: unknown) => {
      const grade = g as { external_id: string; given_on: string; subject_code: string };
      return grade.external_id === '900001' && grade.given_on === '2026-11-01' && grade.subject_code === 'NOR1260';
    };
    expect((await importedState(database.db)).grades.filter(ofTheDay)).toEqual([
      expect.objectContaining({ value: '4' }),
    ]);
  });
});
