/**
 * The schools file without a database: its cells (organisation number, kind), the rows against
 * each other, and the rows against the schools the owner has.
 */
import { describe, expect, it } from 'vitest';
import { wordedInEveryLanguage } from './check-file-for-test.js';
import { ProblemList, problemInBokmaal } from './import-problems.js';
import type { OwnerSchool } from './load-owner-schools.js';
import { planSchools, schoolColumns, schoolFields, schoolKindOf, schoolRowSchema } from './parse-schools-file.js';
import { readRows } from './read-rows.js';

const owned: OwnerSchool[] = [
  { id: 'school-vgs', name: 'Varde videregående skole', kind: 'vgs', orgNumber: '974760673', municipality: 'Vardefjell', externalId: null, hasSchoolYear: true },
  { id: 'school-bs', name: 'Haugen skole', kind: 'barneskole', orgNumber: '970018131', municipality: 'Vardefjell', externalId: 'S-HAUGEN', hasSchoolYear: true },
  { id: 'school-old', name: 'Gamle skole', kind: 'kombinert', orgNumber: null, municipality: null, externalId: null, hasSchoolYear: false },
];

async function check(text: string, schools: OwnerSchool[] = owned) {
  const problems = new ProblemList();
  const builder = planSchools(schools);
  const read = await readRows({
    file: { name: 'skoler.csv', data: Buffer.from(text) },
    format: { columns: schoolColumns, fields: schoolFields, schema: schoolRowSchema },
    problems,
    onRow: (row, context) => builder.add(row, context),
  });
  const plan = await builder.finish(undefined as never, problems, new Set(read.columns?.indexOf.keys() ?? []));
  return { problems: wordedInEveryLanguage(problems.reported()), plan };
}

const header = 'skole-id;skolenavn;organisasjonsnummer;skoleslag;kommune';

