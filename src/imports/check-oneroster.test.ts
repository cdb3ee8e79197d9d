import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOneRoster } from './check-oneroster.js';
import { fakeSchoolReferences } from './fake-school-references.js';
import { ProblemList } from './import-problems.js';
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
