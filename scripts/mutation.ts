/**
 * Mutation testing of the domain (issue 18): `npm run test:mutation`.
 *
 * Runs StrykerJS with stryker.config.mjs (the domain's own unit tests judge each mutant;
 * incremental, so that a re-run after a small change judges only what changed), then reads
 * Stryker's JSON report and prints the score per file and per area, and as its last line one
 * JSON object: `mutation_score` over all of src/domain, and `rules_score` over
 * src/domain/identification without the wording file (explain-flag.ts). Targets: rules_score
 * ≥ 85 and mutation_score ≥ 80; the exit code says whether both are met.
 *
 *   npm run test:mutation                      # all of the domain (incremental)
 *   npm run test:mutation -- --force           # judge every mutant again
 *   npm run test:mutation -- --report-only     # only read the last report
 *   npm run test:mutation -- --mutate 'src/domain/identification/rules/*.ts'
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const reportFile = 'reports/mutation/mutation.json';
const targets = { rules_score: 85, mutation_score: 80 };
const rulesArea = 'src/domain/identification/';
const wordingFile = 'src/domain/identification/explain-flag.ts';

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    mutate: { type: 'string' },
  },
});

if (!values['report-only']) {
  const args = ['stryker', 'run'];
  if (values.force) args.push('--force');
  if (values.mutate) args.push('--mutate', values.mutate);
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

interface MutantResult {
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
}
interface Report {
  files: Record<string, { mutants: MutantResult[] }>;
}

interface Tally {
  detected: number;
  undetected: number;
  ignored: number;
}

const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;

function tally(mutants: MutantResult[]): Tally {
  const t: Tally = { detected: 0, undetected: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') t.detected++;
    else if (m.status === 'Survived' || m.status === 'NoCoverage') t.undetected++;
    else if (m.status === 'Ignored') t.ignored++;
    // Compile and runtime errors are not valid mutants; Stryker leaves them out of the score too.
  }
  return t;
}

const sum = (ts: Tally[]): Tally =>
  ts.reduce((a, b) => ({ detected: a.detected + b.detected, undetected: a.undetected + b.undetected, ignored: a.ignored + b.ignored }), {
    detected: 0,
    undetected: 0,
    ignored: 0,
  });

/** Stryker's own formula: detected ÷ valid mutants, in per cent with two decimals. */
const score = (t: Tally): number =>
  t.detected + t.undetected === 0 ? 100 : Math.round((10_000 * t.detected) / (t.detected + t.undetected)) / 100;

const files = Object.entries(report.files)
  .map(([file, { mutants }]) => [path.relative(process.cwd(), path.resolve(file)), tally(mutants)] as const)
  .sort(([a], [b]) => a.localeCompare(b));

const areaOf = (file: string) => file.split('/').slice(0, 3).join('/').replace(/\.ts$/, '');
const areas = new Map<string, Tally[]>();
for (const [file, t] of files) areas.set(areaOf(file), [...(areas.get(areaOf(file)) ?? []), t]);

const row = (name: string, t: Tally) =>
  `${name.padEnd(62)} ${String(score(t).toFixed(2)).padStart(7)} ${String(t.detected).padStart(6)} ${String(t.undetected).padStart(6)} ${String(t.ignored).padStart(6)}`;
const header = `${'file'.padEnd(62)} ${'score'.padStart(7)} ${'killed'.padStart(6)} ${'alive'.padStart(6)} ${'ignore'.padStart(6)}`;

console.log(`\n${header}`);
for (const [file, t] of files) console.log(row(file, t));
console.log(`\n${header.replace('file', 'area')}`);
for (const [area, ts] of [...areas].sort(([a], [b]) => a.localeCompare(b))) console.log(row(area, sum(ts)));

const all = sum(files.map(([, t]) => t));
const rules = sum(files.filter(([f]) => f.startsWith(rulesArea) && f !== wordingFile).map(([, t]) => t));
const result = {
  mutation_score: score(all),
  rules_score: score(rules),
  targets,
  mutants: { killed: all.detected, survived: all.undetected, ignored: all.ignored },
  rules_mutants: { killed: rules.detected, survived: rules.undetected, ignored: rules.ignored },
  met: score(all) >= targets.mutation_score && score(rules) >= targets.rules_score,
};
console.log(`\n${row('all of src/domain', all)}\n${row('rules (identification without explain-flag.ts)', rules)}\n`);
console.log(JSON.stringify(result));
process.exit(result.met ? 0 : 1);
