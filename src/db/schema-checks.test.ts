/**
 * The CHECK constraints are built from the domain's lists (schema.ts, `oneOf`): when a list
 * changes, the constraint changes with it, and this test asks for the migration that carries the
 * change (`npm run db:generate`), before a database finds out at run time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTableConfig, PgDialect, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from './schema.js';

const migrations = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

function latestSnapshot(): { tables: Record<string, { checkConstraints: Record<string, { value: string }> }> } {
  const journal = JSON.parse(fs.readFileSync(path.join(migrations, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ idx: number }> };
  const last = Math.max(...journal.entries.map((e) => e.idx));
  return JSON.parse(fs.readFileSync(path.join(migrations, `meta/${String(last).padStart(4, '0')}_snapshot.json`), 'utf8'));
}

describe('the CHECK constraints', () => {
  it('are the ones the latest migration wrote', () => {
    const snapshot = latestSnapshot();
    const dialect = new PgDialect();
    const inSchema: Record<string, string> = {};
    const migrated: Record<string, string> = {};
    for (const table of Object.values(schema)) {
      if (!(table instanceof PgTable)) continue;
      const config = getTableConfig(table);
      for (const check of config.checks) inSchema[check.name] = dialect.sqlToQuery(check.value).sql;
      for (const [name, check] of Object.entries(snapshot.tables[`public.${config.name}`]?.checkConstraints ?? {})) migrated[name] = check.value;
    }
    expect(inSchema).toEqual(migrated);
    expect(inSchema.staff_roles_role).toContain("'ot_radgiver'");
  });
});
