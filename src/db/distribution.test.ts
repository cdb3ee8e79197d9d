/**
 * The distribution plan (src/db/distribution.ts) against the schema as Drizzle declares it: every
 * table placed once, and every placement one that Citus accepts — the distribution column in each
 * distributed table's keys and in both sides of its foreign keys, no reference table pointing at a
 * distributed one, and each foreign key a coordinator-local table cannot keep written down with
 * the migration that replaces it. A new table, key or index that breaks the plan fails here.
 */
import { sql } from 'drizzle-orm';
import { foreignKey, getTableConfig, pgTable, primaryKey, text, uniqueIndex, uuid, type PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  colocationAnchor,
  distributionOrder,
  distributionPlan,
  findPlanProblems,
  outsideSchema,
  renderCitusSql,
  tablesOf,
  type PlannedTable,
  type PlanRule,
} from './distribution.js';
import * as schema from './schema.js';

const tables = tablesOf(schema);
const problems = findPlanProblems(tables);
const messagesFor = (...rules: PlanRule[]) => problems.filter((p) => rules.includes(p.rule)).map((p) => p.message);
const placed = (placement: PlannedTable['placement']) => distributionPlan.filter((p) => p.placement === placement).map((p) => p.name);

describe('the distribution plan', () => {
  it('places every table of the schema exactly once, and nothing else', () => {
    expect(tables.length).toBeGreaterThan(50);
    expect(messagesFor('unclassified', 'classified-twice', 'not-in-schema')).toEqual([]);
    expect(new Set(distributionPlan.map((p) => p.name))).toEqual(new Set(tables.map((t) => getTableConfig(t).name)));
    for (const entry of [...distributionPlan, ...outsideSchema]) expect(entry.why.length, entry.name).toBeGreaterThan(10);
  });

  it('distributes tables that have owner_id in their primary key and in every unique index', () => {
    expect(messagesFor('owner-column', 'primary-key', 'unique')).toEqual([]);
    expect(placed('distributed')).toContain('absence_records');
    expect(placed('distributed')).toContain(colocationAnchor);
  });

  it('joins owner_id to owner_id in every foreign key between distributed tables', () => {
    expect(messagesFor('foreign-key')).toEqual([]);
  });

  it('lets no reference table point to a distributed one, nor hold what could be distributed', () => {
    expect(placed('reference')).toEqual(['owners']);
    expect(messagesFor('reference-foreign-key', 'tenant-not-distributed')).toEqual([]);
  });

  it("writes down every foreign key a coordinator-local table cannot keep, and distributes every table that could be", () => {
    expect(messagesFor('local-foreign-key', 'stale-before', 'tenant-not-distributed')).toEqual([]);
    // Today's findings (docs/scaling.md): keyed by what is looked up before the owner is known.
    expect(distributionPlan.filter((p) => p.before).map((p) => [p.name, p.before!.dropForeignKeysTo])).toEqual([
      ['accounts', ['staff']],
      ['sessions', ['staff']],
      ['calendar_feeds', ['staff']],
    ]);
  });

  it('has no other problem', () => {
    expect(problems.map((p) => p.message)).toEqual([]);
  });
});

describe('the Citus SQL', () => {
  const text = renderCitusSql(tables);
  const calls = [...text.matchAll(/select (create_reference_table|create_distributed_table)\('([a-z_]+)'(.*)\);/g)].map((m) => ({ fn: m[1]!, table: m[2]!, rest: m[3]! }));

  it('makes the reference tables first, then every distributed table once, co-located with the anchor', () => {
    const firstDistributed = calls.findIndex((c) => c.fn === 'create_distributed_table');
    expect(calls.slice(0, firstDistributed).map((c) => c.table)).toEqual(placed('reference'));
    const distributedCalls = calls.slice(firstDistributed);
    expect(distributedCalls.every((c) => c.fn === 'create_distributed_table')).toBe(true);
    expect(distributedCalls.map((c) => c.table).sort()).toEqual(placed('distributed').sort());
    expect(distributedCalls[0]).toEqual({ fn: 'create_distributed_table', table: colocationAnchor, rest: ", 'owner_id'" });
    for (const c of distributedCalls.slice(1)) expect(c.rest).toBe(`, 'owner_id', colocate_with => '${colocationAnchor}'`);
  });

  it('distributes each table after every distributed table its foreign keys point to', () => {
    const position = new Map(distributionOrder(tables).map((name, i) => [name, i]));
    for (const table of tables) {
      const config = getTableConfig(table);
      if (!position.has(config.name)) continue;
      for (const fk of config.foreignKeys) {
        const target = getTableConfig(fk.reference().foreignTable).name;
        if (position.has(target)) expect(position.get(target)!, `${config.name} → ${target}`).toBeLessThan(position.get(config.name)!);
      }
    }
  });

  it('names the coordinator-local tables and the migrations that must come first, and makes none of them', () => {
    for (const name of placed('coordinator-local')) expect(calls.map((c) => c.table)).not.toContain(name);
    expect(text).toContain('--   pgboss.*:');
    expect(text).toContain('--   sessions: drop the foreign key sessions → staff');
  });
});

