import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOneRoster, chooseSchoolOrg, orgSchoolKind, type CheckOneRosterOptions } from './check-oneroster.js';
import { wordedInEveryLanguage } from './check-file-for-test.js';
import { fakeSchoolReferences } from './fake-school-references.js';
import { ProblemList, problemInBokmaal, sortProblems } from './import-problems.js';
import type { ImportFile } from './import-types.js';
import { readOneRosterFiles } from './parse-oneroster-files.js';

const exampleFolder = path.resolve(import.meta.dirname, '../../examples/imports/oneroster');

function exampleFiles(change: Record<string, (text: string) => string | undefined> = {}): ImportFile[] {
  return fs.readdirSync(exampleFolder).flatMap((name) => {
    const text = fs.readFileSync(path.join(exampleFolder, name), 'utf8');
    const changed = change[name] ? change[name](text) : text;
    return changed === undefined ? [] : [{ name: `oneroster/${name}`, data: Buffer.from(changed) }];
  });
}

async function check(files: ImportFile[], options: CheckOneRosterOptions = {}) {
  const problems = new ProblemList();
  const set = await readOneRosterFiles(files, problems);
  const checked = checkOneRoster(set, fakeSchoolReferences(), problems, options);
  return { problems: problems.items, checked };
}

describe('a OneRoster 1.2 set', () => {
  it('maps classes to groups, users by role, guardians by agents and enrollments, for the school only', async () => {
    const { problems, checked } = await check(exampleFiles());
    expect(problems).toEqual([]);
    expect(checked!.schoolYear.name).toBe('2026–2027');
    expect(checked!.classes).toEqual([
      { sourcedId: 'cl-1stc', row: 2, name: '1STC', kind: 'basisgruppe', level: 'Vg1', subjectCode: null, subjectName: null },
      { sourcedId: 'cl-1stc-nor', row: 3, name: '1STC/NOR1260', kind: 'undervisningsgruppe', level: 'Vg1', subjectCode: 'NOR1260', subjectName: 'Norsk' },
    ]);
    expect(checked!.students.map((s) => [s.externalId, s.givenName, s.birthDate])).toEqual([
      ['910001', 'Astrid', '2010-02-11'],
      ['910002', 'Mathias', '2010-08-30'],
    ]);
    // A teacher of a homeroom class is its kontaktlærer.
    expect(checked!.staff).toEqual([
      expect.objectContaining({ externalId: 'A9301', roles: [{ role: 'faglaerer', title: null }, { role: 'kontaktlaerer', title: null }] }),
    ]);
    expect(checked!.guardians.map((g) => [g.externalId, g.relation, g.parentalResponsibility])).toEqual([
      ['F92001', 'forelder', true],
      ['F92002', 'forelder', true],
      ['F92003', 'verge', true],
    ]);
    expect(checked!.guardianLinks).toHaveLength(3);
    expect(checked!.enrollments).toHaveLength(6);
  });

  it('reads the 1.1 shape of users.csv, with role and orgSourcedIds and no roles.csv', async () => {
    const users = [
      'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password',
      'u-s-910001,,,true,org-varde-vgs,student,,,Astrid,Vik,,910001,,,,,11,',
      'u-s-910002,,,true,org-varde-vgs,student,,,Mathias,Berg,,910002,,,,,11,',
      'u-t-930001,,,true,org-varde-vgs,teacher,,,Gunn,Foss,,A9301,,,,,,',
    ].join('\n');
    const { problems, checked } = await check(exampleFiles({ 'users.csv': () => users, 'roles.csv': () => undefined }));
    expect(problems).toEqual([]);
    expect(checked!.students).toHaveLength(2);
    expect(checked!.staff).toHaveLength(1);
    expect(checked!.guardians).toEqual([]);
  });

  it('reports, by file, row and column, a delta file and an enrollment in an unknown class', async () => {
    const { problems } = await check(
      exampleFiles({
        'manifest.csv': (t) => t.replace('file.enrollments,bulk', 'file.enrollments,delta'),
        'enrollments.csv': (t) => `${t.trimEnd()}\ne-7,,,cl-missing,org-varde-vgs,u-s-910001,student,false,,\n`,
      }),
    );
    expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['manifest.csv', 11, 'value', 'unsupported_version'],
      ['enrollments.csv', 8, 'classSourcedId', 'unknown_reference'],
    ]);
  });

  it('takes a new student without a birth date, with a warning at the cell where it should be: no demographics row, or an empty birthDate', async () => {
    const { problems, checked } = await check(
      exampleFiles({
        'demographics.csv': (t) =>
          t
            .split('\n')
            .filter((l) => !l.startsWith('u-s-910002'))
            .map((l) => (l.startsWith('u-s-910001') ? l.replace('2010-02-11', '') : l))
            .join('\n'),
      }),
    );
    expect(problems).toEqual([]);
    expect(checked!.students.map((s) => [s.externalId, s.birthDate])).toEqual([
      ['910001', undefined],
      ['910002', undefined],
    ]);
    // The student's enrollments go with the student.
    expect(checked!.enrollments.filter((e) => e.role === 'student')).toHaveLength(4);
    expect(wordedInEveryLanguage(checked!.notes).filter((n) => n.code === 'birth_date_missing')).toEqual([
      { code: 'birth_date_missing', level: 'warning', file: 'demographics.csv', row: 2, column: 'birthDate', text: 'birthDateMissing', params: { name: 'Astrid Vik' } },
      { code: 'birth_date_missing', level: 'warning', file: 'users.csv', row: 3, column: 'sourcedId', text: 'birthDateMissing', params: { name: 'Mathias Berg' } },
    ]);
    expect(problemInBokmaal(checked!.notes.find((n) => n.code === 'birth_date_missing')!)).toMatch(/^Eleven Astrid Vik har ingen fødselsdato\. .*skolen må fylle den ut i Varde/);
  });

  it('still refuses a birth date that is wrongly written', async () => {
    const { problems } = await check(exampleFiles({ 'demographics.csv': (t) => t.replace('2010-02-11', '31.02.2010') }));
    expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([['demographics.csv', 2, 'birthDate', 'invalid_date']]);
  });

  it('reports a problem once, at its root: not again at the enrollments and agents of a user or class whose row was refused', async () => {
    const { problems, checked } = await check(
      exampleFiles({
        // A user row that cannot be read (no givenName), a student whose identifier another has, a class without a title.
        'users.csv': (t) => t.replace('u-s-910002,,,true,mathias.berg,,Mathias,', 'u-s-910002,,,true,mathias.berg,,,').replace(',A9301,', ',910001,'),
        'classes.csv': (t) => t.replace('cl-1stc-nor,,,1STC/NOR1260,', 'cl-1stc-nor,,,,'),
      }),
    );
    expect(wordedInEveryLanguage([...problems]).map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['classes.csv', 3, 'title', 'required'],
      ['users.csv', 3, 'givenName', 'required'],
      ['users.csv', 4, 'identifier', 'duplicate_row'],
    ]);
    expect(checked!.enrollments.map((e) => [e.classSourcedId, e.userSourcedId])).toEqual([['cl-1stc', 'u-s-910001']]);
  });

  it('names classes that share a title by title and class code, and leaves a title no other class has as it is', async () => {
    const classes = [
      'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods',
      'cl-1stc,,,1STC,11,co-kontakt,1STC,homeroom,,org-varde-vgs,as-2026-2027,,,',
      'cl-mat-a,,,Matematikk 1T,11,co-mat,1STA-MAT,scheduled,,org-varde-vgs,as-2026-2027,,,',
      'cl-mat-b,,,Matematikk 1T,11,co-mat,1STB-MAT,scheduled,,org-varde-vgs,as-2026-2027,,,',
      'cl-1stc-nor,,,1STC/NOR1260,11,co-nor1260,1STC-NOR,scheduled,,org-varde-vgs,as-host-2026,,,',
    ].join('\n');
    const { problems, checked } = await check(
      exampleFiles({ 'classes.csv': () => classes, 'courses.csv': (t) => `${t.trimEnd()}\nco-mat,,,as-2026-2027,Matematikk 1T,MAT1019,11,org-varde-vgs,,\n` }),
    );
    expect(problems).toEqual([]);
    expect(checked!.classes.map((c) => [c.sourcedId, c.name])).toEqual([
      ['cl-1stc', '1STC'],
      ['cl-mat-a', 'Matematikk 1T (1STA-MAT)'],
      ['cl-mat-b', 'Matematikk 1T (1STB-MAT)'],
      ['cl-1stc-nor', '1STC/NOR1260'],
    ]);
  });

  it('leaves out a class marked tobedeleted with its enrollments, and notes it, instead of reporting the enrollments', async () => {
    const { problems, checked } = await check(exampleFiles({ 'classes.csv': (t) => t.replace('cl-1stc-nor,,,', 'cl-1stc-nor,tobedeleted,,') }));
    expect(problems).toEqual([]);
    expect(checked!.classes.map((c) => c.sourcedId)).toEqual(['cl-1stc']);
    expect(checked!.enrollments.map((e) => e.classSourcedId)).toEqual(['cl-1stc', 'cl-1stc', 'cl-1stc']);
    expect(wordedInEveryLanguage(checked!.notes)).toEqual([
      { code: 'class_deleted', level: 'info', file: 'classes.csv', row: 3, column: 'status', value: 'tobedeleted', text: 'classDeleted', params: { name: '1STC/NOR1260', count: 3 } },
    ]);
    expect(checked!.skipped).toMatchObject({ 'classes: tobedeleted': 1, 'enrollments: class tobedeleted': 3 });
  });

  it('takes each file’s mode from the manifest: only the files Varde reads must be bulk', async () => {
    // lineItems as delta, results as something else: Varde does not read them, and notes it.
    const noted = await check(exampleFiles({ 'manifest.csv': (t) => t.replace('file.lineItems,absent', 'file.lineItems,delta').replace('file.results,absent', 'file.results,partial') }));
    expect(noted.problems).toEqual([]);
    expect(wordedInEveryLanguage(noted.checked!.notes).map((n) => [n.code, n.level, n.file, n.row, n.column, n.params])).toEqual([
      ['file_not_read', 'info', 'manifest.csv', 13, 'value', { file: 'lineItems', mode: 'delta' }],
      ['file_not_read', 'info', 'manifest.csv', 17, 'value', { file: 'results', mode: 'partial' }],
    ]);
    // A file Varde reads in another mode than bulk, and a file it needs said to be absent, are refused at the manifest's row.
    const refused = await check(
      exampleFiles({
        'manifest.csv': (t) => t.replace('file.roles,bulk', 'file.roles,partial').replace('file.users,bulk', 'file.users,absent'),
        'users.csv': () => undefined,
      }),
    );
    expect(wordedInEveryLanguage(sortProblems(refused.problems)).map((p) => [p.file, p.row, p.column, p.code, p.text])).toEqual([
      ['manifest.csv', 18, 'value', 'invalid_choice', 'invalidChoice'],
      ['manifest.csv', 22, 'value', 'missing_file', 'oneRosterFileAbsent'],
    ]);
    expect(problemInBokmaal(sortProblems(refused.problems)[1]!)).toBe('manifest.csv oppgir file.users som «absent», men Varde trenger users.csv. Eksporter settet på nytt med users.csv (bulk).');
    // A version Varde does not read, at the manifest's row too.
    const old = await check(exampleFiles({ 'manifest.csv': (t) => t.replace('oneroster.version,1.2', 'oneroster.version,1.0') }));
    expect(old.problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([['manifest.csv', 3, 'value', 'unsupported_version']]);
  });

  it('keeps every role of a person with several (roles.csv): a teacher who is a guardian too, and says what it drops of a student’s', async () => {
    const { problems, checked } = await check(
      exampleFiles({
        'roles.csv': (t) => `${t.trimEnd()}\nr-7,,,u-t-930001,secondary,parent,org-varde-vgs,,,\nr-8,,,u-s-910002,secondary,teacher,org-varde-vgs,,,\n`,
        'users.csv': (t) => t.replace(',910001,,,,u-g-920001,', ',910001,,,,"u-g-920001,u-t-930001",'),
      }),
    );
    expect(problems).toEqual([]);
    expect(checked!.staff.map((s) => [s.externalId, s.roles.map((r) => r.role)])).toEqual([['A9301', ['faglaerer', 'kontaktlaerer']]]);
    expect(checked!.guardians.map((g) => [g.externalId, g.relation])).toContainEqual(['A9301', 'forelder']);
    expect(checked!.guardianLinks).toContainEqual({ studentSourcedId: 'u-s-910001', guardianSourcedId: 'u-t-930001' });
    expect(checked!.students.map((s) => s.externalId)).toEqual(['910001', '910002']);
    expect(wordedInEveryLanguage(checked!.notes)).toEqual([
      { code: 'roles_dropped', level: 'warning', file: 'users.csv', row: 3, column: 'sourcedId', value: 'u-s-910002', text: 'studentRolesDropped', params: { name: 'Mathias Berg', roles: ['teacher'] } },
    ]);
    expect(problemInBokmaal(checked!.notes[0]!)).toBe(
      'Mathias Berg er elev ved skolen og har også rollene «teacher» der. En elev er bare elev i Varde, så de andre rollene er utelatt. Hører de til en annen person, gi den personen en egen bruker.',
    );
  });

  it('refuses a set without the school, and one without its required files', async () => {
    const otherSchool = await check(exampleFiles({ 'orgs.csv': (t) => t.replace('Varde videregående skole,school', 'Annen skole,school').replace('org-vardefjell,,,Vardefjell fylkeskommune,state', 'org-x,,,X,school') }));
    expect(otherSchool.problems).toEqual([expect.objectContaining({ file: 'orgs.csv', code: 'school_not_in_file' })]);
    const missing = await check(exampleFiles({ 'manifest.csv': () => undefined, 'users.csv': () => undefined }));
    expect(missing.problems.map((p) => p.code)).toEqual(['missing_file', 'missing_file']);
  });
});

