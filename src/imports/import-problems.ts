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
import { MAX_PROBLEMS_REPORTED, MAX_VALUE_SHOWN } from '../shared/import-limits.js';

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
  'invalid_org_number',
  'invalid_national_id',
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
  'grade_not_given',
  'unknown_school_year',
  'unknown_reference',
  'school_not_in_file',
  'ambiguous_school',
  'external_id_in_use',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/**
 * What an import that went through has to tell besides its counts: how it read something the
 * file did not say outright, and what it did not change though the file differs (a warning).
 */
export const noteCodes = [
  // The schools file, and a school a OneRoster set creates
  'calendar_copied',
  'no_calendar',
  'profile_follows_kind',
  // The kind of a OneRoster org
  'kind_derived',
  'kind_differs',
  // A OneRoster set's classes marked tobedeleted, and modes of files Varde does not read
  'class_deleted',
  'file_not_read',
  // A OneRoster user with roles Varde cannot give together: a student's other roles
  'roles_dropped',
  // A OneRoster set: an enrollment's dates outside its class's terms or the school year, an org
  // named otherwise than the school, the other schools of a set imported for one
  'date_outside_term',
  'school_name_differs',
  'other_schools_left_out',
  // A student imported without a birth date (issue 17): the school completes it in Varde
  'birth_date_missing',
] as const;
export type NoteCode = (typeof noteCodes)[number];

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

/** A note of an import (noteCodes): where it is, as a problem says it, and its wording from the same catalogs. */
export interface ImportNote extends Omit<ImportProblem, 'code'> {
  code: NoteCode;
  /** A warning asks the user to look: the file says one thing and Varde kept another. */
  level: 'info' | 'warning';
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

/** «… og N problemer til», after the problems the command line prints. */
export function moreProblemsInBokmaal(count: number): string {
  return bokmaal('importProblem.moreProblems', { count: count.toLocaleString('nb-NO') });
}

/** What the lists of one import share: the problems kept, and how many there were in all. */
interface Collected {
  kept: ImportProblem[];
  count: number;
  /** Once the list has been cut to the limit: the last problem kept, which every later one must come before. */
  last?: ImportProblem;
}

/**
 * Collects the problems of one import. A file with a mistake in every one of two million rows has
 * millions of problems, and nobody reads past the first screens: the list keeps the first
 * MAX_PROBLEMS_REPORTED in reading order (as `sortProblems` orders them, whatever order they were
 * found in) and counts the rest, so that its memory is bounded however bad the file.
 */
export class ProblemList {
  private readonly collected: Collected;
  private readonly file: string | undefined;

  constructor(collected: Collected = { kept: [], count: 0 }, file?: string) {
    this.collected = collected;
    this.file = file;
  }

  add(problem: Omit<ImportProblem, 'file'>): void {
    const c = this.collected;
    c.count++;
    const item = clipped(this.file === undefined ? problem : { file: this.file, ...problem });
    // In reading order after the last one kept: it would be cut (most problems come in row order).
    if (c.last && compareProblems(item, c.last) >= 0) return;
    c.kept.push(item);
    if (c.kept.length >= 2 * MAX_PROBLEMS_REPORTED) {
      c.kept = sortProblems(c.kept).slice(0, MAX_PROBLEMS_REPORTED);
      c.last = c.kept.at(-1);
    }
  }

  /** A list for problems in another file of the same import, labelled with that file's name. */
  forFile(file: string): ProblemList {
    return new ProblemList(this.collected, file);
  }

  /** How many problems were found, whether kept or not. */
  get count(): number {
    return this.collected.count;
  }

  /** The problems kept so far, in no particular order: every one that may still be reported. */
  get items(): readonly ImportProblem[] {
    return this.collected.kept;
  }

  /** The problems to report: the first MAX_PROBLEMS_REPORTED in reading order. */
  reported(): ImportProblem[] {
    return sortProblems(this.collected.kept).slice(0, MAX_PROBLEMS_REPORTED);
  }
}

/** A value or parameter shown back is cut short: a cell of a whole paragraph (or worse) is not echoed whole. */
function clipped<P extends Omit<ImportProblem, 'file'>>(problem: P): P {
  const long = (v: unknown) => typeof v === 'string' && v.length > MAX_VALUE_SHOWN;
  const params = problem.params && Object.values(problem.params).some(long) ? problem.params : undefined;
  if (!long(problem.value) && !params) return problem;
  const clip = (v: string) => `${v.slice(0, MAX_VALUE_SHOWN - 1)}…`;
  return {
    ...problem,
    ...(long(problem.value) ? { value: clip(problem.value!) } : {}),
    ...(params ? { params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, long(v) ? clip(v as string) : v])) } : {}),
  };
}

/** Reading order: by file, then row (the file-level ones first). */
function compareProblems(a: ImportProblem, b: ImportProblem): number {
  return (a.file === b.file ? 0 : (a.file ?? '').localeCompare(b.file ?? '')) || (a.row ?? 0) - (b.row ?? 0);
}

/** Problems in reading order: by file, then row (the file-level ones first), cells left to right. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  // Array.prototype.sort is stable: problems of one row keep the order they were found in.
  return [...problems].sort(compareProblems);
}
