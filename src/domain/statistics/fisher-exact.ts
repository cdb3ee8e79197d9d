/**
 * Fisher's exact test for a two-by-two table, one-sided each way: do the plans with a measure
 * show improvement more (or less) often than the school's other plans? Exact for small counts,
 * and it treats both groups' rates as what they are — counts from a few plans — where a binomial
 * test against the other plans' rate would take that rate as known
 * (docs/decisions/017-effect-of-measures.md).
 *
 * The table: `a` of the `a + b` in the first group have the property, `c` of the `c + d` in the
 * second. With the margins fixed, `a` is hypergeometric.
 */
import { logChoose } from './binomial.js';

export interface TwoByTwo {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** P(A = x) with the table's margins: x of the a + c with the property fall in the first group. */
function hypergeometric(x: number, table: TwoByTwo): number {
  const group = table.a + table.b;
  const withProperty = table.a + table.c;
  const all = group + table.c + table.d;
  return Math.exp(logChoose(withProperty, x) + logChoose(all - withProperty, group - x) - logChoose(all, group));
}

/** The smallest and largest `a` the margins allow. */
function range(table: TwoByTwo): [number, number] {
  const group = table.a + table.b;
  const withProperty = table.a + table.c;
  const other = table.c + table.d;
  return [Math.max(0, withProperty - other), Math.min(group, withProperty)];
}

/**
 * `greater`: P(A ≥ a), how likely the first group shows the property this often or more if the
 * groups did not differ; `less`: P(A ≤ a).
 */
export function fisherExact(table: TwoByTwo): { greater: number; less: number } {
  for (const n of [table.a, table.b, table.c, table.d]) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count: ${n}`);
  }
  const [low, high] = range(table);
  let greater = 0;
  let less = 0;
  for (let x = low; x <= high; x++) {
    const p = hypergeometric(x, table);
    if (x >= table.a) greater += p;
    if (x <= table.a) less += p;
  }
  return { greater: Math.min(1, greater), less: Math.min(1, less) };
}