/** The example set with its school's classes and students in other grades (CEDS codes, as «09»). */
const inGrades = (classes: string[], students: string[] = classes) => ({
  'classes.csv': (t: string) => t.replace('1STC,11,', `1STC,"${classes.join(',')}",`).replace('1STC/NOR1260,11,', `1STC/NOR1260,"${classes.join(',')}",`),
  'users.csv': (t: string) => t.replaceAll(',u-g-920001,11,', `,u-g-920001,"${students.join(',')}",`).replaceAll('"u-g-920002,u-g-920003",11,', `"u-g-920002,u-g-920003","${students.join(',')}",`),
});
/** The example set with the kind of school in the school org's metadata. */
const withKind = (kind: string) => ({
  'orgs.csv': (t: string) =>
    t
      .replace('parentSourcedId\n', 'parentSourcedId,metadata.skoleslag\n')
      .replace('state,,\n', 'state,,,\n')
      .replace(',org-vardefjell\n', `,org-vardefjell,${kind}\n`),
});

async function kindOf(change: Record<string, (text: string) => string | undefined>) {
  const problems = new ProblemList();
  const set = await readOneRosterFiles(exampleFiles(change), problems);
  expect(problems.items).toEqual([]);
  return orgSchoolKind(set, set.orgs.find((o) => o.type === 'school')!);
}

