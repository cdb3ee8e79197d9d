/** An evaluation point of a signed plan: satisfactory effect yes or no, and the adjustment. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { planEvaluations, planVersions } from '../../db/schema.js';
import type { Signature } from '../../domain/plans/plan-versions.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function evaluatePlan(
  db: Db,
  who: CaseChange,
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
    await appendCaseEvent(tx, eventIn(who, 'plan_evaluated', input.adjustment || null, { planId: input.planId, version: input.version, satisfactory: input.satisfactory }));
    return 'ok';
  });
}
