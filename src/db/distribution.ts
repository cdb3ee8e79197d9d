/**
 * How a national deployment would spread Varde's tables over a Citus cluster, by owner
 * (docs/scaling.md; the tenant key: docs/decisions/002-tenant-key.md). Nothing here runs against a
 * database: it is the plan, checked against the Drizzle schema by distribution.test.ts, and
 * rendered as the SQL a coordinator would run (`npm run scaling:citus-sql`).
 *
 * - distributed: sharded by `owner_id`, every table in one co-location group, so that an owner's
 *   rows of every table sit on the same node and a query filtered on one owner is a router query.
 * - reference: a copy on every node, for small global tables the tenant tables refer to.
 * - coordinator-local: a plain PostgreSQL table on the coordinator, for what is looked up before
 *   the owner is known or belongs to no owner.
 *
 * Citus requires the distribution column in every primary key and unique constraint of a
 * distributed table, and in both sides of a foreign key between distributed tables; a reference
 * table may not refer to a distributed one. `findPlanProblems` checks those rules on the schema.
 */
import { is } from 'drizzle-orm';
import { getTableConfig, IndexedColumn, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';

export type Placement = 'distributed' | 'reference' | 'coordinator-local';

export interface PlannedTable {
  name: string;
  placement: Placement;
  why: string;
  /**
   * What must change (a migration) before the cluster can take the table as planned: today's
   * foreign keys that Citus cannot keep, by the table they point to, and what replaces them.
   */
  before?: { dropForeignKeysTo: readonly string[]; change: string };
}

/** The distribution column of every distributed table. */
export const distributionColumn = 'owner_id';

/** The first table distributed; every other distributed table is co-located with it. */
export const colocationAnchor = 'schools';

const distributed = (name: string, why: string): PlannedTable => ({ name, placement: 'distributed', why });

// A table of the schema and why it goes where it goes. distribution.test.ts fails when a table of
// the schema is missing here, or is here twice.
export const distributionPlan: readonly PlannedTable[] = [
  { name: 'owners', placement: 'reference', why: 'the tenants themselves: a few hundred rows that schools, staff, guardians and rule profiles refer to' },

  // The school, its calendar and its people.
  distributed('schools', "the anchor of the co-location group: every other tenant table is placed with its owner's schools"),
  distributed('school_years', "a school's years; groups, intake data and the annual wheel refer to them"),
  distributed('terms', "the terms of a school year, read with the owner's calendar"),
  distributed('calendar_breaks', 'holidays and planning days, read with the school year for every deadline'),
  distributed('students', 'the students; almost every query starts from an owner and its students'),
  distributed('guardians', "the owner's guardians (a guardian at two owners has a row at each)"),
  distributed('student_guardians', 'who is whose guardian, joined with students and guardians on owner_id'),
  distributed('staff', "the owner's staff (a person employed by two owners has a row at each)"),
  distributed('staff_roles', 'the roles staff hold at a school or at the owner'),
  distributed('groups', 'classes and teaching groups'),
  distributed('group_memberships', 'which students are in which group'),
  distributed('group_teachers', 'which staff teach which group'),
  distributed('timetable_slots', "a teaching group's weekly lessons"),

  // What the school knows about a student.
  distributed('absence_records', 'the largest table: written in bulk per school, read per student'),
  distributed('lesson_registrations', 'that a register was taken, per group and day'),
  distributed('home_notices', "notices from home, read with the same day's absence"),
  distributed('grades', "a student's grades"),
  distributed('intake_data', 'søkerdata per student and school year'),
  distributed('teacher_reports', "a teacher's report of a concern"),
  distributed('check_records', 'the weekly, monthly and semester checks recorded as done'),

  // Identification and follow-up.
  distributed('flags', "the rules' findings, written per school by the re-evaluation"),
  distributed('cases', "a student's cases"),
  distributed('case_participants', 'who takes part in a case'),
  distributed('case_events', "a case's history"),
  distributed('conversations', "a case's mapping conversations"),
  distributed('plans', "a case's plans"),
  distributed('plan_versions', "a plan's versions"),
  distributed('plan_evaluations', "a plan version's evaluations"),
  distributed('measures', "a school's own measures (the national bank lives in code: src/domain/tiltak/measure-bank.ts)"),
  distributed('meetings', 'meetings, of a case or a class'),
  distributed('home_contacts', 'contacts with the home'),
  distributed('referrals', 'referrals to PPT, BUP, the school nurse, barnevern'),
  distributed('closer_follow_ups', 'the closer follow-up mark'),
  distributed('tasks', "staff's tasks"),
  distributed('notices', "the delivery log; its unique key leads with owner_id, and a queued job names the notice's owner"),
  distributed('documents', 'PDFs made for a student'),
  distributed('rule_profiles', "an owner's rule profiles, versioned"),

  // Leadership.
  distributed('wheel_maps', "a school's annual wheel, versioned"),
  distributed('wheel_records', 'activities of the wheel recorded as done'),

  // Oppfølgingstenesta: the county's own.
  distributed('ot_avklaringar', 'the clarification form of a case'),
  distributed('ot_youth', "the youth in the county's OT list"),
  distributed('ot_follow_up_entries', "OT's follow-up of a youth"),

  // The audit trail: each owner's chain is whole in one shard, with its head.
  distributed('audit_log', "one row per read or change; each owner's hash chain runs within the owner"),
  distributed('audit_chain_heads', "the head of the owner's chain, keyed by owner_id alone"),

  // Overgang and skolebytte (docs/decisions/023).
  distributed('overganger', "kept with the former school's owner; the receiving owner reads it there"),
  distributed('overgang_consents', 'consents to pass a summary on, with the summary'),
  distributed('overgang_reads', "reads by the receiving school, kept with the former owner (the reader's owner is a plain column)"),
  distributed('overgang_requests', "a receiving school's request, kept with the former owner"),
  distributed('school_moves', 'a move between two schools of one owner'),

  // FINT and Feide.
  distributed('fint_sync_runs', "each FINT sync of a school and its report"),
  distributed('fint_sync_schedules', "a school's daily FINT sync"),
  distributed('home_access_consents', 'an adult student letting a guardian go on seeing their plans'),
  distributed('feide_group_snapshots', "a staff member's Feide groups at the last sign-in"),

  // Looked up before the owner is known, or no owner's at all.
  {
    name: 'accounts',
    placement: 'coordinator-local',
    why: 'a username is unique across owners (it is what a person types) and is looked up before the owner is known',
    before: {
      dropForeignKeysTo: ['staff'],
      change:
        'drop the foreign key accounts → staff (an account is made beside its staff row, and staff are never deleted); the queries that join accounts with tenant tables (src/data/sign-in/find-feide-staff.ts, src/data/accounts/find-second-factor-states.ts, src/demo/find-demo-sign-ins.ts, src/demo/find-demo-home-identities.ts) read them in two steps',
    },
  },
  {
    name: 'sessions',
    placement: 'coordinator-local',
    why: 'found by token hash on every request, before the owner is known; keyed by the hash alone',
    before: { dropForeignKeysTo: ['staff'], change: 'drop the foreign key sessions → staff (a session is made only for a signed-in account, and accounts are on the coordinator beside it)' },
  },
  {
    name: 'calendar_feeds',
    placement: 'coordinator-local',
    why: "found by the token hash in the feed's address, before the owner is known; keyed by the hash alone",
    before: { dropForeignKeysTo: ['staff'], change: 'drop the foreign key calendar_feeds → staff (a feed is made only by its signed-in owner)' },
  },
  { name: 'home_sessions', placement: 'coordinator-local', why: "a student's or guardian's session: not tied to one owner (decision 025)" },
  { name: 'oidc_sign_ins', placement: 'coordinator-local', why: 'a sign-in in flight at Feide or ID-porten: the person, and so the owner, is not known yet' },
  { name: 'sign_in_throttles', placement: 'coordinator-local', why: 'failed sign-ins per address and username: they belong to no owner' },
];

/** Tables outside the Drizzle schema, which stay on the coordinator too. */
export const outsideSchema: readonly PlannedTable[] = [
  {
    name: 'pgboss.*',
    placement: 'coordinator-local',
    why: "pg-boss's queue, claimed by every server with SKIP LOCKED; a job names its owner, and its work is router queries",
  },
  { name: 'drizzle.__drizzle_migrations', placement: 'coordinator-local', why: "which migrations ran: the cluster's one schema history" },
];

export type PlanRule =
  | 'unclassified'
  | 'classified-twice'
  | 'not-in-schema'
  | 'owner-column'
  | 'primary-key'
  | 'unique'
  | 'foreign-key'
  | 'reference-foreign-key'
  | 'local-foreign-key'
  | 'stale-before'
  | 'tenant-not-distributed';

export interface PlanProblem {
  table: string;
  rule: PlanRule;
  message: string;
}

interface TableFacts {
  name: string;
  columns: Array<{ name: string; notNull: boolean; primary: boolean; unique: boolean }>;
  primaryKey: string[];
  /** Unique indexes and constraints; an expression counts as a column other than owner_id. */
  uniques: Array<{ name: string; columns: string[] }>;
  foreignKeys: Array<{ name: string; columns: string[]; target: string; targetColumns: string[] }>;
}

function factsOf(table: PgTable): TableFacts {
  const config = getTableConfig(table);
  const columns = config.columns.map((c) => ({ name: c.name, notNull: c.notNull, primary: c.primary, unique: c.isUnique }));
  const primaryKey = config.primaryKeys[0]?.columns.map((c) => c.name) ?? columns.filter((c) => c.primary).map((c) => c.name);
  const uniques = [
    ...config.indexes
      .filter((i) => i.config.unique)
      .map((i) => ({ name: i.config.name ?? '(unnamed unique index)', columns: i.config.columns.map((c) => (is(c, IndexedColumn) && c.name ? c.name : '(expression)')) })),
    ...config.uniqueConstraints.map((u) => ({ name: u.getName() ?? '(unnamed unique constraint)', columns: u.columns.map((c) => c.name) })),
    ...columns.filter((c) => c.unique).map((c) => ({ name: `${c.name} unique`, columns: [c.name] })),
  ];
  const foreignKeys = config.foreignKeys.map((fk) => {
    const ref = fk.reference();
    return {
      name: fk.getName(),
      columns: ref.columns.map((c) => c.name),
      target: getTableConfig(ref.foreignTable).name,
      targetColumns: ref.foreignColumns.map((c) => c.name),
    };
  });
  return { name: config.name, columns, primaryKey, uniques, foreignKeys };
}

/** The tables of a Drizzle schema module. */
export function tablesOf(module: Record<string, unknown>): PgTable[] {
  return Object.values(module).filter((v): v is PgTable => v instanceof PgTable);
}

const withOwner = (columns: readonly string[]) => columns.includes(distributionColumn);
const listed = (columns: readonly string[]) => `(${columns.join(', ')})`;

/** What holds a distributed table back: Citus's rules on the distribution column. */
function distributionProblems(t: TableFacts, placementOf: (name: string) => Placement | undefined): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const problem = (rule: PlanRule, message: string) => problems.push({ table: t.name, rule, message: `${t.name}: ${message}` });
  const owner = t.columns.find((c) => c.name === distributionColumn);
  if (!owner) problem('owner-column', `has no ${distributionColumn} column to be distributed by`);
  else if (!owner.notNull) problem('owner-column', `${distributionColumn} may be null`);
  if (!withOwner(t.primaryKey)) problem('primary-key', `primary key ${listed(t.primaryKey)} lacks ${distributionColumn}`);
  for (const u of t.uniques) if (!withOwner(u.columns)) problem('unique', `unique ${u.name} ${listed(u.columns)} lacks ${distributionColumn}`);
  for (const fk of t.foreignKeys) {
    const target = placementOf(fk.target);
    if (target === 'reference') continue;
    if (target !== 'distributed') {
      problem('foreign-key', `foreign key ${fk.name} points to ${fk.target}, which is ${target ?? 'not in the plan'}: a distributed table may refer only to distributed or reference tables`);
      continue;
    }
    const at = fk.columns.indexOf(distributionColumn);
    if (at < 0 || fk.targetColumns[at] !== distributionColumn) {
      problem('foreign-key', `foreign key ${fk.name} ${listed(fk.columns)} → ${fk.target} ${listed(fk.targetColumns)} does not join ${distributionColumn} to ${distributionColumn}`);
    }
  }
  return problems;
}