describe('the kind of school of a OneRoster org', () => {
  it('is read from the grades of its classes and students when the org does not say it', async () => {
    expect(await kindOf({})).toEqual({ kind: 'vgs', from: 'grades', levels: ['Vg1'] });
    expect(await kindOf(inGrades(['01', '02'], ['07']))).toEqual({ kind: 'barneskole', from: 'grades', levels: ['1', '2', '7'] });
    expect(await kindOf(inGrades(['08'], ['10']))).toEqual({ kind: 'ungdomsskole', from: 'grades', levels: ['8', '10'] });
    expect(await kindOf(inGrades(['05'], ['09']))).toEqual({ kind: 'kombinert', from: 'grades', levels: ['5', '9'] });
    // Grunnskole beside videregående, or no grade at all, tell nothing.
    expect(await kindOf(inGrades(['10'], ['11']))).toEqual({ kind: undefined, from: 'grades', levels: ['10', 'Vg1'] });
    expect(await kindOf(inGrades([], []))).toEqual({ kind: undefined, from: 'grades', levels: [] });
  });

  it('is the org’s metadata when it says it, in any of the spellings of the schools file', async () => {
    expect(await kindOf({ ...inGrades(['08']), ...withKind('Kombinert skole') })).toEqual({ kind: 'kombinert', from: 'metadata' });
    expect(await kindOf(withKind('1-7'))).toEqual({ kind: 'barneskole', from: 'metadata' });
  });

  it('refuses a kind in the metadata that is none, at its row and column', async () => {
    const { problems } = await check(exampleFiles(withKind('grunnskole')));
    expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([['orgs.csv', 3, 'metadata.skoleslag', 'invalid_choice']]);
  });

  it('leaves the school’s kind as it is when the set says another, with a warning', async () => {
    const said = await check(exampleFiles(withKind('ungdomsskole')));
    expect(said.problems).toEqual([]);
    expect(wordedInEveryLanguage(said.checked!.notes)).toEqual([
      expect.objectContaining({ code: 'kind_differs', level: 'warning', file: 'orgs.csv', row: 3, column: 'metadata.skoleslag', text: 'kindInSetDiffers' }),
    ]);
    expect(problemInBokmaal(said.checked!.notes[0]!)).toBe(
      'orgs.csv sier at Varde videregående skole er en ungdomsskole, men i Varde er den en videregående skole. Skoleslaget er ikke endret: har skolen endret seg, importer skolefilen med det nye skoleslaget.',
    );
    const derived = await check(exampleFiles(inGrades(['09'])));
    expect(wordedInEveryLanguage(derived.checked!.notes)).toEqual([
      expect.objectContaining({ code: 'kind_differs', level: 'warning', text: 'kindFromGradesDiffers', params: expect.objectContaining({ levels: ['9'] }) }),
    ]);
    // The same kind as the school's is nothing to say.
    expect((await check(exampleFiles(withKind('vgs')))).checked!.notes).toEqual([]);
    expect((await check(exampleFiles())).checked!.notes).toEqual([]);
  });
});

