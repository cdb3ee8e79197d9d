import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOneRoster, orgSchoolKind } from './check-oneroster.js';
import { wordedInEveryLanguage } from './check-file-for-test.js';
import { fakeSchoolReferences } from './fake-school-references.js';
import { ProblemList, problemInBokmaal } from './import-problems.js';
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

async function check(files: ImportFile[]) {
  const problems = new ProblemList();
  const set = await readOneRosterFiles(files, problems);
  const checked = checkOneRoster(set, fakeSchoolReferences(), problems);
  return { problems: problems.items, checked };
}

describe('a OneRoster 1.2 set', () => {
  it('maps classes to groups, users by role, guardians by agents and enrollments, for the school only', async () => {
    const { problems, checked } = await check(exampleFiles());
    expect(problems).toEqual([]);
    expect(checked!.schoolYear.name).toBe('2026–2027');
    expect(checked!.classes).toEqual([
      { sourcedId: 'cl-1stc', name: '1STC', kind: 'basisgruppe', level: 'Vg1', subjectCode: null, subjectName: null },
      { sourcedId: 'cl-1stc-nor', name: '1STC/NOR1260', kind: 'undervisningsgruppe', level: 'Vg1', subjectCode: 'NOR1260', subjectName: 'Norsk' },
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

  it('reports, by file, row and column, a delta set, a new student without a birth date and an enrollment in an unknown class', async () => {
    const { problems } = await check(
      exampleFiles({
        'manifest.csv': (t) => t.replace('file.enrollments,bulk', 'file.enrollments,delta'),
        'demographics.csv': (t) => t.split('\n').filter((l) => !l.startsWith('u-s-910002')).join('\n'),
        'enrollments.csv': (t) => `${t.trimEnd()}\ne-7,,,cl-missing,org-varde-vgs,u-s-910001,student,false,,\n`,
      }),
    );
    expect(problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['manifest.csv', null, 'value', 'unsupported_version'],
      ['users.csv', 3, 'sourcedId', 'required'],
      // The enrollments of the student left out.
      ['enrollments.csv', 3, 'userSourcedId', 'unknown_reference'],
      ['enrollments.csv', 6, 'userSourcedId', 'unknown_reference'],
      ['enrollments.csv', 8, 'classSourcedId', 'unknown_reference'],
    ]);
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
