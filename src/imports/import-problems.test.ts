import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS_REPORTED, MAX_VALUE_SHOWN } from '../shared/import-limits.js';
import { moreProblemsInBokmaal, ProblemList, sortProblems, type ImportProblem } from './import-problems.js';

const problem = (row: number | null, column = 'dato'): Omit<ImportProblem, 'file'> => ({ code: 'invalid_date', row, column, text: 'invalidDate', params: { value: 'x' } });

describe('the problems of an import', () => {
  it('keeps the first ones in reading order, however they were found, and counts them all', () => {
    const problems = new ProblemList();
    const all: ImportProblem[] = [];
    // Rows in a shuffled order (as the checks after the reading add them), some rows twice, and file-level ones late.
    for (let i = 0; i < 5 * MAX_PROBLEMS_REPORTED; i++) {
      const p = problem((i * 7919) % (3 * MAX_PROBLEMS_REPORTED), i % 2 ? 'dato' : 'elevnummer');
      problems.add(p);
      all.push(p);
    }
    problems.add(problem(null));
    all.push(problem(null));
    expect(problems.count).toBe(5 * MAX_PROBLEMS_REPORTED + 1);
    expect(problems.items.length).toBeLessThan(2 * MAX_PROBLEMS_REPORTED);
    expect(problems.reported()).toEqual(sortProblems(all).slice(0, MAX_PROBLEMS_REPORTED));
  });

  it('keeps the first ones of each file of a set, by file then row', () => {
    const problems = new ProblemList();
    for (let i = 2 * MAX_PROBLEMS_REPORTED; i > 0; i--) problems.forFile('users.csv').add(problem(i));
    for (let i = 1; i <= 10; i++) problems.forFile('classes.csv').add(problem(i));
    const reported = problems.reported();
    expect(problems.count).toBe(2 * MAX_PROBLEMS_REPORTED + 10);
    expect(reported.slice(0, 11).map((p) => [p.file, p.row])).toEqual([...Array.from({ length: 10 }, (_, i) => ['classes.csv', i + 1]), ['users.csv', 1]]);
    expect(reported.at(-1)).toMatchObject({ file: 'users.csv', row: MAX_PROBLEMS_REPORTED - 10 });
  });

  it('never shows a long value or parameter whole', () => {
    const problems = new ProblemList();
    problems.add({ ...problem(2), value: 'x'.repeat(10 * MAX_VALUE_SHOWN), params: { value: 'y'.repeat(MAX_VALUE_SHOWN + 1), first: 3 } });
    const [shown] = problems.reported();
    expect(shown!.value).toHaveLength(MAX_VALUE_SHOWN);
    expect(shown!.value!.endsWith('…')).toBe(true);
    expect(shown!.params).toEqual({ value: `${'y'.repeat(MAX_VALUE_SHOWN - 1)}…`, first: 3 });
  });

  it('says how many more there are, in bokmål for the command line', () => {
    expect(moreProblemsInBokmaal(1_999_000)).toMatch(/^… og 1\s999\s000 problemer til/);
  });
});