/**
 * Everything in the plan that Citus would refuse or that the plan does not account for. A
 * coordinator-local table's foreign keys to other placements are problems unless its `before`
 * names them (the migration that must come first); a `before` that names one no longer there is
 * stale.
 */
export function findPlanProblems(tables: readonly PgTable[], plan: readonly PlannedTable[] = distributionPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const facts = tables.map(factsOf);
  const inSchema = new Set(facts.map((t) => t.name));
  const entries = new Map<string, PlannedTable[]>();
  for (const p of plan) entries.set(p.name, [...(entries.get(p.name) ?? []), p]);
  for (const [name, found] of entries) {
    if (!inSchema.has(name)) problems.push({ table: name, rule: 'not-in-schema', message: `${name}: in the plan, but the schema has no such table` });
    if (found.length > 1) problems.push({ table: name, rule: 'classified-twice', message: `${name}: classified ${found.length} times (${found.map((f) => f.placement).join(', ')})` });
  }
  const placementOf = (name: string) => entries.get(name)?.[0]?.placement;

  for (const t of facts) {
    const entry = entries.get(t.name)?.[0];
    if (!entry) {
      problems.push({ table: t.name, rule: 'unclassified', message: `${t.name}: in the schema, but not in the distribution plan (src/db/distribution.ts)` });
      continue;
    }
    if (entry.placement === 'distributed') {
      problems.push(...distributionProblems(t, placementOf));
    } else if (entry.placement === 'reference') {
      for (const fk of t.foreignKeys) {
        if (placementOf(fk.target) === 'reference') continue;
        problems.push({ table: t.name, rule: 'reference-foreign-key', message: `${t.name}: a reference table, but foreign key ${fk.name} points to ${fk.target} (${placementOf(fk.target) ?? 'not in the plan'})` });
      }
    } else {
      const elsewhere = [...new Set(t.foreignKeys.filter((fk) => placementOf(fk.target) !== 'coordinator-local').map((fk) => fk.target))];
      const named = entry.before?.dropForeignKeysTo ?? [];
      for (const target of elsewhere.filter((x) => !named.includes(x))) {
        problems.push({
          table: t.name,
          rule: 'local-foreign-key',
          message: `${t.name}: coordinator-local, but has a foreign key to ${target} (${placementOf(target) ?? 'not in the plan'}), which Citus cannot keep: name it in the entry's \`before\` with the migration that replaces it`,
        });
      }
      for (const target of named.filter((x) => !elsewhere.includes(x))) {
        problems.push({ table: t.name, rule: 'stale-before', message: `${t.name}: \`before\` drops a foreign key to ${target}, but the schema has none` });
      }
    }
    // A tenant table that Citus could distribute belongs on the workers with its owner's rows: not
    // copied to every node, nor kept on the coordinator for convenience.
    if (entry.placement !== 'distributed' && distributionProblems(t, placementOf).length === 0) {
      problems.push({ table: t.name, rule: 'tenant-not-distributed', message: `${t.name}: ${entry.placement}, but meets every rule for distribution by ${distributionColumn}: distribute it with its owner's rows` });
    }
  }
  return problems;
}

