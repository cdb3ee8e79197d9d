/**
 * Set-based writes through PostgreSQL arrays: each column of a batch travels as one array
 * parameter and `unnest` turns the arrays back into rows (`insert … select … from
 * unnest($1::uuid[], …)`). A statement then has a dozen parameters however many rows it
 * carries, so batches are not held under the 65 535-parameter limit of a multi-row VALUES, and
 * the same SQL runs on node-postgres and PGlite. The arrays are sent as their text form, which
 * both drivers pass through unchanged. Good for the roster files (thousands of rows); the
 * absence import, with millions, goes by COPY (copy-rows.ts), which the server parses about
 * four times faster.
 */
import { sql, type SQL } from 'drizzle-orm';

export type Cell = string | number | boolean | null | undefined;

/** The PostgreSQL text form of a one-dimensional array: {"a","b",NULL}. */
export function arrayLiteral(values: readonly Cell[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'number') parts[i] = String(v);
    else if (typeof v === 'boolean') parts[i] = v ? 't' : 'f';
    else parts[i] = `"${v.replace(/["\\]/g, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}

/**
 * An array parameter for `column = any(…)`, as a value worked out once: a bare
 * `$1::text::uuid[]` is a cast the planner neither folds nor uses with an index, so it is
 * evaluated again for every row it filters (parsing the whole array each time).
 */
export function arrayParam(values: readonly Cell[], type: 'uuid' | 'text'): SQL {
  // The outer cast makes it one array value; `any((select …))` alone would compare with each row.
  return sql`(select ${arrayLiteral(values)}::text::${sql.raw(type)}[])::${sql.raw(type)}[]`;
}

/** `unnest($1::type[], …) as alias(col, …)` for the columns of a batch. */
export function unnestRows(alias: string, columns: ReadonlyArray<{ name: string; type: string; values: readonly Cell[] }>): SQL {
  const arrays = columns.map((c) => sql`${arrayLiteral(c.values)}::text::${sql.raw(c.type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)}) as ${sql.raw(alias)}(${sql.raw(columns.map((c) => c.name).join(', '))})`;
}

/** Splits `count` rows into batches of at most `size`, as [start, end) pairs. */
export function* batches(count: number, size: number): Generator<[number, number]> {
  for (let start = 0; start < count; start += size) yield [start, Math.min(count, start + size)];
}

/** `col = excluded.col, …` for an upsert's update. */
export function setExcluded(columns: readonly string[]): SQL {
  return sql.raw(columns.map((c) => `${c} = excluded.${c}`).join(', '));
}

/** `(a.col, …) is distinct from (excluded.col, …)`: true when the update would change something. */
export function changedFromExcluded(alias: string, columns: readonly string[]): SQL {
  if (columns.length === 0) return sql.raw('false');
  return sql.raw(`(${columns.map((c) => `${alias}.${c}`).join(', ')}) is distinct from (${columns.map((c) => `excluded.${c}`).join(', ')})`);
}
