/**
 * Finds the columns of a format in a file's header. Headers are matched the way a person reads
 * them: case, spacing, hyphens and underscores do not matter ("Fødselsdato", "fødsels-dato"),
 * and each column has the aliases the common school systems use. Columns the format does not
 * know are left alone: exports carry many, and they are listed back to the user as ignored.
 */
import type { ProblemList } from './import-problems.js';
import type { TableRow } from './read-table.js';

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The name the documentation gives, and the one a missing column is reported by. */
  name: string;
  aliases?: readonly string[];
  required: boolean;
  /** How a problem shows the column's cell when the whole must never be echoed (a national identity number). */
  shownAs?: (value: string) => string;
}

export interface ColumnMatch<K extends string = string> {
  /** Where each column of the format stands in the file; absent when the file lacks it. */
  indexOf: Map<K, number>;
  /** Each column as the file's header spells it (for problem reports). */
  nameOf: Map<K, string>;
  /** Required columns the file lacks: their cells are not reported one by one. */
  missing: Set<K>;
  /** Headers the format does not know. */
  ignored: string[];
}

export function normalizeHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

export function matchColumns<K extends string>(
  header: TableRow,
  specs: readonly ColumnSpec<K>[],
  problems: ProblemList,
): ColumnMatch<K> {
  const byName = new Map<string, ColumnSpec<K>>();
  for (const spec of specs) {
    for (const name of [spec.name, ...(spec.aliases ?? [])]) byName.set(normalizeHeader(name), spec);
  }
  const indexOf = new Map<K, number>();
  const nameOf = new Map<K, string>();
  const ignored: string[] = [];
  header.cells.forEach((cell, index) => {
    const label = cell.trim();
    if (label === '') return;
    const spec = byName.get(normalizeHeader(label));
    if (!spec) {
      ignored.push(label);
      return;
    }
    if (indexOf.has(spec.key)) {
      problems.add({
        code: 'duplicate_column',
        row: header.row,
        column: label,
        text: 'duplicateColumn',
        params: { column: spec.name, other: nameOf.get(spec.key)! },
      });
      return;
    }
    indexOf.set(spec.key, index);
    nameOf.set(spec.key, label);
  });
  const missing = new Set<K>();
  for (const spec of specs) {
    if (indexOf.has(spec.key)) continue;
    nameOf.set(spec.key, spec.name);
    if (!spec.required) continue;
    missing.add(spec.key);
    problems.add({
      code: 'missing_column',
      row: header.row,
      column: spec.name,
      ...(spec.aliases?.length
        ? { text: 'missingColumnOrAlias', params: { column: spec.name, aliases: [...spec.aliases] } }
        : { text: 'missingColumn', params: { column: spec.name } }),
    });
  }
  return { indexOf, nameOf, missing, ignored };
}

/** The cells of a row as an object keyed by column, trimmed; '' for a column the file lacks. */
export function rowObject<K extends string>(cells: readonly string[], match: ColumnMatch<K>): Record<K, string> {
  const out = {} as Record<K, string>;
  const { keys, indexes } = layout(match);
  for (let i = 0; i < keys.length; i++) {
    const index = indexes[i]!;
    const cell = index < 0 ? '' : cells[index];
    out[keys[i]!] = cell === undefined ? '' : cell.trim();
  }
  return out;
}

/** The columns in a fixed order with their place in the file (-1 when absent), worked out once per file. */
const layouts = new WeakMap<ColumnMatch<string>, { keys: string[]; indexes: number[] }>();
function layout<K extends string>(match: ColumnMatch<K>): { keys: K[]; indexes: number[] } {
  let found = layouts.get(match);
  if (!found) {
    const keys = [...match.nameOf.keys()];
    found = { keys, indexes: keys.map((k) => match.indexOf.get(k) ?? -1) };
    layouts.set(match, found);
  }
  return found as { keys: K[]; indexes: number[] };
}
