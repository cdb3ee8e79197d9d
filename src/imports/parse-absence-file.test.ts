import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absenceTypes } from '../domain/vocabulary.js';
import { checkFile } from './check-file-for-test.js';
import { absenceImport } from './import-absence.js';
import { problemInBokmaal } from './import-problems.js';
import { absenceIdOf, absenceRowSchema, parseAbsenceRowFast, type AbsenceColumn, type AbsencePlan } from './parse-absence-file.js';

const header = ['dato', 'elevnummer', 'omfang', 'time', 'gruppe', 'timer', 'fraværstype', 'årsak', 'melding fra hjemmet', 'minutter for sent'];
const rows = [
  ['2026-09-14', '1001', 'time', '2', '1STA/NOR1260', '1', 'udokumentert', '', 'nei', ''],
  ['15.09.2026', '1001', 'dag', '', '', '6', 'sykdom', 'Feber, høy', 'ja', ''],
  ['2026-09-16', '1002', '', '1', 'G-1STA-ENG', '', 'for sent', 'Bussen', 'nei', '12'],
];

/** The plan as readable records. */
function records(plan: AbsencePlan) {
  return Array.from({ length: plan.count }, (_, i) => ({
    id: absenceIdOf(plan, i),
    studentId: plan.studentIds[plan.student.get(i)],
    date: plan.dates.texts[plan.date.get(i)],
    lesson: plan.lesson.get(i),
    groupId: plan.group.get(i) < 0 ? null : plan.groupIds.texts[plan.group.get(i)],
    hours: plan.hours.get(i),
    type: absenceTypes[plan.type.get(i)],
    cause: plan.cause.get(i) < 0 ? null : plan.causes.texts[plan.cause.get(i)],
    notice: plan.notice.get(i) === 1,
    minutesLate: plan.minutesLate.get(i),
  }));
}

const expected = [
  { id: 'fravær:2026-09-14:2:1001', studentId: 's-1001', date: '2026-09-14', lesson: 2, groupId: 'g-1sta-nor', hours: 1, type: 'udokumentert', cause: null, notice: false, minutesLate: -1 },
  { id: 'fravær:2026-09-15:dag:1001', studentId: 's-1001', date: '2026-09-15', lesson: 0, groupId: null, hours: 6, type: 'sykdom', cause: 'Feber, høy', notice: true, minutesLate: -1 },
  { id: 'fravær:2026-09-16:1:1002', studentId: 's-1002', date: '2026-09-16', lesson: 1, groupId: 'g-1sta-eng', hours: 0, type: 'forsentkomming', cause: 'Bussen', notice: false, minutesLate: 12 },
];

function csv(separator: string, bom: boolean): Buffer {
  const quote = (cell: string) => (cell.includes(separator) ? `"${cell}"` : cell);
  const text = [header, ...rows].map((r) => r.map(quote).join(separator)).join('\r\n');
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
}

describe('the absence file', () => {
  it('reads the same records from CSV with semicolons and a BOM, CSV with commas, and Excel', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Fravær');
    sheet.addRow(header);
    sheet.addRow([new Date(Date.UTC(2026, 8, 14)), 1001, 'time', 2, '1STA/NOR1260', 1, 'udokumentert', null, 'nei', null]);
    sheet.addRow([new Date(Date.UTC(2026, 8, 15)), 1001, 'dag', null, null, 6, 'sykdom', 'Feber, høy', 'ja', null]);
    sheet.addRow(['2026-09-16', 1002, null, 1, 'G-1STA-ENG', null, 'for sent', 'Bussen', 'nei', 12]);
    workbook.addWorksheet('Notater').addRow(['ikke en del av eksporten']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());

    for (const file of [
      { name: 'fravær.csv', data: csv(';', true) },
      { name: 'fravær.csv', data: csv(',', false) },
      { name: 'fravær.xlsx', data: xlsx },
    ]) {
      const { problems, plan } = await checkFile(absenceImport, file);
      expect(problems, file.name).toEqual([]);
      expect(records(plan), file.name).toEqual(expected);
    }
  });

  it('reports every problem of the file, each with its row as the spreadsheet shows it and its column', async () => {
    const file = [
      'dato;elevnummer;omfang;time;gruppe;timer;fraværstype;minutter for sent;melding fra hjemmet',
      '31.02.2026;1001;time;2;;1;ferie;;kanskje', //  2: a date that does not exist, an unknown type, not ja/nei
      '2026-09-14;9999;time;2;;1;sykdom;;ja', //       3: no such student
      '2026-09-14;2001;time;2;;1;sykdom;;ja', //       4: a student of another school
      '2026-09-14;1001;dag;3;;6;sykdom;;ja', //        5: a whole day with a lesson number
      '2026-09-14;1001;time;1;1STX;1;sykdom;;ja', //   6: no such group
      '2026-09-14;1002;time;4;;0;forsentkomming;;', // 7: late, without the minutes
      '2026-09-14;1002;time;4;;1;sykdom;;', //         8: the same lesson as row 7
      '2026-09-14;1002;time;5;;1;sykdom;;;x', //       9: a cell too many
    ].join('\n');
    const { problems } = await checkFile(absenceImport, file);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'dato', 'invalid_date'],
      [2, 'fraværstype', 'invalid_choice'],
      [2, 'melding fra hjemmet', 'invalid_boolean'],
      [3, 'elevnummer', 'unknown_student'],
      [4, 'elevnummer', 'student_at_other_school'],
      [5, 'time', 'inconsistent_row'],
      [6, 'gruppe', 'unknown_group'],
      [7, 'minutter for sent', 'inconsistent_row'],
      [8, 'elevnummer', 'duplicate_row'],
      [9, null, 'too_many_fields'],
    ]);
    expect(problems[0]).toEqual({
      code: 'invalid_date',
      row: 2,
      column: 'dato',
      value: '31.02.2026',
      text: 'invalidDate',
      params: { value: '31.02.2026' },
    });
    expect(problemInBokmaal(problems[0]!)).toBe('«31.02.2026» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD (2026-08-17) eller DD.MM.ÅÅÅÅ (17.08.2026).');
    expect(problemInBokmaal(problems.find((p) => p.row === 8)!)).toContain('i rad 7');
  });

  it('reports a missing column once, in the header, and not again in every row', async () => {
    const { problems } = await checkFile(absenceImport, 'dato;elevnummer;time\n2026-09-14;1001;2\n2026-09-15;1001;3\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'missing_column', row: 1, column: 'fraværstype' })]);
  });

  it('refuses a file with a header and no rows', async () => {
    const { problems } = await checkFile(absenceImport, 'dato;elevnummer;fraværstype\n\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'no_rows' })]);
  });
});

