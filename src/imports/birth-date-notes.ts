/**
 * A student without a birth date is imported, not refused (issue 17): the warning names the cell
 * where the date should have been, so that the school's system can be put right, and says that
 * the school completes it in Varde meanwhile. A file of a thousand students without one gives a
 * thousand warnings: the first MAX_PROBLEMS_REPORTED are listed, the rest counted in one more.
 */
import { MAX_PROBLEMS_REPORTED } from '../shared/import-limits.js';
import { shown, type ImportNote } from './import-problems.js';

export interface MissingBirthDate {
  /** The file, when the import reads several (OneRoster). */
  file?: string;
  row: number;
  /** The column as the file spells it. */
  column: string;
  name: string;
}

export function birthDateNotes(missing: readonly MissingBirthDate[]): ImportNote[] {
  const notes: ImportNote[] = missing.slice(0, MAX_PROBLEMS_REPORTED).map((m) => ({
    code: 'birth_date_missing',
    level: 'warning',
    ...(m.file === undefined ? {} : { file: m.file }),
    row: m.row,
    column: m.column,
    text: 'birthDateMissing',
    params: { name: shown(m.name) },
  }));
  const more = missing.length - notes.length;
  if (more > 0) notes.push({ code: 'birth_date_missing', level: 'warning', row: null, column: null, text: 'birthDateMissingMore', params: { count: more } });
  return notes;
}
