/**
 * Runs the identification rules for students of one school and stores what they find. The domain
 * decides what changes (src/domain/identification/reconcile-flags.ts: one flag per student and
 * concern — new flags, refreshed or escalated ones, ones resolved because their evidence is
 * gone) and who gets the tasks of the findings new to a flag (assign-flag-tasks.ts: not a duty
 * an open case of the student does for that person); this file
 * reads and writes.
 *
 * The facts and the stored flags are read at once, and every write is one statement, whatever
 * the number of flags (each kind of change travels as one JSON parameter that
 * `json_to_recordset` turns back into rows; the statement is atomic by itself). A flag whose
 * level and evidence are as the rules find them is not written at all, so a re-evaluation that
 * finds what the last one found writes nothing. After a registration that is four round trips:
 * the school's context, the facts with the flags (and the students written out, who are left out:
 * OT follows them up now), the contact teachers when a finding is new, the writing.
 */
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import { evaluateRules } from '../domain/identification/evaluate-rules.js';
import { followUpCaseKinds, type FollowUpCaseKind } from '../domain/cases/case-workflow.js';
import { assignFlagTasks, type SchoolPeople } from '../domain/identification/assign-flag-tasks.js';
import type { Concern } from '../domain/identification/concerns.js';
import type { FlagCandidate } from '../domain/identification/flag.js';
import { reconcileFlags, type FlagEvidence, type StoredFlag } from '../domain/identification/reconcile-flags.js';
import type { RuleProfile } from '../domain/identification/rule-profile.js';
import type { FlagState } from '../domain/vocabulary.js';
import { groupBy } from '../lib/group-by.js';
import { arrayParam } from '../lib/sql-arrays.js';
import { loadIdentificationFacts, loadSchoolContext, type SchoolContext } from './load-identification-facts.js';

/** A flag this evaluation raised. */
export interface NewFlag {
  id: string;
  studentId: string;
  concern: Concern;
  ruleCode: string;
  evidenceKey: string;
  level: string;
}

export interface ReevaluationResult {
  students: number;
  newFlags: NewFlag[];
  refreshed: number;
  resolved: number;
}

interface ExistingFlag {
  id: string;
  student_id: string;
  concern: Concern;
  evidence_keys: string[];
  state: FlagState;
  level: string;
  evidence_digest: string | null;
  /** Read only for a flag without a digest. */
  evidence: unknown;
}

/** The digest of evidence as the rules give it: their objects list their keys in a fixed order. */
const digestOf = (evidence: unknown) => createHash('sha1').update(JSON.stringify(evidence)).digest('base64');

