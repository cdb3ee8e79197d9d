/**
 * The school's signed plans as their effect is read (docs/decisions/017-effect-of-measures.md):
 * for each, the student, the period from the first signing to the first evaluation (or the
 * case's closing, or today), and the measures its first signed version names.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, planEvaluations, plans, planVersions } from '../../db/schema.js';
import type { PlanKind, PlanWithContent } from '../../domain/plans/plan-content.js';
import { planMeasureCodes } from '../../domain/plans/plan-measure-codes.js';
import type { Signature } from '../../domain/plans/plan-versions.js';
import { effectPeriod, type EffectPeriodEnd } from '../../domain/tiltak/effect-period.js';
import { osloDate } from '../../lib/clock.js';
import { groupBy } from '../../lib/group-by.js';

export interface SignedPlan {
  planId: string;
  kind: PlanKind;
  studentId: string;
  schoolId: string;
  signedOn: string;
  endsOn: string;
  endsBy: EffectPeriodEnd;
  measureCodes: string[];
}

export async function findSignedPlans(db: Db, ownerId: string, schoolId: string, today: string): Promise<SignedPlan[]> {
  const planRows = await db
    .select({ id: plans.id, kind: plans.kind, studentId: cases.studentId, closedAt: cases.closedAt })
    .from(plans)
    .innerJoin(cases, and(eq(cases.ownerId, plans.ownerId), eq(cases.id, plans.caseId)))
    .where(and(eq(plans.ownerId, ownerId), eq(cases.schoolId, schoolId)))
    .orderBy(asc(plans.createdAt));
  if (planRows.length === 0) return [];
  const planIds = planRows.map((p) => p.id);
  const [versionRows, evaluationRows] = await Promise.all([
    db
      .select({ planId: planVersions.planId, version: planVersions.version, content: planVersions.content, signatures: planVersions.signatures })
      .from(planVersions)
      .where(and(eq(planVersions.ownerId, ownerId), inArray(planVersions.planId, planIds), sql`jsonb_array_length(${planVersions.signatures}) > 0`)),
    db
      .select({ planId: planEvaluations.planId, evaluatedOn: planEvaluations.evaluatedOn })
      .from(planEvaluations)
      .where(and(eq(planEvaluations.ownerId, ownerId), inArray(planEvaluations.planId, planIds))),
  ]);
  const versionsOf = groupBy(versionRows, (v) => v.planId);
  const evaluationsOf = groupBy(evaluationRows, (e) => e.planId);

  return planRows.flatMap((p): SignedPlan[] => {
    const versions = (versionsOf.get(p.id) ?? []).map((v) => ({ ...v, signatures: v.signatures as Signature[] }));
    const period = effectPeriod({
      versions,
      evaluatedOn: (evaluationsOf.get(p.id) ?? []).map((e) => e.evaluatedOn),
      // A case closed late in the evening closed that day in Norway.
      closedOn: p.closedAt ? osloDate(p.closedAt) : null,
      today,
    });
    if (!period.signed) return [];
    const kind = p.kind as PlanKind;
    const content = versions.find((v) => v.version === period.version)!.content;
    return [
      {
        planId: p.id,
        kind,
        studentId: p.studentId,
        schoolId,
        signedOn: period.signedOn,
        endsOn: period.endsOn,
        endsBy: period.endsBy,
        measureCodes: planMeasureCodes({ kind, content } as PlanWithContent),
      },
    ];
  });
}

