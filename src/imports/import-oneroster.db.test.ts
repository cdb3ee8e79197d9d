/**
 * A OneRoster set on the database: the example set imports into the demo school with its
 * classes, people, memberships, teachers and guardians; a second import changes nothing; and a
 * rejected set stores nothing.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
import { openTestDatabase } from '../test/test-database.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { wordedInEveryLanguage } from './check-file-for-test.js';
import { importOneRoster } from './import-oneroster.js';
import { checksums, demoSchool, exampleOneRosterFiles, expectImported, importedState, runImport } from './import-test-helpers.js';
import type { ImportFile } from './import-types.js';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.close();
});

describe('importing a OneRoster set', () => {
  it('maps the example set into the school, and a second import changes nothing', async () => {
    const first = await runImport(database.db, 'oneroster', exampleOneRosterFiles());
    expectImported(first);
    expect(first.schoolYear?.name).toBe('2026–2027');
    expect(first.counts.groups!.inserted).toBe(2);
    expect(first.counts.memberships!.inserted).toBe(4);

    const state = await importedState(database.db);
    expect(state.groups).toContainEqual({ g: 'cl-1stc', name: '1STC', kind: 'basisgruppe', level: 'Vg1', programme: null, subject_code: null, subject_name: null });
    expect(state.groups).toContainEqual(expect.objectContaining({ g: 'cl-1stc-nor', kind: 'undervisningsgruppe', subject_code: 'NOR1260', subject_name: 'Norsk' }));
    expect(state.students).toEqual([
      { external_id: '910001', given_name: 'Astrid', family_name: 'Vik', birth_date: '2010-02-11' },
      { external_id: '910002', given_name: 'Mathias', family_name: 'Berg', birth_date: '2010-08-30' },
    ]);
    expect(state.teaching).toEqual([
      { external_id: 'A9301', name: '1STC', role: 'kontaktlaerer' },
      { external_id: 'A9301', name: '1STC/NOR1260', role: 'faglaerer' },
    ]);
    expect(state.staff.map((s) => (s as { role: string }).role)).toEqual(['faglaerer', 'kontaktlaerer']);
    expect(state.guardians.map((g) => [(g as { student: string }).student, (g as { guardian: string }).guardian])).toEqual([
      ['910001', 'F92001'],
      ['910002', 'F92002'],
      ['910002', 'F92003'],
    ]);

    const before = await checksums(database.db, ['students', 'guardians', 'student_guardians', 'staff', 'staff_roles', 'groups', 'group_memberships', 'group_teachers']);
    const again = await runImport(database.db, 'oneroster', exampleOneRosterFiles());
    expectImported(again);
    expect(Object.values(again.counts).every((c) => c.inserted === 0 && c.updated === 0 && c.removed === 0)).toBe(true);
    expect(await checksums(database.db, Object.keys(before))).toEqual(before);
  });

  it('stores nothing from a set with an error', async () => {
    const before = await checksums(database.db);
    const files = exampleOneRosterFiles().map((f) =>
      f.name === 'enrollments.csv' ? { ...f, data: Buffer.from(`${f.data.toString().trimEnd()}\ne-9,,,cl-1stc,org-varde-vgs,u-missing,student,false,,\n`) } : f,
    );
    const result = await runImport(database.db, 'oneroster', files);
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') expect(result.problems).toEqual([expect.objectContaining({ file: 'enrollments.csv', row: 8, code: 'unknown_reference' })]);
    expect(await checksums(database.db)).toEqual(before);
  });
});

describe('a OneRoster set as others publish it', () => {
  /** Two classes of one course, with one title and each its own classCode (as many exports have them). */
  const twoOfOneCourse = (secondCode: string) => ({
    'classes.csv': (t: string) =>
      `${t.trimEnd()}\ncl-mat-a,,,Matematikk 1T,11,co-mat,1STA-MAT,scheduled,,org-varde-vgs,as-2026-2027,,,\ncl-mat-b,,,Matematikk 1T,11,co-mat,${secondCode},scheduled,,org-varde-vgs,as-2026-2027,,,\n`,
    'courses.csv': (t: string) => `${t.trimEnd()}\nco-mat,,,as-2026-2027,Matematikk 1T,MAT1019,11,org-varde-vgs,,\n`,
    'enrollments.csv': (t: string) => `${t.trimEnd()}\ne-7,,,cl-mat-a,org-varde-vgs,u-s-910001,student,false,,\ne-8,,,cl-mat-b,org-varde-vgs,u-s-910002,student,false,,\n`,
  });

  it('names classes that share a title by title and class code, and refuses two it cannot tell apart at the row of the second', async () => {
    const result = await runImport(database.db, 'oneroster', changed(twoOfOneCourse('1STB-MAT')));
    expectImported(result);
    const groups = await queryRows<{ external_id: string; name: string }>(database.db, sql`select external_id, name from groups where external_id like 'cl-%' order by external_id`);
    expect(groups.map((g) => [g.external_id, g.name])).toEqual([
      ['cl-1stc', '1STC'],
      ['cl-1stc-nor', '1STC/NOR1260'],
      ['cl-mat-a', 'Matematikk 1T (1STA-MAT)'],
      ['cl-mat-b', 'Matematikk 1T (1STB-MAT)'],
    ]);

    const same = await runImport(database.db, 'oneroster', changed(twoOfOneCourse('1STA-MAT')));
    expect(same.status).toBe('rejected');
    if (same.status === 'rejected') {
      expect(wordedInEveryLanguage(same.problems)).toEqual([
        expect.objectContaining({ file: 'classes.csv', row: 5, column: 'title', code: 'duplicate_row', text: 'classNameTwice', params: expect.objectContaining({ first: 4 }) }),
      ]);
    }
  });

  it('leaves out a class marked tobedeleted with its enrollments, and the mode of a file it does not read, with notes', async () => {
    const result = await runImport(
      database.db,
      'oneroster',
      changed({
        'classes.csv': (t) => t.replace('cl-1stc-nor,,,', 'cl-1stc-nor,tobedeleted,,'),
        'manifest.csv': (t) => t.replace('file.lineItems,absent', 'file.lineItems,delta'),
      }),
    );
    expectImported(result);
    expect(result.counts.groups!.inserted).toBe(1);
    expect(result.counts.memberships!.inserted).toBe(2);
    expect(wordedInEveryLanguage(result.notes ?? []).map((n) => [n.code, n.level, n.file, n.row, n.column])).toEqual([
      ['file_not_read', 'info', 'manifest.csv', 13, 'value'],
      ['class_deleted', 'info', 'classes.csv', 3, 'status'],
    ]);
  });

  it('imports a teacher who is a guardian at the school too as both', async () => {
    const result = await runImport(
      database.db,
      'oneroster',
      changed({
        'roles.csv': (t) => `${t.trimEnd()}\nr-7,,,u-t-930001,secondary,parent,org-varde-vgs,,,\n`,
        'users.csv': (t) => t.replace(',910001,,,,u-g-920001,', ',910001,,,,"u-g-920001,u-t-930001",'),
      }),
    );
    expectImported(result);
    const state = await importedState(database.db);
    expect(state.teaching).toContainEqual({ external_id: 'A9301', name: '1STC', role: 'kontaktlaerer' });
    expect(state.guardians.map((g) => [(g as { student: string }).student, (g as { guardian: string }).guardian])).toEqual([
      ['910001', 'A9301'],
      ['910001', 'F92001'],
      ['910002', 'F92002'],
      ['910002', 'F92003'],
    ]);
  });
});