/**
 * Equal as JSON values: objects whatever the order of their keys (jsonb gives keys back in an
 * order of its own), a key whose value is undefined as absent (JSON.stringify drops it).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    keys++;
    if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) keys--;
  return keys === 0;
}

/** Rows as one JSON parameter, for `json_to_recordset(…)`. */
const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::json`;

export async function reevaluateStudents(
  db: Db,
  options: { ownerId: string; schoolId: string; today: string; studentIds?: readonly string[]; context?: SchoolContext },
): Promise<ReevaluationResult> {
  const { ownerId, schoolId, today, studentIds } = options;
  const none = { students: 0, newFlags: [], refreshed: 0, resolved: 0 };
  if (studentIds?.length === 0) return none;
  const context = options.context ?? (await loadSchoolContext(db, ownerId, schoolId, today));
  if (!context) return none;
  const asked = studentIds ? arrayParam([...new Set(studentIds)], 'uuid') : null;
  // The facts, the flags stored so far and the students written out (issue 12), at once.
  const [loaded, stored, writtenOut] = await Promise.all([
    loadIdentificationFacts(db, ownerId, schoolId, today, studentIds, context),
    queryRows<ExistingFlag>(
      db,
      sql`select id, student_id, concern, evidence_keys, state, level, evidence_digest, case when evidence_digest is null then evidence end as evidence from flags
          where owner_id = ${ownerId} and ${asked ? sql`student_id = any(${asked})` : sql`school_id = ${schoolId}`}`,
    ),
    queryRows<{ id: string }>(db, sql`select id from students where owner_id = ${ownerId} and ${asked ? sql`id = any(${asked})` : sql`school_id = ${schoolId}`} and left_on <= ${today}`),
  ]);
  if (!loaded || loaded.facts.length === 0) return none;
  // A student written out of school is OT's now: no new flag or task, and the flags as they were left.
  const left = new Set(writtenOut.map((s) => s.id));
  const found = new Map(loaded.facts.filter((f) => !left.has(f.student.id)).map((f) => [f.student.id, evaluateRules(context.profile, f)]));
  // Only the students evaluated: one asked for who is not at this school keeps their flags as they are.
  const existing = (studentIds ? stored.filter((f) => found.has(f.student_id)) : stored.filter((f) => !left.has(f.student_id))).map(asStored);
  return storeFlags(db, { ownerId, schoolId, profile: context.profile, found, existing });
}

type Stored = StoredFlag & { row: ExistingFlag };
const asStored = (row: ExistingFlag): Stored => ({
  id: row.id,
  studentId: row.student_id,
  concern: row.concern,
  evidenceKeys: row.evidence_keys,
  state: row.state,
  level: row.level,
  row,
});

/** Whether the stored evidence is this evidence: by its digest, or (written before digests) by its JSON. */
function sameEvidence(flag: Stored, evidence: FlagEvidence): boolean {
  const old = flag.row;
  if (old.evidence_digest !== null) return old.evidence_digest === digestOf(evidence);
  return sameJson(evidence, typeof old.evidence === 'string' ? JSON.parse(old.evidence) : old.evidence);
}

/**
 * Asks the domain what changes, and writes the difference in one statement: the flags raised,
 * refreshed and resolved, and the tasks their new findings call for — each added, or, when the
 * person already has that task open for the student, that task updated (due date, flag).
 */
async function storeFlags(
  db: Db,
  input: { ownerId: string; schoolId: string; profile: RuleProfile; found: Map<string, FlagCandidate[]>; existing: Stored[] },
): Promise<ReevaluationResult> {
  const { ownerId, schoolId, profile, found, existing } = input;
  const changes = reconcileFlags(found, existing, sameEvidence);
  const inserts = changes.raised.map((r) => ({
    student_id: r.studentId,
    concern: r.concern,
    rule_code: r.ruleCode,
    level: r.level,
    evidence_key: r.evidenceKey,
    evidence_keys: r.evidenceKeys,
    evidence: r.evidence,
    evidence_digest: digestOf(r.evidence),
  }));
  const refreshes = changes.refreshed.map((r) => ({
    id: r.flag.id,
    rule_code: r.ruleCode,
    level: r.level,
    evidence_keys: r.evidenceKeys,
    evidence: r.evidence,
    evidence_digest: digestOf(r.evidence),
  }));
  const gone = changes.resolved.map(({ flag, reasonCode }) => ({ id: flag.id, reason_code: reasonCode }));
  const result = { students: found.size, newFlags: [] as NewFlag[], refreshed: refreshes.length, resolved: gone.length };
  if (inserts.length === 0 && refreshes.length === 0 && gone.length === 0) return result;

  // The tasks of the findings new to a flag: a new flag is named by its evidence key (its id is
  // known only once it is written), a refreshed one by its id.
  const withTasks = [
    ...changes.raised.map((r) => ({ studentId: r.studentId, flagKey: `new:${r.evidenceKey}`, findings: r.newFindings })),
    ...changes.refreshed.map((r) => ({ studentId: r.flag.studentId, flagKey: `id:${r.flag.id}`, findings: r.newFindings })),
  ].filter((f) => f.findings.some((finding) => finding.tasks.length > 0));
  const tasks =
    withTasks.length === 0
      ? []
      : assignFlagTasks(withTasks, await loadSchoolPeople(db, ownerId, schoolId, withTasks)).map((t) => ({
          student_id: t.studentId,
          new_evidence_key: t.flagKey.startsWith('new:') ? t.flagKey.slice(4) : null,
          flag_id: t.flagKey.startsWith('id:') ? t.flagKey.slice(3) : null,
          assignee_staff_id: t.assigneeStaffId,
          kind: t.kind,
          due_on: t.dueOn,
        }));

  // Each JSON parameter is read once into a materialized list: a function scan on the inner side
  // of a join would parse the whole text again for every row of the outer side.
  const steps: SQL[] = [];
  if (refreshes.length > 0) {
    steps.push(
      sql`refreshes as materialized (select * from json_to_recordset(${json(refreshes)}) as x(id uuid, rule_code text, level text, evidence_keys text[], evidence jsonb, evidence_digest text))`,
    );
    steps.push(sql`refreshed as (
      update flags f set rule_code = x.rule_code, level = x.level, evidence_keys = x.evidence_keys, evidence = x.evidence, evidence_digest = x.evidence_digest
      from refreshes x
      where f.owner_id = ${ownerId} and f.id = x.id)`);
  }
  if (gone.length > 0) {
    steps.push(sql`gone as materialized (select * from json_to_recordset(${json(gone)}) as x(id uuid, reason_code text))`);
    steps.push(sql`resolved as (
      update flags f set state = 'lost', resolved_at = now(), reason_code = x.reason_code
      from gone x
      where f.owner_id = ${ownerId} and f.id = x.id)`);
  }
  // Another evaluation may have raised a flag for the same concern meanwhile: the first one
  // stands, with its tasks (the next evaluation gives it this one's evidence).
  steps.push(
    inserts.length > 0
      ? sql`inserted as (
      insert into flags (owner_id, school_id, student_id, concern, rule_code, rule_profile_key, rule_profile_version, level, evidence_key, evidence_keys, evidence, evidence_digest)
      select ${ownerId}::uuid, ${schoolId}::uuid, x.student_id, x.concern, x.rule_code, ${profile.key}, ${profile.version}, x.level, x.evidence_key, x.evidence_keys, x.evidence, x.evidence_digest
      from json_to_recordset(${json(inserts)}) as x(student_id uuid, concern text, rule_code text, level text, evidence_key text, evidence_keys text[], evidence jsonb, evidence_digest text)
      on conflict do nothing
      returning id, student_id, concern, rule_code, evidence_key, level)`
      : sql`inserted as (select null::uuid as id, null::uuid as student_id, null::text as concern, null::text as rule_code, null::text as evidence_key, null::text as level where false)`,
  );
  if (tasks.length > 0) {
    steps.push(sql`task_list as materialized (
      select * from json_to_recordset(${json(tasks)}) as t(student_id uuid, new_evidence_key text, flag_id uuid, assignee_staff_id uuid, kind text, due_on date))`);
    // One open task per student, person and kind (tasks_open_flag_task): new evidence moves its
    // due date forward when it is more urgent, and points it at the flag that asked again.
    steps.push(sql`assigned as (
      insert into tasks (owner_id, school_id, assignee_staff_id, student_id, flag_id, kind, title, due_on)
      select ${ownerId}::uuid, ${schoolId}::uuid, t.assignee_staff_id, t.student_id, coalesce(t.flag_id, i.id), t.kind, t.kind, t.due_on
      from task_list t
      left join inserted i on t.new_evidence_key is not null and i.student_id = t.student_id and i.evidence_key = t.new_evidence_key
      where t.flag_id is not null or i.id is not null
      on conflict (owner_id, student_id, assignee_staff_id, kind) where done_at is null and flag_id is not null
      do update set due_on = least(tasks.due_on, excluded.due_on), flag_id = excluded.flag_id)`);
  }
  const rows = await queryRows<{ id: string; student_id: string; concern: Concern; rule_code: string; evidence_key: string; level: string }>(
    db,
    sql`with ${sql.join(steps, sql`, `)} select id, student_id, concern, rule_code, evidence_key, level from inserted`,
  );
  result.newFlags = rows.map((r) => ({ id: r.id, studentId: r.student_id, concern: r.concern, ruleCode: r.rule_code, evidenceKey: r.evidence_key, level: r.level }));
  return result;
}

/** The people flags' tasks may go to: the students' contact teachers and the school's leaders, and the students' open cases. */
async function loadSchoolPeople(db: Db, ownerId: string, schoolId: string, flagsWithTasks: ReadonlyArray<{ studentId: string }>): Promise<SchoolPeople> {
  const studentIds = [...new Set(flagsWithTasks.map((r) => r.studentId))];
  const [contactTeachers, leaders, openCases] = await Promise.all([
    queryRows<{ student_id: string; staff_id: string }>(
      db,
      // From the students' memberships, group by group through the keys (the offsets keep the
      // planner from starting at the groups, as it does without statistics).
      sql`select m.student_id, gt.staff_id
          from (select student_id, group_id from group_memberships where owner_id = ${ownerId} and student_id = any(${arrayParam(studentIds, 'uuid')}) offset 0) m
          cross join lateral (select g.id from groups g where g.owner_id = ${ownerId} and g.id = m.group_id and g.kind = 'basisgruppe' offset 0) g
          cross join lateral (select gt.staff_id from group_teachers gt where gt.owner_id = ${ownerId} and gt.group_id = g.id and gt.role = 'kontaktlaerer' offset 0) gt`,
    ),
    queryRows<{ staff_id: string; title: string | null }>(
      db,
      sql`select staff_id, title from staff_roles where owner_id = ${ownerId} and school_id = ${schoolId} and role = 'skoleleder'`,
    ),
    // The students' open follow-up cases: a duty one of them does is not given again as a flag task.
    queryRows<{ student_id: string; kind: FollowUpCaseKind; responsible_staff_id: string }>(
      db,
      sql`select student_id, kind, responsible_staff_id from cases
          where owner_id = ${ownerId} and status = 'aapen' and kind = any(${arrayParam([...followUpCaseKinds], 'text')}) and student_id = any(${arrayParam(studentIds, 'uuid')})`,
    ),
  ]);
  const teachersOf = groupBy(contactTeachers, (c) => c.student_id);
  return {
    contactTeachersOf: new Map([...teachersOf].map(([studentId, rows]) => [studentId, rows.map((r) => r.staff_id)])),
    leaders: leaders.map((l) => ({ staffId: l.staff_id, title: l.title })),
    openCases: openCases.map((c) => ({ studentId: c.student_id, kind: c.kind, responsibleStaffId: c.responsible_staff_id })),
  };
}
