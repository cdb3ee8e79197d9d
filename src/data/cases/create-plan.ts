/** Starts a plan in a case: version 1, a draft. */
import type { Db } from '../../db/database.js';
import { plans, planVersions } from '../../db/schema.js';
import type { PlanWithContent } from '../../domain/plans/plan-content.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function createPlan(db: Db, who: CaseChange, plan: PlanWithContent): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(plans).values({ ownerId: who.kase.ownerId, caseId: who.kase.id, kind: plan.kind }).returning({ id: plans.id });
    await tx.insert(planVersions).values({ ownerId: who.kase.ownerId, planId: row!.id, version: 1, content: plan.content, createdBy: who.actorStaffId });
    await appendCaseEvent(tx, eventIn(who, 'plan_created', null, { planId: row!.id, kind: plan.kind }));
    return row!.id;
  });
}