/** The example set, changed file by file. */
function changed(change: Record<string, (text: string) => string>): ImportFile[] {
  return exampleOneRosterFiles().map((f) => (change[f.name] ? { ...f, data: Buffer.from(change[f.name]!(f.data.toString())) } : f));
}

/** The example set as another school's: Varde ungdomsskole, with an organisation number, its classes and students in 9th grade. */
const ungdomsskole = {
  'orgs.csv': (t: string) => t.replace('org-varde-vgs,,,Varde videregående skole,school,,', 'org-varde-vgs,,,Varde ungdomsskole,school,974123460,'),
  'classes.csv': (t: string) => t.replaceAll(',11,co-', ',09,co-'),
  'users.csv': (t: string) => t.replaceAll(',11,,', ',09,,'),
};

/** The set imported for the owner: no school chosen. */
async function importForOwner(files: ImportFile[]) {
  const { ownerId } = await demoSchool(database.db);
  const result = await importOneRoster(database.db, { ownerId, files, actorStaffId: null, via: 'cli', today: TEST_TODAY });
  if (result.status === 'rejected') wordedInEveryLanguage(result.problems);
  else wordedInEveryLanguage(result.notes ?? []);
  return result;
}

describe('a OneRoster set imported for the owner', () => {
  it('finds its school among the owner’s by the org’s name, and imports as into that school', async () => {
    const { schoolId } = await demoSchool(database.db);
    const result = await importForOwner(exampleOneRosterFiles());
    expectImported(result);
    expect(result.schools).toEqual([expect.objectContaining({ id: schoolId, outcome: 'unchanged', kind: 'vgs' })]);
    expect(result.counts.groups!.inserted).toBe(2);
    expect(result.counts.schools).toBeUndefined();
  });

  it('creates a new school of the kind its grades tell, on the owner’s calendar, and finds it again the next time', async () => {
    const result = await importForOwner(changed(ungdomsskole));
    expectImported(result);
    expect(result.schools).toEqual([expect.objectContaining({ name: 'Varde ungdomsskole', kind: 'ungdomsskole', outcome: 'created' })]);
    expect(result.notes!.map((n) => [n.code, n.file, n.row, n.text])).toEqual([
      ['kind_derived', 'orgs.csv', 3, 'kindDerived'],
      ['calendar_copied', 'orgs.csv', 3, 'calendarCopied'],
    ]);
    expect(result.counts.schools).toEqual({ inserted: 1, updated: 0, unchanged: 0, removed: 0 });
    expect(result.counts.schoolYears!.inserted).toBe(1);
    const [school] = await queryRows<{ id: string; kind: string; org_number: string; external_id: string; students: number; groups: string[] }>(
      database.db,
      sql`select s.id, s.kind, s.org_number, s.external_id,
                 (select count(*)::int from students st where st.owner_id = s.owner_id and st.school_id = s.id) as students,
                 (select array_agg(g.name || ':' || g.level order by g.name) from groups g where g.owner_id = s.owner_id and g.school_id = s.id) as groups
          from schools s where s.name = 'Varde ungdomsskole'`,
    );
    expect(school).toMatchObject({ id: result.schools![0]!.id, kind: 'ungdomsskole', org_number: '974123460', external_id: 'org-varde-vgs', students: 2, groups: ['1STC:9', '1STC/NOR1260:9'] });

    const before = await checksums(database.db, ['schools', 'school_years', 'terms', 'calendar_breaks', 'students', 'groups', 'group_memberships']);
    const again = await importForOwner(changed(ungdomsskole));
    expectImported(again);
    expect(again.schools).toEqual([expect.objectContaining({ id: school!.id, outcome: 'unchanged' })]);
    expect(again.notes).toBeUndefined();
    expect(await checksums(database.db, Object.keys(before))).toEqual(before);
  });

  it('takes the kind of a new school from the org’s metadata when it says it', async () => {
    const result = await importForOwner(
      changed({
        ...ungdomsskole,
        'orgs.csv': (t) =>
          ungdomsskole['orgs.csv'](t)
            .replace('parentSourcedId\n', 'parentSourcedId,metadata.skoleslag\n')
            .replace('state,,\n', 'state,,,\n')
            .replace(',org-vardefjell\n', ',org-vardefjell,kombinert\n'),
      }),
    );
    expectImported(result);
    expect(result.schools).toEqual([expect.objectContaining({ kind: 'kombinert', outcome: 'created' })]);
    expect(result.notes!.map((n) => n.code)).toEqual(['calendar_copied']);
  });

  it('refuses a new school whose kind cannot be told, and stores nothing', async () => {
    const before = await checksums(database.db, ['schools', 'school_years', 'students', 'groups', 'audit_log']);
    const result = await importForOwner(
      changed({ ...ungdomsskole, 'classes.csv': (t) => t.replaceAll(',11,co-', ',,co-'), 'users.csv': (t) => t.replaceAll(',11,,', ',,,') }),
    );
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') {
      expect(result.problems).toEqual([expect.objectContaining({ file: 'orgs.csv', row: 3, column: 'metadata.skoleslag', code: 'required', text: 'schoolKindUnknown' })]);
    }
    expect(await checksums(database.db, Object.keys(before))).toEqual(before);
  });

  it('warns, and changes nothing, when the set says the school it finds is of another kind', async () => {
    const { schoolId } = await demoSchool(database.db);
    const result = await runImport(database.db, 'oneroster', changed({ 'classes.csv': (t) => t.replaceAll(',11,co-', ',09,co-'), 'users.csv': (t) => t.replaceAll(',11,,', ',09,,') }));
    expectImported(result);
    expect(result.notes).toEqual([expect.objectContaining({ code: 'kind_differs', level: 'warning', text: 'kindFromGradesDiffers' })]);
    const [school] = await queryRows<{ kind: string }>(database.db, sql`select kind from schools where id = ${schoolId}`);
    expect(school!.kind).toBe('vgs');
  });
});