/** Replaces a line of a file that starts with `start` by `line`. */
const replaceLine = (start: string, line: string) => (t: string) =>
  t
    .split('\n')
    .map((l) => (l.startsWith(start) ? line : l))
    .join('\n');

describe('the dates of a OneRoster enrollment', () => {
  // cl-1stc-nor is in the autumn term (2026-08-17–2026-12-18); cl-1stc here has no term, so the school year (2026-08-17–2027-06-18) holds.
  const dated = {
    'classes.csv': (t: string) => t.replace(',org-varde-vgs,as-2026-2027,', ',org-varde-vgs,,'),
    'enrollments.csv': (t: string) =>
      [
        replaceLine('e-1,', 'e-1,,,cl-1stc,org-varde-vgs,u-s-910001,student,false,2026-08-01,'),
        replaceLine('e-2,', 'e-2,,,cl-1stc,org-varde-vgs,u-s-910002,student,false,2026-08-17,2027-08-01'),
        replaceLine('e-4,', 'e-4,,,cl-1stc-nor,org-varde-vgs,u-s-910001,student,false,2026-08-17,2027-03-01'),
      ].reduce((text, change) => change(text), t),
  };

  it('notes a date outside the class’s term, or the school year for a class without terms, at its row and column, and keeps the enrollment', async () => {
    const { problems, checked } = await check(exampleFiles(dated));
    expect(problems).toEqual([]);
    expect(wordedInEveryLanguage(checked!.notes).map((n) => [n.code, n.level, n.file, n.row, n.column, n.text, n.params!.date])).toEqual([
      ['date_outside_term', 'warning', 'enrollments.csv', 2, 'beginDate', 'enrollmentOutsideYear', '2026-08-01'],
      ['date_outside_term', 'warning', 'enrollments.csv', 3, 'endDate', 'enrollmentOutsideYear', '2027-08-01'],
      ['date_outside_term', 'warning', 'enrollments.csv', 5, 'endDate', 'enrollmentOutsideTerm', '2027-03-01'],
    ]);
    expect(problemInBokmaal(checked!.notes[2]!)).toBe(
      'Datoen 2027-03-01 er utenfor terminen til klassen (Høsten 2026: 2026-08-17–2026-12-18). Innmeldingen er importert med datoen slik den er; sjekk at den er riktig.',
    );
    expect(checked!.enrollments.filter((e) => e.role === 'student').map((e) => [e.beginDate, e.endDate])).toEqual([
      ['2026-08-01', null],
      ['2026-08-17', '2027-08-01'],
      ['2026-08-17', '2027-03-01'],
      ['2026-08-17', null],
    ]);
  });

  it('refuses dates that cannot be, at their row and column: an end before the beginning, a date that is none', async () => {
    const { problems } = await check(
      exampleFiles({
        'enrollments.csv': (t) =>
          replaceLine('e-4,', 'e-4,,,cl-1stc-nor,org-varde-vgs,u-s-910001,student,false,2026-08-17,2026-13-45')(
            replaceLine('e-1,', 'e-1,,,cl-1stc,org-varde-vgs,u-s-910001,student,false,2026-09-01,2026-08-31')(t),
          ),
      }),
    );
    expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['enrollments.csv', 5, 'endDate', 'invalid_date'],
      ['enrollments.csv', 2, 'endDate', 'inconsistent_row'],
    ]);
  });
});

