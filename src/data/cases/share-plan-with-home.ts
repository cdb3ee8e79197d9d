/**
 * The school shares a plan draft with the student and the guardians (the home view), to read
 * before the meeting and to sign. A signed version needs no sharing: it is theirs already. Only
 * the latest version can be shared; sharing again keeps the first moment. Sharing tells the
 * guardians (while the student is a minor) that there is a plan to read, in the same transaction
 * (docs/notices.md).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { plans, planVersions } from '../../db/schema.js';
import type { PlanKind } from '../../domain/plans/plan-content.js';
import type { Signature } from '../../domain/plans/plan-versions.js';
import { guardiansOf, queueCopyNotices } from '../notices/queue-home-notices.js';
import type { NoticeChannels } from '../notices/queue-notices.js';
import { lockLatestPlanVersion } from './lock-latest-plan-version.js';

export type ShareResult = { ok: true; sharedAt: Date } | { ok: false; problem: 'not_found' | 'not_latest' | 'signed' };

export async function sharePlanWithHome(
  db: Db,
  input: { ownerId: string; planId: string; version: number; staffId: string; now: Date; today: string; kase: { id: string; studentId: string }; channels: NoticeChannels },
): Promise<ShareResult> {
  return db.transaction(async (tx) => {
    const latest = await lockLatestPlanVersion(tx, input.ownerId, input.planId);
    if (!latest) return { ok: false, problem: 'not_found' };
    const key = and(eq(planVersions.ownerId, input.ownerId), eq(planVersions.planId, input.planId), eq(planVersions.version, input.version));
    const [target] = await tx.select({ version: planVersions.version, kind: plans.kind, signatures: planVersions.signatures, sharedAt: planVersions.sharedWithHomeAt }).from(planVersions).innerJoin(plans, and(eq(plans.ownerId, planVersions.ownerId), eq(plans.id, planVersions.planId))).where(key);
    if (!target) return { ok: false, problem: 'not_found' };
    if ((target.signatures as Signature[]).length > 0) return { ok: false, problem: 'signed' };
    if (target.version !== latest.version) return { ok: false, problem: 'not_latest' };
    if (target.sharedAt) return { ok: true, sharedAt: target.sharedAt };
    await tx.update(planVersions).set({ sharedWithHomeAt: input.now, sharedWithHomeBy: input.staffId }).where(key);
    await queueCopyNotices(
      tx,
      { ownerId: input.ownerId, studentId: input.kase.studentId, caseId: input.kase.id, createdBy: input.staffId, day: input.today, channels: input.channels },
      { reason: `plan:${input.planId}:${input.version}`, kind: target.kind as PlanKind, documentId: null, recipients: guardiansOf(input.today) },
    );
    return { ok: true, sharedAt: input.now };
  });
}
