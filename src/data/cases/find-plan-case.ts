/** Which case a plan belongs to, and the plan's kind: what the access check of a plan starts from. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { plans } from '../../db/schema.js';
import type { PlanKind } from '../../domain/plans/plan-content.js';

export async function findPlanCase(db: Db, ownerId: string, planId: string): Promise<{ caseId: string; kind: PlanKind } | undefined> {
  const [row] = await db.select({ caseId: plans.caseId, kind: plans.kind }).from(plans).where(and(eq(plans.ownerId, ownerId), eq(plans.id, planId)));
  return row ? { caseId: row.caseId, kind: row.kind as PlanKind } : undefined;
}