// A small schema with one of each mistake, so that the checks above are known to be able to fail.
const parent = pgTable('parent', { ownerId: uuid('owner_id').notNull(), id: uuid('id').notNull() }, (t) => [primaryKey({ columns: [t.ownerId, t.id] })]);
const global = pgTable('global', { code: text('code').primaryKey() });
const child = pgTable(
  'child',
  { ownerId: uuid('owner_id').notNull(), id: uuid('id').notNull(), parentId: uuid('parent_id').notNull(), otherOwner: uuid('other_owner').notNull(), email: text('email') },
  (t) => [
    primaryKey({ columns: [t.ownerId, t.id] }),
    uniqueIndex('child_email').on(t.email),
    uniqueIndex('child_email_lower').on(t.ownerId, sql`lower(${t.email})`),
    foreignKey({ columns: [t.otherOwner, t.parentId], foreignColumns: [parent.ownerId, parent.id] }),
  ],
);
const keyedByToken = pgTable('keyed_by_token', { token: text('token').primaryKey(), ownerId: uuid('owner_id').notNull(), parentId: uuid('parent_id').notNull() }, (t) => [
  foreignKey({ columns: [t.ownerId, t.parentId], foreignColumns: [parent.ownerId, parent.id] }),
]);
const lookup = pgTable('lookup', { code: text('code').primaryKey(), ownerId: uuid('owner_id').notNull(), parentId: uuid('parent_id').notNull() }, (t) => [
  foreignKey({ columns: [t.ownerId, t.parentId], foreignColumns: [parent.ownerId, parent.id] }),
]);
const tenantOnCoordinator = pgTable('tenant_on_coordinator', { ownerId: uuid('owner_id').notNull(), id: uuid('id').notNull() }, (t) => [primaryKey({ columns: [t.ownerId, t.id] })]);
const small: PgTable[] = [parent, global, child, keyedByToken, lookup, tenantOnCoordinator];

describe('the checks, on a schema that breaks each rule', () => {
  const rulesFor = (plan: PlannedTable[]) => findPlanProblems(small, plan).map((p) => `${p.table} ${p.rule}`);

  it('finds each broken rule', () => {
    const plan: PlannedTable[] = [
      { name: 'parent', placement: 'distributed', why: 'the anchor' },
      { name: 'parent', placement: 'reference', why: 'placed twice' },
      { name: 'global', placement: 'distributed', why: 'no owner_id at all' },
      { name: 'child', placement: 'distributed', why: 'a unique index and a foreign key without owner_id' },
      { name: 'keyed_by_token', placement: 'coordinator-local', why: 'a foreign key it cannot keep, not written down' },
      { name: 'lookup', placement: 'reference', why: 'points to a distributed table' },
      { name: 'tenant_on_coordinator', placement: 'coordinator-local', why: 'could be distributed', before: { dropForeignKeysTo: ['parent'], change: 'nothing to drop' } },
      { name: 'nowhere', placement: 'reference', why: 'not in the schema' },
    ];
    expect(rulesFor(plan).sort()).toEqual(
      [
        'parent classified-twice',
        'nowhere not-in-schema',
        'global owner-column',
        'global primary-key',
        'child unique',
        'child foreign-key',
        'keyed_by_token local-foreign-key',
        'lookup reference-foreign-key',
        'tenant_on_coordinator stale-before',
        'tenant_on_coordinator tenant-not-distributed',
      ].sort(),
    );
  });

  it('finds a table left out, and a primary key without owner_id', () => {
    const problemsOf = findPlanProblems(small, [
      { name: 'parent', placement: 'distributed', why: 'the anchor' },
      { name: 'keyed_by_token', placement: 'distributed', why: 'keyed by the token alone' },
    ]);
    expect(problemsOf.filter((p) => p.rule === 'unclassified').map((p) => p.table).sort()).toEqual(['child', 'global', 'lookup', 'tenant_on_coordinator']);
    expect(problemsOf.filter((p) => p.table === 'keyed_by_token').map((p) => p.message)).toEqual(['keyed_by_token: primary key (token) lacks owner_id']);
  });
});
