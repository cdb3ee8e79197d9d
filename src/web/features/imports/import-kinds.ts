/** The kinds of file the import page offers, and what each accepts (docs/imports). */
import type { ImportKind, OwnerImportKind } from '../../../domain/vocabulary';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import-limits';

/** The server's limit per upload (docs/imports/README.md, "Limits"). */
export const maxImportBytes = MAX_IMPORT_FILE_BYTES;

/** Only a OneRoster set is several files; every other kind (the schools file too) is one CSV or Excel file. */
export function takesSeveralFiles(kind: ImportKind | OwnerImportKind): boolean {
  return kind === 'oneroster';
}

/** What the file chooser offers: OneRoster is CSV only; the others CSV or Excel (.xlsx). */
export function acceptedFiles(kind: ImportKind | OwnerImportKind): string {
  return kind === 'oneroster' ? '.csv' : '.csv,.xlsx';
}
