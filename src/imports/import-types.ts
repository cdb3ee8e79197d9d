/**
 * The public shapes of an import: what a caller (the CLI, or the upload route) hands in, and
 * what it gets back. A rejected file is an answer, not an exception: the report of every
 * problem is what the user needs. Exceptions are left for what the user cannot fix (the
 * database is down).
 */
import type { ArchiveAgreement } from '../data/ot/register-departure.js';
import type { ImportKind, OwnerImportKind, SchoolKind } from '../domain/vocabulary.js';
import type { ImportNote, ImportProblem } from './import-problems.js';

/** The files a school's administrative system exports (the vocabulary's list), and those imported for the owner. */
export type { ImportKind, OwnerImportKind };
export type AnyImportKind = ImportKind | OwnerImportKind;

/** One uploaded file: its name as the user chose it, and its bytes. */
export interface ImportFile {
  name: string;
  data: Uint8Array;
}

export interface ImportProgress {
  phase: 'reading' | 'writing';
  /** Rows read and checked so far (the header not counted). */
  rowsRead: number;
  /** Rows written so far, and how many will be, once the writing has started. */
  rowsWritten: number;
  rowsToWrite?: number;
}

export interface ImportOptions {
  ownerId: string;
  schoolId: string;
  /** Who imports: written to the audit log. Null from the command line. */
  actorStaffId: string | null;
  /** How the file came in, for the audit log. */
  via: 'web' | 'cli';
  /** YYYY-MM-DD: picks the school year (the one running, else the next). Defaults to today in Norway. */
  today?: string;
  /** The school year to import into, instead of the one `today` picks. */
  schoolYearId?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** How the clarification agreement of a student the file writes out is archived again (src/server/ot/make-agreement-document.ts). */
  archiveAgreement?: ArchiveAgreement;
  /**
   * Hashes the national identity numbers a students or guardians file brings, with the server's
   * key (`ctx.keys.hashNationalId`; the command line's `serverKeys(config.secretKey)`). Without
   * it, a file with numbers cannot be imported.
   */
  hashNationalId?: (nationalId: string) => string;
}

/** An import for the owner as a whole (ownerImportKinds): no school is chosen, nor a school year. */
export type OwnerImportOptions = Omit<ImportOptions, 'schoolId' | 'schoolYearId'>;

/** What one import did to one kind of row. */
export interface EntityCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export type ImportCounts = Record<string, EntityCounts>;

/** A field of a school that the schools file (or a OneRoster org) sets. */
export type SchoolField = 'name' | 'orgNumber' | 'kind' | 'municipality' | 'externalId';

/** What an import did to one school of the owner: created it, changed some of its fields (each with what it was), or nothing. */
export interface SchoolOutcome {
  /** The row of the file (the schools file), or null (a OneRoster org). */
  row: number | null;
  id: string;
  name: string;
  kind: SchoolKind;
  outcome: 'created' | 'updated' | 'unchanged';
  changes: Array<{ field: SchoolField; from: string | null; to: string | null }>;
}

export interface ImportedResult {
  status: 'imported';
  kind: AnyImportKind;
  files: string[];
  /** Rows read below the header, in all files. */
  rows: number;
  counts: ImportCounts;
  /** Columns (or, for OneRoster, files) that the format does not use. */
  ignored: string[];
  schoolYear: { id: string; name: string } | null;
  durationMs: number;
  /** The schools the import created or changed (the schools file; a OneRoster set that made its school). */
  schools?: SchoolOutcome[];
  /** What the user should know: a kind read from the grades, a kind kept that the file contradicts, a calendar copied. */
  notes?: ImportNote[];
}

export interface RejectedResult {
  status: 'rejected';
  kind: AnyImportKind;
  files: string[];
  rows: number;
  /** The first problems found (MAX_PROBLEMS_REPORTED at most), in reading order. Nothing was stored. */
  problems: ImportProblem[];
  /** How many problems there were in all. */
  problemCount: number;
  durationMs: number;
}

export type ImportResult = ImportedResult | RejectedResult;

export function emptyCounts(): EntityCounts {
  return { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
}