describe('the schools file', () => {
  it('reads new and known schools, recognising them by skole-id, organisation number or name', async () => {
    const { problems, plan } = await check(
      [
        header,
        ';Varde videregående skole;974 760 673;videregående;Vardefjell', //    by organisation number (with spaces)
        'S-HAUGEN;Haugen skole;970018131;Kombinert skole;Vardefjell', //     by skole-id, now 1–10
        'S-GAMLE;gamle skole;910000020;1–10;Vardefjell', //                  by name, given its number and id
        'S-NY;Nyby barneskole;910000098;BARNESKOLE;Vardefjell', //           new
        'S-NY2;Nyby ungdomsskole;974760673MVA;8-10;Vardefjell', //             the number of row 2 again
      ].join('\n'),
    );
    // Row 6's number is the vgs's, which row 2 is already.
    expect(problems.map((p) => [p.row, p.column, p.code, p.text])).toEqual([
      [6, 'organisasjonsnummer', 'duplicate_row', 'duplicateOrgNumber'],
      [6, null, 'duplicate_row', 'sameSchoolTwice'],
    ]);
    expect(plan.schools.map((s) => [s.row, s.existing?.id ?? null, s.externalId, s.name, s.orgNumber, s.kind])).toEqual([
      [2, 'school-vgs', null, 'Varde videregående skole', '974760673', 'vgs'],
      [3, 'school-bs', 'S-HAUGEN', 'Haugen skole', '970018131', 'kombinert'],
      [4, 'school-old', 'S-GAMLE', 'gamle skole', '910000020', 'kombinert'],
      [5, null, 'S-NY', 'Nyby barneskole', '910000098', 'barneskole'],
    ]);
  });

  it('accepts the headers in English and nynorsk, and no skole-id column', async () => {
    const english = await check('School name;Organisation number;School kind;Municipality\nNyby skole;910000098;combined;Vardefjell\n');
    expect(english.problems).toEqual([]);
    expect(english.plan.schools).toEqual([expect.objectContaining({ name: 'Nyby skole', kind: 'kombinert', externalId: null })]);
    expect(english.plan.present.has('externalId')).toBe(false);
    const nynorsk = await check('skule-id;skulenamn;orgnr;skuleslag;kommune\nS-1;Nyby skule;910000098;ungdomsskule;Vardefjell\n');
    expect(nynorsk.problems).toEqual([]);
    expect(nynorsk.plan.schools).toEqual([expect.objectContaining({ name: 'Nyby skule', kind: 'ungdomsskole' })]);
  });

  it('refuses every bad cell by row and column, naming the kinds and the form of a number', async () => {
    const { problems, plan } = await check(
      [
        header,
        'S-1;Nyby skole;91000009;barneskole;Vardefjell', //        2: eight digits
        'S-2;Nyby 2;910000099;barneskole;Vardefjell', //           3: check digit wrong
        'S-3;Nyby 3;910000020;grunnskole;Vardefjell', //           4: grunnskole says no trinn
        'S-4;Nyby 4;910000098;folkehøgskole;Vardefjell', //        5: no such kind
        'S-5;;;;', //                                               6: nothing where something must be
      ].join('\n'),
    );
    expect(plan.schools).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code, p.text])).toEqual([
      [2, 'organisasjonsnummer', 'invalid_org_number', 'invalidOrgNumber'],
      [3, 'organisasjonsnummer', 'invalid_org_number', 'orgNumberCheckDigit'],
      [4, 'skoleslag', 'invalid_choice', 'schoolKindNotSaid'],
      [5, 'skoleslag', 'invalid_choice', 'invalidSchoolKind'],
      [6, 'skolenavn', 'required', 'required'],
      [6, 'organisasjonsnummer', 'required', 'required'],
      [6, 'skoleslag', 'required', 'required'],
      [6, 'kommune', 'required', 'required'],
    ]);
    expect(problemInBokmaal(problems[0]!)).toBe('«91000009» er ikke et organisasjonsnummer. Et organisasjonsnummer har ni sifre, som 974760673 (mellomrom går fint).');
    expect(problemInBokmaal(problems[2]!)).toContain('«barneskole» (1.–7. trinn), «ungdomsskole» (8.–10. trinn) eller «kombinert» (1.–10. trinn)');
    expect(problemInBokmaal(problems[3]!)).toBe(
      '«folkehøgskole» er ikke et skoleslag. Bruk «barneskole», «ungdomsskole», «kombinert» eller «videregående» (eller «1–7», «8–10», «1–10» og «vgs»).',
    );
  });

  it('refuses a header without its columns, once', async () => {
    const { problems } = await check('skolenavn;kommune\nNyby skole;Vardefjell\nNyby 2;Vardefjell\n');
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'organisasjonsnummer', 'missing_column'],
      [1, 'skoleslag', 'missing_column'],
    ]);
  });

  it('refuses a school twice, and what belongs to another school of the owner', async () => {
    const { problems } = await check(
      [
        header,
        'S-A;Nyby skole;910000098;barneskole;Vardefjell',
        'S-A;Nyby skole;910000020;barneskole;Vardefjell', //                    3: the id and name of row 2
        'S-B;Haugen skole;910000160;barneskole;Vardefjell', //                  4: Haugen by name, but it has skole-id S-HAUGEN
        'S-HAUGEN;Haugen skole;974760673;barneskole;Vardefjell', //             5: Haugen again, with the vgs's number
        ';Varde videregående skole;910000330;vgs;Vardefjell', //                  6: by name; the number is new, that is fine
        'S-GAMLE;Varde videregående skole;910000470;kombinert;Vardefjell', //   7: the vgs again, by the name of row 6
      ].join('\n'),
    );
    expect(problems.map((p) => [p.row, p.column, p.code, p.text])).toEqual([
      [3, 'skole-id', 'duplicate_row', 'duplicateSchoolId'],
      [3, 'skolenavn', 'duplicate_row', 'duplicateSchoolName'],
      [4, 'skole-id', 'external_id_in_use', 'schoolIdDiffers'],
      [5, 'skolenavn', 'duplicate_row', 'duplicateSchoolName'],
      [5, null, 'duplicate_row', 'sameSchoolTwice'],
      [5, 'organisasjonsnummer', 'conflicting_details', 'orgNumberInUse'],
      [7, 'skolenavn', 'duplicate_row', 'duplicateSchoolName'],
      [7, null, 'duplicate_row', 'sameSchoolTwice'],
    ]);
    expect(problemInBokmaal(problems[2]!)).toBe('Raden gjelder Haugen skole, som har skole-id «S-HAUGEN» i Varde, ikke «S-B». Rett skole-id-en i filen.');
    expect(problemInBokmaal(problems[5]!)).toBe('Organisasjonsnummeret 974760673 hører til Varde videregående skole i Varde, ikke til skolen i denne raden.');
  });

  it('refuses a new name that another school of the owner has', async () => {
    const { problems } = await check(`${header}\nS-HAUGEN;Varde videregående skole;970018131;barneskole;Vardefjell\n`);
    expect(problems.map((p) => [p.row, p.column, p.code, p.text])).toEqual([[2, 'skolenavn', 'conflicting_details', 'schoolNameInUse']]);
  });
});

describe('a kind of school as people write it', () => {
  it('is read in any case, with any dash between trinn, in bokmål, nynorsk and English', () => {
    expect(['Barneskole', 'barneskule', '1-7', '1 – 7', 'Primary school'].map(schoolKindOf)).toEqual(Array(5).fill('barneskole'));
    expect(['UNGDOMSSKOLE', 'ungdomsskule', '8–10', 'lower secondary'].map(schoolKindOf)).toEqual(Array(4).fill('ungdomsskole'));
    expect(['kombinert', 'Kombinert skole', 'kombinert  skule', '1-10', '1—10', 'Barne- og ungdomsskole', 'combined'].map(schoolKindOf)).toEqual(Array(7).fill('kombinert'));
    expect(['vgs', 'VGS', 'Videregående', 'videregående skole', 'vidaregåande skule', 'upper secondary school'].map(schoolKindOf)).toEqual(Array(6).fill('vgs'));
    expect(['grunnskole', 'skole', '1-13', ''].map(schoolKindOf)).toEqual(Array(4).fill(undefined));
  });
});
