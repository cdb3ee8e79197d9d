/** The kinds of file the import page offers, and what each accepts (docs/imports). */
import { importKinds, type ImportKind } from '../../../domain/vocabulary';

/** The server's limit per file (MAX_IMPORT_BYTES in the import route). */
export const maxImportBytes = 200 * 1024 * 1024;

/** Only a OneRoster set is several files; every other kind is one CSV or Excel file. */
export function takesSeveralFiles(kind: ImportKind): boolean {
  return kind === 'oneroster';
}

/** What the file chooser offers: OneRoster is CSV only; the others CSV or Excel (.xlsx). */
export function acceptedFiles(kind: ImportKind): string {
  return kind === 'oneroster' ? '.csv' : '.csv,.xlsx';
}

export function isImportKind(value: string | null): value is ImportKind {
  return value !== null && (importKinds as readonly string[]).includes(value);
}