/** The example set with a second school, Annen skole, with a class, a student and the student's enrollment. */
const secondSchool = {
  'orgs.csv': (t: string) => `${t.trimEnd()}\norg-annen,,,Annen skole,school,974 123 460,org-vardefjell\n`,
  'classes.csv': (t: string) => `${t.trimEnd()}\ncl-annen,,,1A,11,,1A,homeroom,,org-annen,as-2026-2027,,,\n`,
  'users.csv': (t: string) => `${t.trimEnd()}\nu-s-990001,,,true,,,Ola,Annen,,990001,,,,,11,,,,,,,org-annen,\n`,
  'roles.csv': (t: string) => `${t.trimEnd()}\nr-9,,,u-s-990001,primary,student,org-annen,,,\n`,
  'demographics.csv': (t: string) => `${t.trimEnd()}\nu-s-990001,,,2010-05-05,,,,,,,,,,,,\n`,
  'enrollments.csv': (t: string) => `${t.trimEnd()}\ne-9,,,cl-annen,org-annen,u-s-990001,student,false,,\n`,
};

describe('a OneRoster set with several schools', () => {
  it('is imported for the school chosen by the org’s sourcedId, organisation number or name, the others left out with one note', async () => {
    for (const org of ['org-annen', '974123460', '974 123 460', 'annen skole']) {
      const { problems, checked } = await check(exampleFiles(secondSchool), { org });
      expect(problems).toEqual([]);
      expect(checked!.classes.map((c) => c.sourcedId)).toEqual(['cl-annen']);
      expect(checked!.students.map((s) => s.externalId)).toEqual(['990001']);
      expect(checked!.enrollments).toHaveLength(1);
      expect(wordedInEveryLanguage(checked!.notes).map((n) => [n.code, n.level, n.text])).toEqual([
        // The chosen org is not the school imported into: a warning names both.
        ['school_name_differs', 'warning', 'schoolNameDiffers'],
        ['other_schools_left_out', 'info', 'otherSchoolsLeftOut'],
      ]);
    }
    const { checked } = await check(exampleFiles(secondSchool), { org: 'org-varde-vgs' });
    expect(checked!.students.map((s) => s.externalId)).toEqual(['910001', '910002']);
    expect(checked!.notes).toEqual([expect.objectContaining({ code: 'other_schools_left_out' })]);
    expect(problemInBokmaal(checked!.notes[0]!)).toBe(
      'Settet har flere skoler; bare Varde videregående skole er importert. Klassene (1), brukerne (1) og innmeldingene (1) til «Annen skole» er utelatt.',
    );
  });

  it('finds the school by its organisation number or name without a choice, and notes the others', async () => {
    const { problems, checked } = await check(exampleFiles(secondSchool));
    expect(problems).toEqual([]);
    expect(checked!.classes.map((c) => c.sourcedId)).toEqual(['cl-1stc', 'cl-1stc-nor']);
    expect(checked!.notes.map((n) => n.code)).toEqual(['other_schools_left_out']);
  });

  it('refuses a choice that is none of the set’s schools, naming them', async () => {
    const { problems, checked } = await check(exampleFiles(secondSchool), { org: 'Tredje skole' });
    expect(checked).toBeUndefined();
    expect(wordedInEveryLanguage([...problems]).map((p) => [p.file, p.row, p.column, p.code, p.text])).toEqual([['orgs.csv', null, 'sourcedId', 'school_not_in_file', 'chosenOrgNotInOrgs']]);
    expect(problems[0]!.params!.schools).toEqual(['Varde videregående skole (org-varde-vgs)', 'Annen skole (org-annen)']);
  });

  it('chooses by sourcedId first, then organisation number, then name', () => {
    const orgs = [
      { sourcedId: '974123460', identifier: null, name: 'A' },
      { sourcedId: 'b', identifier: '974123460', name: 'B' },
      { sourcedId: 'c', identifier: null, name: 'b' },
      { sourcedId: 'd', identifier: null, name: 'Cesar skole' },
    ];
    expect(chooseSchoolOrg(orgs, '974123460')?.name).toBe('A');
    expect(chooseSchoolOrg(orgs, '974 123 460 ')?.name).toBe('B');
    expect(chooseSchoolOrg(orgs, 'b')?.name).toBe('B');
    expect(chooseSchoolOrg(orgs, ' cesar SKOLE ')?.sourcedId).toBe('d');
    expect(chooseSchoolOrg(orgs, 'e')).toBeUndefined();
  });
});

describe('a OneRoster set of one school', () => {
  it('warns when the school’s name in orgs.csv is not the school’s name in Varde, naming both', async () => {
    const renamed = (identifier: string) => ({
      'orgs.csv': replaceLine('org-varde-vgs,', `org-varde-vgs,,,Varde vgs,school,${identifier},org-vardefjell`),
    });
    for (const identifier of ['912345678', '']) {
      const { problems, checked } = await check(exampleFiles(renamed(identifier)));
      expect(problems).toEqual([]);
      expect(wordedInEveryLanguage(checked!.notes).map((n) => [n.code, n.level, n.file, n.row, n.column, n.value])).toEqual([
        ['school_name_differs', 'warning', 'orgs.csv', 3, 'name', 'Varde vgs'],
      ]);
      expect(problemInBokmaal(checked!.notes[0]!)).toBe(
        'Skolen heter Varde vgs i orgs.csv, men Varde videregående skole i Varde. Settet er importert til Varde videregående skole, og navnet er ikke endret. Er det feil skole, importer settet på nytt til riktig skole.',
      );
    }
  });
});
