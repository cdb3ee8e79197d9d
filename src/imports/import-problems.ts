/**
 * Everything that can be wrong with an imported file: a stable code for what is wrong (for the
 * web app and for tests), and the wording that tells the person who exported the file how to
 * put it right — a key of the import problem catalogs (src/shared/import-problems, in nb, nn
 * and en) with its parameters, so that the web app shows it in the reader's language and the
 * command line in bokmål. A problem names the row as a spreadsheet shows it (the header is row
 * 1) and the column as the file spells it, so that the user can go straight to the cell.
 */
import nb from '../shared/import-problems/nb.json';
import { problemText, translateFrom, type ProblemParams } from '../shared/import-problems/problem-text.js';

export const problemCodes = [
  // The file as a whole
  'unreadable_file',
  'not_utf8',
  'empty_file',
  'no_rows',
  'unclosed_quote',
  'missing_column',
  'duplicate_column',
  'missing_file',
  'unsupported_version',
  // One cell
  'required',
  'too_long',
  'invalid_date',
  'invalid_integer',
  'invalid_number',
  'out_of_range',
  'invalid_choice',
  'invalid_boolean',
  'invalid_email',
  // One row
  'too_many_fields',
  'inconsistent_row',
  'duplicate_row',
  'conflicting_details',
  // References to what the school already has, or to other rows
  'unknown_student',
  'student_at_other_school',
  'unknown_group',
  'ambiguous_group',
  'unknown_staff',
  'unknown_subject',
  'group_subject_mismatch',
  'unknown_school_year',
  'unknown_reference',
  'school_not_in_file',
  'external_id_in_use',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/** The wordings the catalogs hold; the bokmål one is the reference the others follow. */
export type ProblemText = keyof typeof nb.importProblem.text;

export interface ImportProblem {
  code: ProblemCode;
  /** The file the problem is in, when an import reads several (OneRoster). */
  file?: string;
  /** The row as a spreadsheet numbers it: the header is row 1. Null for the file as a whole. */
  row: number | null;
  /** The column as the file's header spells it; null when the problem is not in one column. */
  column: string | null;
  /** The offending value as it stands in the file, when there is one. */
  value?: string;
  /** What is wrong and how to put it right: the wording's key, and what goes in it. */
  text: ProblemText;
  params?: ProblemParams;
}

/** A value from the file as a wording shows it, shortened when a cell holds a whole paragraph. */
export function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

const bokmaal = translateFrom(nb);

/** The problem in bokmål, as the command line prints it (and tests read it). */
export function problemInBokmaal(problem: Pick<ImportProblem, 'text' | 'params'>): string {
  return problemText(problem, bokmaal);
}

/** Collects the problems of one import, in the order they were found. */
export class ProblemList {
  /** Shared by the lists of every file of one import, so that they make one report. */
  readonly items: ImportProblem[];
  private readonly file: string | undefined;

  constructor(items: ImportProblem[] = [], file?: string) {
    this.items = items;
    this.file = file;
  }

  add(problem: Omit<ImportProblem, 'file'>): void {
    this.items.push(this.file === undefined ? problem : { file: this.file, ...problem });
  }

  /** A list for problems in another file of the same import, labelled with that file's name. */
  forFile(file: string): ProblemList {
    return new ProblemList(this.items, file);
  }

  get count(): number {
    return this.items.length;
  }
}

/** Problems in reading order: by file, then row (the file-level ones first), cells left to right. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  // Array.prototype.sort is stable: problems of one row keep the order they were found in.
  return [...problems].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.row ?? 0) - (b.row ?? 0));
}