describe('the fast reading of an absence row', () => {
  // Cells as exports write them (most of the time), the near misses that only the schema may
  // judge, and anything at all.
  const cell = (plain: string[], doubtful: string[]) =>
    fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 30 }, { arbitrary: fc.constantFrom(...doubtful), weight: 2 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 });
  const cells = fc.record<Record<AbsenceColumn, string>>({
    id: cell(['', 'F-1', 'x'.repeat(100)], ['x'.repeat(101)]),
    date: cell(['2026-09-14', '14.09.2026', '4.9.2026'], ['', '2026-02-30', '2026-09-14T08:00', '2026-9-14', ' 2026-09-14']),
    student: cell(['1001', 'E000123', 'x'.repeat(50)], ['', 'x'.repeat(51)]),
    scope: cell(['', 'time', 'dag', 'Dag', 'TIMEFRAVÆR'], ['uke']),
    lesson: cell(['', '1', '15', '03'], ['16', '0', '+3', '1.0', '-1', '9999999']),
    group: cell(['', '1STA/NOR1260', 'x'.repeat(100)], ['x'.repeat(101)]),
    hours: cell(['', '0', '1', '6', '12', '2.25', '007'], ['12.5', '1,5', '1.', '.5', '+1', '1%']),
    type: cell(['udokumentert', 'ikke møtt', 'For sent', 'SYK'], ['', 'borte']),
    cause: cell(['', 'Feber, høy', 'x'.repeat(500)], ['x'.repeat(501)]),
    notice: cell(['', 'ja', 'Nei', 'X', '1', '0'], ['kanskje']),
    minutesLate: cell(['', '1', '600', '12'], ['601', '0', '+5']),
    registeredBy: cell(['', 'A17', 'x'.repeat(50)], ['x'.repeat(51)]),
  });

  it('gives what the schema gives whenever it gives anything', () => {
    let read = 0;
    fc.assert(
      fc.property(cells, (row) => {
        const fast = parseAbsenceRowFast(row);
        const slow = absenceRowSchema.safeParse(row);
        if (fast !== undefined) {
          read++;
          expect(slow.success && slow.data).toStrictEqual(fast);
        }
      }),
      { numRuns: 5000 },
    );
    // Not vacuous: a fair share of the rows is read without the schema.
    expect(read).toBeGreaterThan(500);
  });

  it('reads the plain rows of an export without the schema', () => {
    expect(
      parseAbsenceRowFast({ id: '', date: '2026-09-14', student: '1001', scope: 'time', lesson: '2', group: '1STA/NOR1260', hours: '1', type: 'udokumentert', cause: '', notice: 'nei', minutesLate: '', registeredBy: '' }),
    ).toStrictEqual({ id: null, date: '2026-09-14', student: '1001', scope: 'time', lesson: 2, group: '1STA/NOR1260', hours: 1, type: 'udokumentert', cause: null, notice: false, minutesLate: null, registeredBy: null });
  });
});
