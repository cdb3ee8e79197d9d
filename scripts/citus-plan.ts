/**
 * `npm run scaling:citus-sql`: prints the SQL that would spread Varde's tables over a Citus
 * cluster by owner (src/db/distribution.ts, docs/scaling.md). It touches no database. Exit code 1,
 * and no SQL, when the plan no longer fits the schema (the problems go to stderr).
 */
import { findPlanProblems, renderCitusSql, tablesOf } from '../src/db/distribution.js';
import * as schema from '../src/db/schema.js';

const tables = tablesOf(schema);
const problems = findPlanProblems(tables);
if (problems.length > 0) {
  console.error(`The distribution plan does not fit the schema (src/db/distribution.ts):\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
  process.exit(1);
}
process.stdout.write(renderCitusSql(tables));
