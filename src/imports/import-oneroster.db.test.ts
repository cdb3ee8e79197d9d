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

describe('a OneRoster set without birth dates (demographics.csv is optional)', () => {
  const withDemographics = (change: (text: string) => string | undefined): ImportFile[] =>
    exampleOneRosterFiles().flatMap((f) => {
      if (f.name !== 'demographics.csv') return [f];
      const changed = change(f.data.toString());
      return changed === undefined ? [] : [{ ...f, data: Buffer.from(changed) }];
    });
  const birthDates = () => queryRows<{ external_id: string; birth_date: string | null }>(database.db, sql`select external_id, birth_date::text from students where external_id in ('910001', '910002') order by 1`);

  it('imports a new student without one, with a warning at the cell, and keeps one Varde has when a later set lacks it', async () => {
    // Astrid's birthDate is empty; Mathias has no demographics row.
    const first = await runImport(database.db, 'oneroster', withDemographics((t) => t.split('\n').filter((l) => !l.startsWith('u-s-910002')).map((l) => l.replace('2010-02-11', '')).join('\n')));
    expectImported(first);
    expect(first.counts.students).toMatchObject({ inserted: 2 });
    expect(await birthDates()).toEqual([
      { external_id: '910001', birth_date: null },
      { external_id: '910002', birth_date: null },
    ]);
    expect(wordedInEveryLanguage(first.notes ?? []).map((n) => [n.file, n.row, n.column, n.code, n.level])).toEqual([
      ['demographics.csv', 2, 'birthDate', 'birth_date_missing', 'warning'],
      ['users.csv', 3, 'sourcedId', 'birth_date_missing', 'warning'],
    ]);

    // The whole set fills them in; a later set without demographics.csv keeps them, and says nothing of them.
    expectImported(await runImport(database.db, 'oneroster', exampleOneRosterFiles()));
    const later = await runImport(database.db, 'oneroster', withDemographics(() => undefined));
    expectImported(later);
    expect(later.notes).toBeUndefined();
    expect(later.counts.students).toMatchObject({ inserted: 0, updated: 0 });
    expect(await birthDates()).toEqual([
      { external_id: '910001', birth_date: '2010-02-11' },
      { external_id: '910002', birth_date: '2010-08-30' },
    ]);
  });

  it('warns of a student Varde has without a birth date when the set lacks it too', async () => {
    expectImported(await runImport(database.db, 'oneroster', withDemographics(() => undefined)));
    const again = await runImport(database.db, 'oneroster', withDemographics(() => undefined));
    expectImported(again);
    expect(again.notes?.map((n) => [n.file, n.row, n.column, n.code])).toEqual([
      ['users.csv', 2, 'sourcedId', 'birth_date_missing'],
      ['users.csv', 3, 'sourcedId', 'birth_date_missing'],
    ]);
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

/** Replaces a line of a file that starts with `start` by `line`. */
const replaceLine = (start: string, line: string) => (t: string) =>
  t
    .split('\n')
    .map((l) => (l.startsWith(start) ? line : l))
    .join('\n');

describe('the dates and schools of a OneRoster set', () => {
  const membershipEnds = async () =>
    queryRows<{ student: string; class: string; ends_on: string | null }>(
      database.db,
      sql`select s.external_id as student, g.external_id as class, m.ends_on::text as ends_on
          from group_memberships m join students s on s.id = m.student_id join groups g on g.id = m.group_id
          where g.external_id in ('cl-1stc', 'cl-1stc-nor') order by 2, 1`,
    );

  it('ends a membership on the enrollment’s endDate (and not when a later set has none), noting a date outside the class’s term', async () => {
    const result = await runImport(
      database.db,
      'oneroster',
      changed({
        'enrollments.csv': (t) =>
          replaceLine('e-4,', 'e-4,,,cl-1stc-nor,org-varde-vgs,u-s-910001,student,false,2026-08-17,2027-03-01')(
            replaceLine('e-1,', 'e-1,,,cl-1stc,org-varde-vgs,u-s-910001,student,false,2026-08-17,2026-10-01')(t),
          ),
      }),
    );
    expectImported(result);
    expect(wordedInEveryLanguage(result.notes ?? []).map((n) => [n.code, n.level, n.file, n.row, n.column, n.text])).toEqual([
      ['date_outside_term', 'warning', 'enrollments.csv', 5, 'endDate', 'enrollmentOutsideTerm'],
    ]);
    expect(await membershipEnds()).toEqual([
      { student: '910001', class: 'cl-1stc', ends_on: '2026-10-01' },
      { student: '910002', class: 'cl-1stc', ends_on: null },
      { student: '910001', class: 'cl-1stc-nor', ends_on: '2027-03-01' },
      { student: '910002', class: 'cl-1stc-nor', ends_on: null },
    ]);
    expectImported(await runImport(database.db, 'oneroster', exampleOneRosterFiles()));
    expect((await membershipEnds()).map((m) => m.ends_on)).toEqual([null, null, null, null]);
  });

  /** The example set with a second school, Annen skole (974 123 460), with a class, a student and the student's enrollment. */
  const twoSchools = {
    'orgs.csv': (t: string) => `${t.trimEnd()}\norg-annen,,,Annen skole,school,974 123 460,org-vardefjell\n`,
    'classes.csv': (t: string) => `${t.trimEnd()}\ncl-annen,,,1A,11,,1A,homeroom,,org-annen,as-2026-2027,,,\n`,
    'users.csv': (t: string) => `${t.trimEnd()}\nu-s-990001,,,true,,,Ola,Annen,,990001,,,,,11,,,,,,,org-annen,\n`,
    'roles.csv': (t: string) => `${t.trimEnd()}\nr-9,,,u-s-990001,primary,student,org-annen,,,\n`,
    'demographics.csv': (t: string) => `${t.trimEnd()}\nu-s-990001,,,2010-05-05,,,,,,,,,,,,\n`,
    'enrollments.csv': (t: string) => `${t.trimEnd()}\ne-9,,,cl-annen,org-annen,u-s-990001,student,false,,\n`,
  };

  it('imports a set of several schools for the owner into the school chosen by its org, leaving out the rest with a note', async () => {
    const { ownerId, schoolId } = await demoSchool(database.db);
    const forOwner = (org?: string) => importOneRoster(database.db, { ownerId, files: changed(twoSchools), actorStaffId: null, via: 'cli', today: TEST_TODAY, org });
    const unchosen = await forOwner();
    expect(unchosen.status === 'rejected' && unchosen.problems.map((p) => p.code)).toEqual(['ambiguous_school']);

    const annen = await forOwner('974123460');
    expectImported(annen);
    expect(annen.schools).toEqual([expect.objectContaining({ name: 'Annen skole', kind: 'vgs', outcome: 'created' })]);
    expect(wordedInEveryLanguage(annen.notes!).map((n) => n.code)).toEqual(['kind_derived', 'calendar_copied', 'other_schools_left_out']);
    expect(annen.counts.students!.inserted).toBe(1);

    const varde = await forOwner('Varde videregående skole');
    expectImported(varde);
    expect(varde.schools).toEqual([expect.objectContaining({ id: schoolId, outcome: 'unchanged' })]);
    expect(varde.notes!.map((n) => [n.code, n.params])).toEqual([
      ['other_schools_left_out', { school: 'Varde videregående skole', schools: ['Annen skole'], classes: 1, users: 1, enrollments: 1 }],
    ]);
    expect(varde.counts.students!.inserted).toBe(2);

    const none = await forOwner('org-tredje');
    expect(none.status === 'rejected' && none.problems.map((p) => [p.file, p.code, p.text])).toEqual([['orgs.csv', 'school_not_in_file', 'chosenOrgNotInOrgs']]);
  });

  it('imports a set of several schools into a school for the org chosen, and warns when a set names its school otherwise', async () => {
    const { ownerId, schoolId } = await demoSchool(database.db);
    const into = (files: ImportFile[], org?: string) => importOneRoster(database.db, { ownerId, schoolId, files, actorStaffId: null, via: 'cli', today: TEST_TODAY, org });
    const chosen = await into(changed(twoSchools), 'org-varde-vgs');
    expectImported(chosen);
    expect(chosen.notes!.map((n) => n.code)).toEqual(['other_schools_left_out']);
    expect(chosen.counts.groups!.inserted).toBe(2);

    const renamed = await into(changed({ 'orgs.csv': replaceLine('org-varde-vgs,', 'org-varde-vgs,,,Varde vgs,school,,org-vardefjell') }));
    expectImported(renamed);
    expect(wordedInEveryLanguage(renamed.notes!).map((n) => [n.code, n.level, n.row, n.column, n.params])).toEqual([
      ['school_name_differs', 'warning', 3, 'name', { name: 'Varde vgs', school: 'Varde videregående skole' }],
    ]);
    const [school] = await queryRows<{ name: string }>(database.db, sql`select name from schools where id = ${schoolId}`);
    expect(school!.name).toBe('Varde videregående skole');
  });
});
