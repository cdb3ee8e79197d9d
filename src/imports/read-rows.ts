/**
 * Reads a file of one of the school-system formats row by row: the header is matched to the
 * format's columns, each row is validated with the format's zod schema, and every problem is
 * reported with its row and column. Valid rows are handed on one by one, so that a large file
 * is checked without being held whole; the caller decides what a valid row adds to its plan.
 */
import type { z } from 'zod';
import type { ProblemParams } from '../shared/import-problems/problem-text.js';
import { issueProblem } from './field-schemas.js';
import type { ImportProblem, ProblemCode, ProblemList, ProblemText } from './import-problems.js';
import { MAX_CELL_CHARS } from '../shared/import-limits.js';
import type { ImportFile } from './import-types.js';
import { matchColumns, rowObject, type ColumnMatch, type ColumnSpec } from './match-columns.js';
import { readTable, type LongCell } from './read-table.js';

export interface RowFormat<K extends string, Row> {
  columns: readonly ColumnSpec<K>[];
  /** Each column's schema, for the valid cells of an invalid row. */
  fields: Record<K, z.ZodType<unknown, string>>;
  /** Validates one row's cells, keyed by column ('' for an empty cell or a column not in the file). */
  schema: z.ZodType<Row, Record<K, string>>;
  /**
   * For formats of millions of rows: the row as `schema` parses it when every cell is in a
   * plain, valid form, without zod; undefined sends the row through `schema` (and so every
   * doubtful or invalid row, whose problems `schema` words).
   */
  fast?: (cells: Record<K, string>) => Row | undefined;
}

/**
 * The row being handled, and how to report a problem in it. One object serves every row of a
 * file (a million rows make no million closures); a caller must not keep it past `onRow`.
 */
export class RowContext<K extends string> {
  /** The row as a spreadsheet numbers it. */
  row = 0;
  /**
   * False when some cells of the row are invalid (and reported): those fields are undefined,
   * the others are checked further (references, duplicates) so that every problem of the row
   * is found at once, but the row is not written.
   */
  complete = true;
  /** True while the row is complete and nothing has been reported about it. */
  ok = true;
  cells = {} as Record<K, string>;

  constructor(
    private readonly problems: ProblemList,
    private readonly nameOf: ReadonlyMap<K, string>,
    private readonly shownAs: ReadonlyMap<K, (value: string) => string> = new Map(),
  ) {}

  start(row: number, cells: Record<K, string>, complete: boolean): this {
    this.row = row;
    this.cells = cells;
    this.complete = complete;
    this.ok = complete;
    return this;
  }

  /** The column as the file's header spells it, for a note about a cell (import-problems.ts, ImportNote). */
  columnName(key: K): string {
    return this.nameOf.get(key) ?? key;
  }

  report(code: ProblemCode, key: K | null, text: ProblemText, params?: ProblemParams): void {
    this.ok = false;
    const cell = key === null ? undefined : this.cells[key];
    const value = cell && key !== null ? (this.shownAs.get(key)?.(cell) ?? cell) : cell;
    this.problems.add({ code, row: this.row, column: key === null ? null : (this.nameOf.get(key) ?? key), ...(value ? { value } : {}), text, ...(params ? { params } : {}) });
  }
}

export interface ReadRowsResult<K extends string> {
  /** Rows with content below the header (valid or not). */
  rows: number;
  /** Undefined when the file had no header to match. */
  columns?: ColumnMatch<K>;
}

/** How often the reading reports progress and lets other work (an HTTP server) run: every so many rows, or sooner. */
const PROGRESS_EVERY_ROWS = 8192;
const YIELD_EVERY_MS = 20;

