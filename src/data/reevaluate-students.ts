/**
 * Runs the identification rules for students of one school and stores what they find:
 * new flags (state ny) with their tasks for the right person; open flags refreshed; a flag whose
 * evidence is gone resolved by itself; a dismissed flag never raised again for the same evidence.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { flags, groupMemberships, groupTeachers, groups, staffRoles, tasks } from '../db/schema.js';
import { evaluateRules } from '../domain/identification/evaluate-rules.js';
import type { FlagCandidate } from '../domain/identification/flag.js';
import { groupBy } from '../shared/group-by.js';
import { loadIdentificationFacts } from './load-identification-facts.js';
import { loadRuleProfile } from './load-rule-profile.js';

export type FlagRow = typeof flags.$inferSelect;

export interface ReevaluationResult {
  students: number;
  newFlags: FlagRow[];
  refreshed: number;
  resolved: number;
}

const CHUNK = 500;

/** jsonb gives keys back in its own order, so compare with the keys sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
const sameJson = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export async function reevaluateStudents(
  db: Db,
  options: { ownerId: string; schoolId: string; today: string; studentIds?: readonly string[] },
): Promise<ReevaluationResult> {
  const { ownerId, schoolId, today } = options;
  const loaded = await loadIdentificationFacts(db, ownerId, schoolId, today, options.studentIds);
  if (!loaded || loaded.facts.length === 0) return { students: 0, newFlags: [], refreshed: 0, resolved: 0 };
  const profile = await loadRuleProfile(db, ownerId, loaded.schoolKind);
  const found = new Map(loaded.facts.map((f) => [f.student.id, evaluateRules(profile, f)]));
  const studentIds = [...found.keys()];

  return db.transaction(async (tx) => {
    // The whole school in one query; a few students by id.
    const existing: FlagRow[] = [];
    if (!options.studentIds) {
      existing.push(...(await tx.select().from(flags).where(and(eq(flags.ownerId, ownerId), eq(flags.schoolId, schoolId)))));
    } else {
      for (let i = 0; i < studentIds.length; i += CHUNK) {
        existing.push(
          ...(await tx
            .select()
            .from(flags)
            .where(and(eq(flags.ownerId, ownerId), inArray(flags.studentId, studentIds.slice(i, i + CHUNK))))),
        );
      }
    }
    const existingOf = new Map(existing.map((f) => [`${f.studentId}|${f.evidenceKey}`, f]));

    const inserts: Array<typeof flags.$inferInsert & { candidate: FlagCandidate }> = [];
    const refreshes: Array<{ id: string; level: string; evidence: unknown }> = [];
    const stillFound = new Set<string>();
    for (const [studentId, candidates] of found) {
      for (const c of candidates) {
        const key = `${studentId}|${c.evidenceKey}`;
        stillFound.add(key);
        const old = existingOf.get(key);
        if (!old) {
          inserts.push({
            ownerId,
            schoolId,
            studentId,
            ruleCode: c.ruleCode,
            ruleProfileKey: profile.key,
            ruleProfileVersion: profile.version,
            level: c.level,
            evidenceKey: c.evidenceKey,
            evidence: { facts: c.facts, records: c.evidenceIds },
            candidate: c,
          });
        } else if (old.state === 'ny' || old.state === 'bekreftet') {
          const evidence = { facts: c.facts, records: c.evidenceIds };
          if (!sameJson(old.evidence, evidence) || old.level !== c.level) refreshes.push({ id: old.id, level: c.level, evidence });
        }
        // avvist or lost: the same evidence does not raise it again.
      }
    }
    // A new flag the rules no longer find (the absence was documented, yellow turned red) resolves itself.
    const gone = existing.filter((f) => f.state === 'ny' && !stillFound.has(`${f.studentId}|${f.evidenceKey}`));

    for (const r of refreshes) {
      await tx.update(flags).set({ level: r.level, evidence: r.evidence }).where(and(eq(flags.ownerId, ownerId), eq(flags.id, r.id)));
    }
    for (let i = 0; i < gone.length; i += CHUNK) {
      await tx
        .update(flags)
        .set({ state: 'lost', resolvedAt: new Date(), reason: 'Grunnlaget for flagget finnes ikke lenger (løst av Varde)' })
        .where(and(eq(flags.ownerId, ownerId), inArray(flags.id, gone.slice(i, i + CHUNK).map((f) => f.id))));
    }

    const newFlags: FlagRow[] = [];
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const batch = inserts.slice(i, i + CHUNK);
      // Another evaluation may have raised the same flag meanwhile: the first one stands.
      newFlags.push(...(await tx.insert(flags).values(batch.map(({ candidate: _, ...row }) => row)).onConflictDoNothing().returning()));
    }
    if (newFlags.length > 0) await createTasks(tx as unknown as Db, ownerId, schoolId, newFlags, inserts);
    return { students: studentIds.length, newFlags, refreshed: refreshes.length, resolved: gone.length };
  });
}

/** Tasks for the new flags, each to the right person: the student's contact teacher, or leadership. */
async function createTasks(
  db: Db,
  ownerId: string,
  schoolId: string,
  newFlags: FlagRow[],
  inserts: Array<{ evidenceKey: string; studentId: string; candidate: FlagCandidate }>,
) {
  const studentIds = [...new Set(newFlags.map((f) => f.studentId))];
  const contactTeachers: Array<{ studentId: string; staffId: string }> = [];
  for (let i = 0; i < studentIds.length; i += CHUNK) {
    contactTeachers.push(
      ...(await db
        .select({ studentId: groupMemberships.studentId, staffId: groupTeachers.staffId })
        .from(groupMemberships)
        .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
        .innerJoin(groupTeachers, and(eq(groupTeachers.ownerId, groups.ownerId), eq(groupTeachers.groupId, groups.id)))
        .where(
          and(
            eq(groupMemberships.ownerId, ownerId),
            inArray(groupMemberships.studentId, studentIds.slice(i, i + CHUNK)),
            eq(groups.kind, 'basisgruppe'),
            eq(groupTeachers.role, 'kontaktlaerer'),
          ),
        )),
    );
  }
  const leaders = await db
    .select({ staffId: staffRoles.staffId, title: staffRoles.title })
    .from(staffRoles)
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, schoolId), eq(staffRoles.role, 'skoleleder')));
  const rektor = leaders.find((l) => l.title?.toLowerCase() === 'rektor') ?? leaders[0];
  const teachersOf = groupBy(contactTeachers, (c) => c.studentId);
  const candidateOf = new Map(inserts.map((i) => [`${i.studentId}|${i.evidenceKey}`, i.candidate]));

  const rows: Array<typeof tasks.$inferInsert> = [];
  for (const flag of newFlags) {
    const candidate = candidateOf.get(`${flag.studentId}|${flag.evidenceKey}`)!;
    for (const t of candidate.tasks) {
      const teacherIds = (teachersOf.get(flag.studentId) ?? []).map((c) => c.staffId);
      const assignees = t.assignee === 'kontaktlaerer' && teacherIds.length > 0 ? teacherIds : rektor ? [rektor.staffId] : [];
      for (const assigneeStaffId of new Set(assignees)) {
        rows.push({ ownerId, schoolId, assigneeStaffId, studentId: flag.studentId, flagId: flag.id, kind: t.kind, title: t.kind, dueOn: t.dueOn });
      }
    }
  }
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(tasks).values(rows.slice(i, i + CHUNK)).onConflictDoNothing();
}
