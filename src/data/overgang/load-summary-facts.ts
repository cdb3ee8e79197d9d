/**
 * What the former school's cases say of a student, for the first draft of the summary that may
 * move to the next school (src/domain/overgang/follow-up-to-pass-on.ts words it): the cases with
 * their responsible person, the mapping conversations, and each plan's latest version with whether
 * it helped. Clarification cases with OT are the county's, not a school's follow-up: left out.
 */
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, conversations, planEvaluations, plans, planVersions, staff, staffRoles } from '../../db/schema.js';
import type { SummaryFacts } from '../../domain/overgang/follow-up-to-pass-on.js';
import { planContent } from '../../domain/plans/plan-content.js';
import { osloDate } from '../../lib/clock.js';

export async function loadSummaryFacts(db: Db, ownerId: string, studentId: string): Promise<SummaryFacts> {
  const caseRows = await db
    .select({
      id: cases.id,
      schoolId: cases.schoolId,
      status: cases.status,
      outcome: cases.outcome,
      openedAt: cases.openedAt,
      responsibleId: cases.responsibleStaffId,
      givenName: staff.givenName,
      familyName: staff.familyName,
      email: staff.email,
    })
    .from(cases)
    .innerJoin(staff, and(eq(staff.ownerId, cases.ownerId), eq(staff.id, cases.responsibleStaffId)))
    .where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId), ne(cases.kind, 'ot_avklaring')))
    .orderBy(asc(cases.openedAt));
  if (caseRows.length === 0) return { cases: [], conversations: [], plans: [] };
  const caseIds = caseRows.map((c) => c.id);

  const [roles, talks, versions, evaluations] = await Promise.all([
    db
      .select({ staffId: staffRoles.staffId, schoolId: staffRoles.schoolId, role: staffRoles.role, title: staffRoles.title })
      .from(staffRoles)
      .where(and(eq(staffRoles.ownerId, ownerId), inArray(staffRoles.staffId, [...new Set(caseRows.map((c) => c.responsibleId))]))),
    db
      .select({ causeCategories: conversations.causeCategories, maintainingFactors: conversations.maintainingFactors })
      .from(conversations)
      .where(and(eq(conversations.ownerId, ownerId), inArray(conversations.caseId, caseIds)))
      .orderBy(asc(conversations.heldOn)),
    db
      .select({ planId: plans.id, caseId: plans.caseId, kind: plans.kind, version: planVersions.version, content: planVersions.content })
      .from(planVersions)
      .innerJoin(plans, and(eq(plans.ownerId, planVersions.ownerId), eq(plans.id, planVersions.planId)))
      .where(and(eq(planVersions.ownerId, ownerId), inArray(plans.caseId, caseIds)))
      .orderBy(desc(planVersions.version)),
    db
      .select({ planId: planEvaluations.planId, satisfactory: planEvaluations.satisfactory })
      .from(planEvaluations)
      .innerJoin(plans, and(eq(plans.ownerId, planEvaluations.ownerId), eq(plans.id, planEvaluations.planId)))
      .where(and(eq(planEvaluations.ownerId, ownerId), inArray(plans.caseId, caseIds))),
  ]);

  const roleOf = (staffId: string, schoolId: string) => {
    const own = roles.filter((r) => r.staffId === staffId);
    const here = own.find((r) => r.schoolId === schoolId) ?? own[0];
    return here?.title ?? here?.role ?? '';
  };
  const outcomeOf = new Map(caseRows.map((c) => [c.id, c.outcome]));
  const satisfactory = new Set(evaluations.filter((e) => e.satisfactory).map((e) => e.planId));
  const latest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if (!latest.has(v.planId)) latest.set(v.planId, v);
  const planFacts: Array<SummaryFacts['plans'][number]> = [];
  for (const v of latest.values()) {
    // A stored version that no longer parses (an older shape) is left out rather than guessed at.
    const plan = planContent.safeParse({ kind: v.kind, content: v.content });
    if (plan.success) planFacts.push({ plan: plan.data, helped: satisfactory.has(v.planId) || outcomeOf.get(v.caseId) === 'effekt' });
  }

  return {
    cases: caseRows.map((c) => ({
      status: c.status,
      outcome: c.outcome,
      openedOn: osloDate(c.openedAt),
      responsible: { name: `${c.givenName} ${c.familyName}`, role: roleOf(c.responsibleId, c.schoolId), email: c.email },
    })),
    conversations: talks.map((t) => ({ causeCategories: t.causeCategories, maintainingFactors: (t.maintainingFactors as string[] | null) ?? [] })),
    plans: planFacts,
  };
}
