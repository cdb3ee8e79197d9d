/**
 * Plans and their versions (src/domain/plans/plan-versions.ts): a draft is edited in place; a
 * signed version never changes, so an edit of it makes the next version; signatures are only
 * ever added. Signing the case's plan during a measure step moves the step's deadline to the
 * plan's evaluation date.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, planEvaluations, plans, planVersions } from '../../db/schema.js';
import { casePlanKind, stepDeadline, type CaseStep, type FollowUpCaseKind } from '../../domain/cases/case-workflow.js';
import { plannedEvaluationOn, type PlanKind, type PlanWithContent } from '../../domain/plans/plan-content.js';
import { addSignatures, decideEdit, type Signature } from '../../domain/plans/plan-versions.js';
import { caseCalendar } from './case-calendar.js';
import { appendCaseEvent, eventIn } from './case-events.js';
import { moveOpenCaseTasks } from './case-tasks.js';
import type { LoadedCase } from './load-case.js';
import { isMeasureStep } from './transition-case.js';

type Who = { kase: LoadedCase; actorStaffId: string };

const event = (db: Db, who: Who, kind: string, detail: Record<string, unknown>, text: string | null = null) => appendCaseEvent(db, eventIn(who, kind, text, detail));

export async function planCaseId(db: Db, ownerId: string, planId: string): Promise<{ caseId: string; kind: PlanKind } | undefined> {
  const [row] = await db.select({ caseId: plans.caseId, kind: plans.kind }).from(plans).where(and(eq(plans.ownerId, ownerId), eq(plans.id, planId)));
  return row ? { caseId: row.caseId, kind: row.kind as PlanKind } : undefined;
}

async function latestVersion(db: Db, ownerId: string, planId: string) {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.ownerId, ownerId), eq(planVersions.planId, planId)))
    .orderBy(desc(planVersions.version))
    .limit(1)
    // Two people saving at once: the second waits and then sees the first one's version.
    .for('update');
  return row;
}

export async function createPlan(db: Db, who: Who, plan: PlanWithContent): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(plans).values({ ownerId: who.kase.ownerId, caseId: who.kase.id, kind: plan.kind }).returning({ id: plans.id });
    await tx.insert(planVersions).values({ ownerId: who.kase.ownerId, planId: row!.id, version: 1, content: plan.content, createdBy: who.actorStaffId });
    await event(tx, who, 'plan_created', { planId: row!.id, kind: plan.kind });
    return row!.id;
  });
}

export type UpdatePlanResult = { ok: true; version: number } | { ok: false; problem: 'stale'; latest: number };

export async function updatePlan(db: Db, who: Who, input: { planId: string; basedOnVersion: number; content: unknown }): Promise<UpdatePlanResult> {
  return db.transaction(async (tx) => {
    const latest = (await latestVersion(tx, who.kase.ownerId, input.planId))!;
    if (latest.version !== input.basedOnVersion) return { ok: false, problem: 'stale', latest: latest.version };
    const signatures = latest.signatures as Signature[];
    const decision = decideEdit({ version: latest.version, signatures });
    if (decision.kind === 'update_draft') {
      await tx
        .update(planVersions)
        .set({ content: input.content, updatedAt: sql`now()` })
        .where(and(eq(planVersions.ownerId, who.kase.ownerId), eq(planVersions.planId, input.planId), eq(planVersions.version, latest.version)));
    } else {
      await tx.insert(planVersions).values({ ownerId: who.kase.ownerId, planId: input.planId, version: decision.version, content: input.content, createdBy: who.actorStaffId });
      await event(tx, who, 'plan_new_version', { planId: input.planId, version: decision.version });
    }
    return { ok: true, version: decision.version };
  });
}

export type SignResult = { ok: true } | { ok: false; problem: 'not_found' | 'not_latest' | 'duplicate'; name?: string };

export async function signPlanVersion(
  db: Db,
  who: Who,
  input: { planId: string; planKind: PlanKind; version: number; signatures: Array<Omit<Signature, 'recordedBy' | 'recordedAt'>>; recordedByName: string; now: Date; today: string },
): Promise<SignResult> {
  return db.transaction(async (tx) => {
    const latest = await latestVersion(tx, who.kase.ownerId, input.planId);
    const [target] = await tx
      .select()
      .from(planVersions)
      .where(and(eq(planVersions.ownerId, who.kase.ownerId), eq(planVersions.planId, input.planId), eq(planVersions.version, input.version)));
    if (!target || !latest) return { ok: false, problem: 'not_found' };
    const existing = target.signatures as Signature[];
    // A newer version replaces an older one: the older may only have signatures added if it was already signed (late signers).
    if (target.version !== latest.version && existing.length === 0) return { ok: false, problem: 'not_latest' };
    const added = input.signatures.map((s) => ({ ...s, recordedBy: input.recordedByName, recordedAt: input.now.toISOString() }));
    const merged = addSignatures(existing, added);
    if (!merged.ok) return { ok: false, problem: 'duplicate', name: merged.duplicate };
    await tx
      .update(planVersions)
      .set({ signatures: merged.signatures, signedAt: target.signedAt ?? input.now })
      .where(and(eq(planVersions.ownerId, who.kase.ownerId), eq(planVersions.planId, input.planId), eq(planVersions.version, input.version)));
    await event(tx, who, 'plan_signed', { planId: input.planId, version: input.version, signers: added.map((s) => s.name) });

    const kind = who.kase.kind as FollowUpCaseKind;
    if (input.planKind === casePlanKind[kind] && who.kase.status === 'aapen' && isMeasureStep(who.kase.step as CaseStep)) {
      const planned = plannedEvaluationOn({ kind: input.planKind, content: target.content } as PlanWithContent);
      const calendar = await caseCalendar(tx, who.kase.ownerId, who.kase.schoolId, who.kase.stepStartedOn);
      const dueOn = stepDeadline(calendar, kind, who.kase.step as CaseStep, who.kase.stepStartedOn, planned);
      await tx.update(cases).set({ stepDueOn: dueOn }).where(and(eq(cases.ownerId, who.kase.ownerId), eq(cases.id, who.kase.id)));
      await moveOpenCaseTasks(tx, who.kase.ownerId, who.kase.id, dueOn);
    }
    return { ok: true };
  });
}

export async function evaluatePlan(
  db: Db,
  who: Who,
  input: { planId: string; version: number; evaluatedOn: string; satisfactory: boolean; adjustment: string; rowNotes: Record<string, string> },
): Promise<'ok' | 'not_found' | 'not_signed'> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ signatures: planVersions.signatures })
      .from(planVersions)
      .where(and(eq(planVersions.ownerId, who.kase.ownerId), eq(planVersions.planId, input.planId), eq(planVersions.version, input.version)));
    if (!target) return 'not_found';
    // Only an agreed plan is evaluated: a draft has not been tried.
    if ((target.signatures as Signature[]).length === 0) return 'not_signed';
    await tx.insert(planEvaluations).values({
      ownerId: who.kase.ownerId,
      planId: input.planId,
      planVersion: input.version,
      caseStep: who.kase.step,
      evaluatedOn: input.evaluatedOn,
      satisfactory: input.satisfactory,
      adjustment: input.adjustment,
      rowNotes: input.rowNotes,
      createdBy: who.actorStaffId,
    });
    await event(tx, who, 'plan_evaluated', { planId: input.planId, version: input.version, satisfactory: input.satisfactory }, input.adjustment || null);
    return 'ok';
  });
}
