/** Reading a file's rows: what a cell too long becomes, in CSV and in Excel. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, MAX_PROBLEMS_REPORTED } from '../shared/import-limits.js';
import { checkFile } from './check-file-for-test.js';
import { absenceImport } from './import-absence.js';

const header = 'dato;elevnummer;omfang;time;gruppe;timer;fraværstype;årsak;kommentar';
const valid = '2026-09-14;1001;time;2;1STA/NOR1260;1;udokumentert;;';

describe('a cell longer than the limit', () => {
  it('is one problem at its row and column, never echoed, and the rest of the row is still checked', async () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const { problems, plan, rows } = await checkFile(
      absenceImport,
      [
        header,
        valid,
        `2026-09-15;1001;dag;;;6;sykdom;${long};`, //        3: a cause too long
        `2026-13-40;1001;dag;;;6;sykdom;;${long}`, //        4: a date that is none, a comment (a column Varde ignores) too long
      ].join('\n'),
    );
    expect(rows).toBe(3);
    expect(problems.map((p) => [p.row, p.column, p.code, p.params?.length ?? null])).toEqual([
      [3, 'årsak', 'too_long', MAX_CELL_CHARS + 1],
      [4, 'kommentar', 'too_long', MAX_CELL_CHARS + 1],
      [4, 'dato', 'invalid_date', null],
    ]);
    expect(problems.every((p) => p.value === undefined || p.value.length <= 200)).toBe(true);
    expect(JSON.stringify(problems).length).toBeLessThan(5000);
    // A row with a cell too long is not written, even when its other cells are valid.
    expect(plan.count).toBe(1);
  });

  it('in an Excel file is found before the workbook is read, by row and by the header’s name', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Fravær');
    sheet.addRow(header.split(';'));
    sheet.addRow(valid.split(';'));
    sheet.addRow(['2026-09-15', '1001', 'dag', '', '', 6, 'sykdom', 'x'.repeat(5 * MAX_CELL_CHARS), '']);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const { problems, plan } = await checkFile(absenceImport, { name: 'fravær.xlsx', data });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'too_long', row: 3, column: 'årsak', params: { length: 5 * MAX_CELL_CHARS, max: MAX_CELL_CHARS } }),
    ]);
    expect(plan.count).toBe(0);
  });
});

describe('a file with a problem in every row', () => {
  it('reports the first problems and counts every one, also past the names it remembers', async () => {
    // More different unknown student numbers than the absence import looks up once and remembers.
    const rows = Array.from({ length: 25_000 }, (_, i) => `2026-09-14;X${i};time;2;;1;udokumentert;;`);
    const { problems, problemCount, plan } = await checkFile(absenceImport, [header, ...rows, valid].join('\n'));
    expect(problemCount).toBe(25_000);
    expect(problems).toHaveLength(MAX_PROBLEMS_REPORTED);
    expect(problems.map((p) => [p.row, p.code])).toEqual(Array.from({ length: MAX_PROBLEMS_REPORTED }, (_, i) => [i + 2, 'unknown_student']));
    expect(plan.count).toBe(1);
  }, 60_000);
});

describe('bad rows', () => {
  it('leave the stack trace limit as they found it, also when a row fails to parse', async () => {
    const before = Error.stackTraceLimit;
    const { problemCount } = await checkFile(absenceImport, [header, 'x;B1;y;;;;;;'].join('\n'));
    expect(problemCount).toBeGreaterThan(0);
    expect(Error.stackTraceLimit).toBe(before);
  });
});
