/**
 * Edits a plan (src/domain/plans/plan-versions.ts): a draft is edited in place; a signed version
 * never changes, so an edit of it makes the next version.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { planVersions } from '../../db/schema.js';
import { decideEdit, type Signature } from '../../domain/plans/plan-versions.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';
import { lockLatestPlanVersion } from './lock-latest-plan-version.js';

export type UpdatePlanResult = { ok: true; version: number } | { ok: false; problem: 'stale'; latest: number };

export async function updatePlan(db: Db, who: CaseChange, input: { planId: string; basedOnVersion: number; content: unknown }): Promise<UpdatePlanResult> {
  return db.transaction(async (tx) => {
    const latest = (await lockLatestPlanVersion(tx, who.kase.ownerId, input.planId))!;
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
      await appendCaseEvent(tx, eventIn(who, 'plan_new_version', null, { planId: input.planId, version: decision.version }));
    }
    return { ok: true, version: decision.version };
  });
}