export async function readRows<K extends string, Row>(options: {
  file: ImportFile;
  format: RowFormat<K, Row>;
  problems: ProblemList;
  onRow: (row: Partial<Row>, context: RowContext<K>) => void;
  onProgress?: (rowsRead: number) => void;
  /** A header with no rows under it is a valid file (OneRoster's files for nothing). */
  allowNoRows?: boolean;
}): Promise<ReadRowsResult<K>> {
  const { file, format, problems, onRow } = options;
  let match: ColumnMatch<K> | undefined;
  let context: RowContext<K> | undefined;
  let headerLength = 0;
  let rows = 0;
  let sinceProgress = 0;
  const problemsBefore = problems.count;

  let headerCells: readonly string[] = [];
  let lastYield = performance.now();

  for await (const batch of readTable(file, problems)) {
    for (const { row, cells, long } of batch) {
      if (isBlank(cells) && !long) continue;
      if (!match) {
        // A header cell too long to be a name is reported here, and matches no column.
        if (long) for (const cell of long) problems.add(longCellProblem(row, null, cell));
        match = matchColumns({ row, cells }, format.columns, problems);
        headerLength = cells.length;
        headerCells = cells;
        continue;
      }
      rows++;
      const values = rowObject(cells, match);
      context ??= new RowContext<K>(problems, match.nameOf, new Map(format.columns.flatMap((c) => (c.shownAs ? [[c.key, c.shownAs] as const] : []))));
      let valid = true;
      // A cell too long is reported once, as too long, and the row is not written; its column's
      // other checks would only see the empty cell it has been made.
      let tooLong: Set<K> | undefined;
      if (long) {
        valid = false;
        context.start(row, values, false);
        tooLong = new Set();
        for (const cell of long) {
          const key = keyAt(match, cell.index);
          if (key !== undefined) tooLong.add(key);
          problems.add(longCellProblem(row, headerCells[cell.index]?.trim() || null, cell));
        }
      }
      if (cells.length > headerLength && !isBlank(cells.slice(headerLength))) {
        valid = false;
        context.start(row, values, false);
        context.report('too_many_fields', null, 'tooManyFields', { fields: cells.length, headerFields: headerLength });
      }
      const plain = tooLong ? undefined : format.fast?.(values);
      if (plain !== undefined) {
        onRow(plain, context.start(row, values, valid));
        continue;
      }
      const parsed = parseWithoutStack(format.schema, values);
      if (parsed.success) {
        onRow(parsed.data, context.start(row, values, valid));
      } else {
        context.start(row, values, false);
        const invalid = new Set<K>(tooLong);
        for (const issue of parsed.error.issues) {
          const key = issue.path[0] as K;
          invalid.add(key);
          // A column the header lacks is reported once, there, and not in every row.
          if (match.missing.has(key) || tooLong?.has(key)) continue;
          const problem = issueProblem(issue);
          context.report(problem.code, key, problem.text, problem.params);
        }
        const partial: Record<string, unknown> = {};
        for (const key of match.nameOf.keys()) {
          if (invalid.has(key)) continue;
          const field = format.fields[key].safeParse(values[key]);
          if (field.success) partial[key] = field.data;
        }
        onRow(partial as Partial<Row>, context);
      }
    }
    sinceProgress += batch.length;
    // By the clock rather than by rows: a row with problems takes many times as long as a valid one.
    if (sinceProgress >= PROGRESS_EVERY_ROWS || performance.now() - lastYield >= YIELD_EVERY_MS) {
      sinceProgress = 0;
      options.onProgress?.(rows);
      await yieldToEventLoop();
      lastYield = performance.now();
    }
  }
  if (!match && problems.count === problemsBefore) {
    problems.add({ code: 'empty_file', row: null, column: null, text: 'emptyFile', params: { file: file.name } });
  } else if (match && rows === 0 && problems.count === problemsBefore && !options.allowNoRows) {
    problems.add({ code: 'no_rows', row: null, column: null, text: 'noRows', params: { file: file.name } });
  }
  options.onProgress?.(rows);
  return { rows, ...(match ? { columns: match } : {}) };
}

/**
 * zod reports a failed parse as a ZodError, an Error whose stack trace V8 captures as it is
 * made and nobody here reads. A file of millions of bad rows makes millions of them, and the
 * captured traces outlive the young generation: measured on 2 million bad rows, the server's
 * memory grew by some 380 MB of garbage. The parse is synchronous, so the limit is restored
 * before anything else runs.
 */
function parseWithoutStack<T, In>(schema: z.ZodType<T, In>, values: In): z.ZodSafeParseResult<T> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return schema.safeParse(values);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The column of the format at a place in the file, if any. */
function keyAt<K extends string>(match: ColumnMatch<K>, index: number): K | undefined {
  for (const [key, at] of match.indexOf) if (at === index) return key;
  return undefined;
}

function longCellProblem(row: number, column: string | null, cell: LongCell): Omit<ImportProblem, 'file'> {
  return { code: 'too_long', row, column, text: 'tooLong', params: { length: cell.length, max: MAX_CELL_CHARS } };
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