/**
 * The distributed tables in the order Citus can take them: the anchor first, then each table
 * after every distributed table it refers to (a foreign key needs its target distributed first),
 * otherwise in the plan's order.
 */
export function distributionOrder(tables: readonly PgTable[], plan: readonly PlannedTable[] = distributionPlan): string[] {
  const names = plan.filter((p) => p.placement === 'distributed').map((p) => p.name);
  const wanted = new Set(names);
  const refersTo = new Map(tables.map(factsOf).map((t) => [t.name, t.foreignKeys.map((fk) => fk.target).filter((x) => x !== t.name && wanted.has(x))]));
  const ordered: string[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: readonly string[]) => {
    if (done.has(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys run in a circle: ${[...path, name].join(' → ')}`);
    for (const target of refersTo.get(name) ?? []) visit(target, [...path, name]);
    done.add(name);
    ordered.push(name);
  };
  if (wanted.has(colocationAnchor)) visit(colocationAnchor, []);
  for (const name of names) visit(name, []);
  return ordered;
}

/** The SQL a Citus coordinator runs on a migrated database: reference tables first, then the distributed ones, co-located. */
export function renderCitusSql(tables: readonly PgTable[] = tablesOf(schema), plan: readonly PlannedTable[] = distributionPlan): string {
  const whyOf = new Map(plan.map((p) => [p.name, p.why]));
  const local = [...plan.filter((p) => p.placement === 'coordinator-local'), ...outsideSchema];
  const lines = [
    '-- Varde on Citus: the distribution plan of src/db/distribution.ts (docs/scaling.md).',
    "-- Run once, on the coordinator, in Varde's migrated database. A table that already holds rows",
    '-- has them copied to the workers when it is distributed.',
    '',
    '-- First, the migrations the plan needs (foreign keys Citus cannot keep):',
    ...plan.filter((p) => p.before).map((p) => `--   ${p.name}: ${p.before!.change}`),
    "-- Then, in code, the FINT schedule's claim without FOR UPDATE across owners; and the audit log's",
    '-- chain trigger tried on a test cluster (docs/scaling.md, "What must change first").',
    '',
    '-- Reference tables: a copy on every node.',
    ...plan.filter((p) => p.placement === 'reference').flatMap((p) => [`-- ${whyOf.get(p.name)}`, `select create_reference_table('${p.name}');`]),
    '',
    `-- Distributed by ${distributionColumn}, all co-located with ${colocationAnchor}: an owner's rows of every table on one node.`,
    ...distributionOrder(tables, plan).flatMap((name) => [
      `-- ${whyOf.get(name)}`,
      name === colocationAnchor
        ? `select create_distributed_table('${name}', '${distributionColumn}');`
        : `select create_distributed_table('${name}', '${distributionColumn}', colocate_with => '${colocationAnchor}');`,
    ]),
    '',
    '-- Plain tables on the coordinator (nothing to run):',
    ...local.map((p) => `--   ${p.name}: ${p.why}`),
    '',
  ];
  return lines.join('\n');
}
