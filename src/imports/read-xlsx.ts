/**
 * Reads the first sheet of an Excel workbook (.xlsx) with ExcelJS's streaming reader, so that a
 * sheet of a million rows is never held whole, after scan-xlsx.ts has made sure that no cell is
 * too long and that the workbook does not unpack to too much. Every cell becomes the text the user sees, the
 * same text a CSV export would carry, and the same validation then applies to both: dates as
 * YYYY-MM-DD, numbers without Excel's binary noise (3.45, not 3.4500000000000002).
 */
import { Readable } from 'node:stream';
import type { ProblemList } from './import-problems.js';
import { ROWS_PER_BATCH } from './read-csv.js';
import type { LongCell, TableRow } from './read-table.js';
import { scanXlsx } from './scan-xlsx.js';
import { MAX_CELL_CHARS, MAX_XLSX_UNPACKED_BYTES } from '../shared/import-limits.js';

export async function* readXlsx(data: Uint8Array, problems: ProblemList): AsyncGenerator<TableRow[]> {
  // ExcelJS would build every cell whole: a workbook with a cell too long, or that unpacks to too
  // much, is refused from the scan, before it is read.
  const scan = await scanXlsx(data);
  if (scan?.tooLarge) {
    problems.add({ code: 'unreadable_file', row: null, column: null, text: 'excelTooLarge', params: { mb: MAX_XLSX_UNPACKED_BYTES / 1024 / 1024 } });
    return;
  }
  if (scan && scan.longCells.length > 0) {
    for (const cell of scan.longCells) {
      problems.add({ code: 'too_long', row: cell.row, column: cell.column, text: 'tooLong', params: { length: cell.length, max: MAX_CELL_CHARS } });
    }
    return;
  }
  // Loaded at the first workbook, not at start: a third of a second that most starts never need.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number: a date is a number with a date format.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let batch: TableRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        // ExcelJS numbers cells from 1, and leaves index 0 empty.
        const cells: string[] = [];
        let long: LongCell[] | undefined;
        for (let c = 1; c < values.length; c++) {
          const text = cellText(values[c]);
          // The scan has found the long texts; a formula's result is only known here.
          if (text.length > MAX_CELL_CHARS) (long ??= []).push({ index: cells.length, length: text.length });
          cells.push(text.length > MAX_CELL_CHARS ? '' : text);
        }
        batch.push(long ? { row: row.number, cells, long } : { row: row.number, cells });
        if (batch.length === ROWS_PER_BATCH) {
          yield batch;
          batch = [];
        }
      }
      // The first sheet only: an export's other sheets are notes, lists or pivot tables.
      break;
    }
  } catch (error) {
    problems.add({
      code: 'unreadable_file',
      row: null,
      column: null,
      text: 'unreadableExcel',
      params: { detail: error instanceof Error ? error.message : String(error) },
    });
    return;
  }
  if (batch.length > 0) yield batch;
}

/** A cell as text: what the user sees in the cell, without formatting. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

/** Excel keeps dates without a time zone; ExcelJS gives them as that wall-clock time in UTC. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}
