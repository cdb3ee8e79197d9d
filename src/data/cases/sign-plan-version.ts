/**
 * Records signatures on a plan version; signatures are only ever added. Signing the case's plan
 * during a measure step moves the step's deadline to the plan's evaluation date.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, planVersions } from '../../db/schema.js';
import { stepDeadline, type CaseState, type CaseStep, type FollowUpCaseKind } from '../../domain/cases/case-workflow.js';
import { signingSetsDeadline } from '../../domain/cases/plan-deadline.js';
import { plannedEvaluationOn, type PlanKind, type PlanWithContent } from '../../domain/plans/plan-content.js';
import { addSignatures, type Signature } from '../../domain/plans/plan-versions.js';
import { caseCalendar } from './case-calendar.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';
import { lockLatestPlanVersion } from './lock-latest-plan-version.js';
import { moveOpenCaseTasks } from './move-open-case-tasks.js';

export type SignResult = { ok: true } | { ok: false; problem: 'not_found' | 'not_latest' | 'duplicate'; name?: string };

export async function signPlanVersion(
  db: Db,
  /** A member of staff recording signatures, or (actorStaffId null) the student or a guardian signing in the home view. */
  who: Omit<CaseChange, 'actorStaffId'> & { actorStaffId: string | null },
  input: { planId: string; planKind: PlanKind; version: number; signatures: Array<Omit<Signature, 'recordedBy' | 'recordedAt'>>; recordedByName: string; now: Date; today: string },
): Promise<SignResult> {
  return db.transaction(async (tx) => {
    const latest = await lockLatestPlanVersion(tx, who.kase.ownerId, input.planId);
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
    await appendCaseEvent(tx, eventIn(who, 'plan_signed', null, { planId: input.planId, version: input.version, signers: added.map((s) => s.name) }));

    const kind = who.kase.kind as FollowUpCaseKind;
    if (signingSetsDeadline({ kind, step: who.kase.step as CaseStep, status: who.kase.status as CaseState['status'] }, input.planKind)) {
      const planned = plannedEvaluationOn({ kind: input.planKind, content: target.content } as PlanWithContent);
      const calendar = await caseCalendar(tx, who.kase.ownerId, who.kase.schoolId, who.kase.stepStartedOn);
      const dueOn = stepDeadline(calendar, kind, who.kase.step as CaseStep, who.kase.stepStartedOn, planned);
      await tx.update(cases).set({ stepDueOn: dueOn }).where(and(eq(cases.ownerId, who.kase.ownerId), eq(cases.id, who.kase.id)));
      await moveOpenCaseTasks(tx, who.kase.ownerId, who.kase.id, dueOn);
    }
    return { ok: true };
  });
}
