/**
 * Runs the reading and checking of an import on a file against the fake school of
 * fake-school-references.ts, without a database: for the unit tests of the formats.
 */
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import type { Db } from '../db/database.js';
import { serverKeys } from '../lib/server-keys.js';
import en from '../shared/import-problems/en.json';
import nb from '../shared/import-problems/nb.json';
import nn from '../shared/import-problems/nn.json';
import { problemText, translateFrom } from '../shared/import-problems/problem-text.js';
import { fakeSchoolReferences } from './fake-school-references.js';
import type { FileImportKind } from './file-import-kind.js';
import { ProblemList, type ImportProblem } from './import-problems.js';
import type { ImportFile } from './import-types.js';
import type { SchoolReferences } from './load-school-references.js';
import { readRows } from './read-rows.js';

/** The key of the tests' app (src/server/app.ts), so that a test can find a hash this check made. */
const testKeys = serverKeys(DEVELOPMENT_SECRET_KEY);

/** Stands in for the database where a check must not need one. */
const noDatabase = new Proxy({} as Db, {
  get() {
    throw new Error('This check used the database');
  },
});

export async function checkFile<K extends string, Row, Plan>(
  kind: FileImportKind<K, Row, Plan>,
  file: ImportFile | string,
  refs: SchoolReferences = fakeSchoolReferences(),
): Promise<{ problems: ImportProblem[]; problemCount: number; plan: Plan; rows: number }> {
  const problems = new ProblemList();
  const builder = kind.plan(refs, { hashNationalId: testKeys.hashNationalId });
  const read = await readRows({
    file: typeof file === 'string' ? { name: 'test.csv', data: Buffer.from(file) } : file,
    format: kind.format,
    problems,
    onRow: (row, context) => builder.add(row, context),
  });
  const plan = await builder.finish(noDatabase, problems, new Set(read.columns?.indexOf.keys() ?? []));
  return { problems: wordedInEveryLanguage(problems.reported()), problemCount: problems.count, plan, rows: read.rows };
}

const languages = [nb, nn, en].map(translateFrom);

/**
 * The problems, after each has been worded in bokmål, nynorsk and English: a wording and the
 * parameters it is given that have drifted apart (a missing {{name}}) fail the test that found it.
 */
export function wordedInEveryLanguage<P extends Pick<ImportProblem, 'text' | 'params'>>(problems: P[]): P[] {
  for (const problem of problems) for (const t of languages) problemText(problem, t);
  return problems;
}
