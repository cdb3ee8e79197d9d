/**
 * Reads an uploaded file as a table of text cells, whether it is CSV or Excel: the content
 * decides, not the name, since a file called .csv is sometimes a workbook and the other way
 * round. Old binary Excel files (.xls) are refused with advice rather than misread.
 */
import type { ProblemList } from './import-problems.js';
import type { ImportFile } from './import-types.js';
import { decodeCsv, detectDelimiter, tokenizeCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';

export interface TableRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: string[];
  /** Cells longer than MAX_CELL_CHARS: their place in `cells` (where they are empty) and their length. */
  long?: LongCell[];
}

export interface LongCell {
  index: number;
  length: number;
}

export type FileFormat = 'csv' | 'xlsx' | 'xls';

export function detectFormat(data: Uint8Array): FileFormat {
  // A workbook is a zip archive (PK\3\4); the old binary format is an OLE compound file.
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'xlsx';
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'xls';
  return 'csv';
}

/** The rows of the file in batches, the header first. Problems that stop the reading are reported. */
export async function* readTable(file: ImportFile, problems: ProblemList): AsyncGenerator<TableRow[]> {
  if (file.data.byteLength === 0) {
    problems.add({ code: 'empty_file', row: null, column: null, text: 'emptyFile', params: { file: file.name } });
    return;
  }
  const format = detectFormat(file.data);
  if (format === 'xls') {
    problems.add({
      code: 'unreadable_file',
      row: null,
      column: null,
      text: 'oldExcel',
    });
    return;
  }
  if (format === 'xlsx') {
    yield* readXlsx(file.data, problems);
    return;
  }
  const text = decodeCsv(file.data, problems);
  if (text === undefined) return;
  yield* tokenizeCsv(text, detectDelimiter(text), problems);
}
