/**
 * The checks of the group, membership and grade files that need no database: the others
 * (students, guardians, staff recognise people already in Varde) are tested in
 * import-file.db.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from './check-file-for-test.js';
import { fakeSchoolReferences } from './fake-school-references.js';
import { gradesImport } from './import-grades.js';
import { groupsImport } from './import-groups.js';
import { intakeImport } from './import-intake.js';
import { membershipsImport } from './import-memberships.js';

describe('the group file', () => {
  it('gives a group of the school year without an id the id of the row with its name', async () => {
    const { problems, plan } = await checkFile(
      groupsImport,
      'gruppe-id;gruppenavn;gruppetype;trinn;fagkode;fagnavn\nG-NOR;1STA/NOR1260;undervisningsgruppe;vg1;NOR1260;\nG-NEW;1STA/LES;faggruppe;Vg1;LES1001;Lesekurs\n',
    );
    expect(problems).toEqual([]);
    expect(plan.groups).toEqual([
      { externalId: 'G-NOR', name: '1STA/NOR1260', kind: 'undervisningsgruppe', level: 'Vg1', programme: null, subjectCode: 'NOR1260', subjectName: 'Norsk', adoptId: 'g-1sta-nor' },
      { externalId: 'G-NEW', name: '1STA/LES', kind: 'undervisningsgruppe', level: 'Vg1', programme: null, subjectCode: 'LES1001', subjectName: 'Lesekurs' },
    ]);
  });

  it('refuses an id of another school, a class with a subject, a new subject without a name and a name taken', async () => {
    const { problems } = await checkFile(
      groupsImport,
      [
        'gruppe-id;gruppenavn;gruppetype;trinn;fagkode;fagnavn',
        'G-OTHER;1STX;klasse;;;', //             2: the id of another school's group
        'G-X;1STY;klasse;Vg1;NOR1260;Norsk', //  3: a class with a subject code
        'G-Y;1STZ;undervisningsgruppe;Vg4;MAT9;', //  4: no such level; a new subject without a name
        'G-Z;1STA;klasse;Vg1;;', //             5: 1STA is G-1STA already
        'G-Y;1STW;klasse;Vg1;;', //             6: the id of row 4 again
      ].join('\n'),
    );
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'gruppe-id', 'external_id_in_use'],
      [3, 'fagkode', 'inconsistent_row'],
      [4, 'trinn', 'invalid_choice'],
      [4, 'fagnavn', 'inconsistent_row'],
      [5, 'gruppenavn', 'conflicting_details'],
      [6, 'gruppe-id', 'duplicate_row'],
    ]);
  });
});

describe('the membership file', () => {
  it('lists each named group once, and refuses unknown groups and students and a membership twice', async () => {
    const { problems, plan } = await checkFile(
      membershipsImport,
      'gruppe;elevnummer;startdato;sluttdato\n1STA/NOR1260;1001;2026-08-17;\nG-1STA-ENG;1002;;\n1STA/NOR1260;1002;;2026-12-20\n1STX;1001;;\n1STA/NOR1260;9999;;\nG-1STA-ENG;1002;;\n1STA/NOR1260;1001;2026-10-01;2026-09-01\n',
    );
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, 'gruppe', 'unknown_group'],
      [6, 'elevnummer', 'unknown_student'],
      [7, 'elevnummer', 'duplicate_row'],
      [8, 'sluttdato', 'inconsistent_row'],
      [8, 'elevnummer', 'duplicate_row'],
    ]);
    expect(plan.groupIds).toEqual(['g-1sta-nor', 'g-1sta-eng']);
  });
});

describe('the grade file', () => {
  it('reads 1–6 and IV for midterm, half-year and final grades, taking the subject name from the school', async () => {
    const { problems, plan } = await checkFile(
      gradesImport,
      'elevnummer;fagkode;gruppe;vurdering;karakter;dato\n1001;NOR1260;1STA/NOR1260;midtveisvurdering;iv;01.11.2026\n1002;ENG1007;;Halvår;5;2027-01-15\n',
    );
    expect(problems).toEqual([]);
    expect(plan.grades).toEqual([
      { studentId: 's-1001', subjectCode: 'NOR1260', subjectName: 'Norsk', groupId: 'g-1sta-nor', kind: 'midtveis', value: 'IV', givenOn: '2026-11-01' },
      { studentId: 's-1002', subjectCode: 'ENG1007', subjectName: 'Engelsk', groupId: null, kind: 'halvaar', value: '5', givenOn: '2027-01-15' },
    ]);
  });

  it('refuses an unknown subject, a group of another subject, a grade out of the scale and a grade twice', async () => {
    const { problems } = await checkFile(
      gradesImport,
      'elevnummer;fagkode;gruppe;vurdering;karakter;dato\n1001;MAT9999;;midtveis;3;2026-11-01\n1001;NOR1260;1STA/ENG1007;midtveis;3;2026-11-01\n1002;NOR1260;;standpunkt;7;2027-06-10\n1001;NOR1260;;midtveis;4;2026-11-01\n',
    );
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'fagkode', 'unknown_subject'],
      [3, 'gruppe', 'group_subject_mismatch'],
      [4, 'karakter', 'invalid_choice'],
      [5, 'karakter', 'duplicate_row'],
    ]);
  });
});

describe('the grade file at a grunnskole', () => {
  const file = 'elevnummer;fagkode;gruppe;vurdering;karakter;dato\n1001;NOR1260;;midtveis;4;2026-11-01\n1002;ENG1007;;halvår;5;2027-01-15\n1002;NOR1260;;standpunkt;5;2027-06-10\n';

  it('refuses midterm grades in an ungdomsskole, at the kind, and takes half-year and final grades', async () => {
    const { problems } = await checkFile(gradesImport, file, { ...fakeSchoolReferences(), schoolName: 'Varde ungdomsskule', schoolKind: 'ungdomsskole' });
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'vurdering', 'grade_not_given']]);
    expect(problems[0]!.params).toEqual({ school: 'Varde ungdomsskule', grade: 'midtveis' });
  });

  it('refuses every grade in a barneskole, and every kind in videregående is taken', async () => {
    const barneskole = await checkFile(gradesImport, file, { ...fakeSchoolReferences(), schoolKind: 'barneskole' });
    expect(barneskole.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'grade_not_given'],
      [3, 'grade_not_given'],
      [4, 'grade_not_given'],
    ]);
    expect((await checkFile(gradesImport, file)).problems).toEqual([]);
  });
});

describe('the intake file', () => {
  it('reads averages with a decimal comma, the choice, the weak subjects and the absence percent', async () => {
    const { problems, plan } = await checkFile(
      intakeImport,
      'elevnummer;karaktersnitt;inntatt på ønske;fag med 1 eller uten karakter;melding om spesialundervisning;fravær ungdomsskolen\n1001;2,456;2;"Matematikk, Naturfag";ja;7,5 %\n1002;;;;;\n',
    );
    expect(problems).toEqual([]);
    expect(plan.rows).toEqual([
      { studentId: 's-1001', gradeAverage: 2.46, admittedChoice: 2, weakSubjects: ['Matematikk', 'Naturfag'], specialEducation: true, absencePercent: 7.5, receivedOn: null },
      { studentId: 's-1002', gradeAverage: null, admittedChoice: null, weakSubjects: [], specialEducation: false, absencePercent: null, receivedOn: null },
    ]);
  });
});
