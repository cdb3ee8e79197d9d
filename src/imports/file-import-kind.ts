/**
 * What each of the school-system formats supplies to the import runner (import-file.ts): its
 * columns and row schema, a plan that valid rows are added to (checking references and
 * duplicates as they come), and the writing of a finished plan inside the import's transaction.
 */
import type { Db } from '../db/database.js';
import type { ArchiveAgreement } from '../data/ot/register-departure.js';
import type { ImportNote, ProblemList } from './import-problems.js';
import type { ImportCounts, ImportKind } from './import-types.js';
import type { SchoolReferences, SchoolYearRef } from './load-school-references.js';
import type { RowContext, RowFormat } from './read-rows.js';

export interface PlanBuilder<K extends string, Row, Plan> {
  /**
   * Checks a row's references and duplicates, and adds it to the plan when the row is complete
   * and sound. In an incomplete row (`context.complete` false) the invalid fields are undefined.
   */
  add(row: Partial<Row>, context: RowContext<K>): void;
  /**
   * The plan, after checks that need the whole file or the database; problems go to `problems`.
   * `present` names the columns the file has: a column the file lacks leaves that field as it
   * is in Varde, while an empty cell in a column the file has empties it.
   */
  finish(db: Db, problems: ProblemList, present: ReadonlySet<K>): Promise<Plan>;
}

/** What a plan needs besides the school's references. */
export interface PlanDependencies {
  /** Hashes a checked national identity number with the server's key (src/lib/server-keys.ts): the plan keeps only the hash. */
  hashNationalId(nationalId: string): string;
}

export interface WriteContext {
  ownerId: string;
  schoolId: string;
  schoolYear: SchoolYearRef | undefined;
  /** Called as rows are written, with the number written so far. */
  progress(rowsWritten: number): void;
  /** The import's day and who imports: a student the file says has left is written out (issue 12) as of them. */
  today?: string;
  actorStaffId?: string | null;
  /** How a written-out student's clarification agreement is archived again (given by the web app; not from the command line). */
  archiveAgreement?: ArchiveAgreement | undefined;
}

export interface FileImportKind<K extends string, Row, Plan> {
  kind: Exclude<ImportKind, 'oneroster'>;
  format: RowFormat<K, Row>;
  /** True when the rows go into a school year (groups, intake data): the school must have one. */
  needsSchoolYear: boolean;
  /** 'school' when rows refer only to this school's students and groups (see loadSchoolReferences). */
  references?: 'owner' | 'school';
  plan(refs: SchoolReferences, dependencies: PlanDependencies): PlanBuilder<K, Row, Plan>;
  /** How many rows the plan will write, for progress. */
  size(plan: Plan): number;
  /** What the import has to tell once it has gone through (a student without a birth date), when the kind has anything. */
  notes?(plan: Plan): ImportNote[];
  write(tx: Db, plan: Plan, context: WriteContext): Promise<ImportCounts>;
}
