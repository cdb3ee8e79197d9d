/**
 * What Varde knows of a student for the form's "Opplysingar om eleven": the class and its
 * programme this school year, the absence since the school year began, the grades, and the latest
 * version of each plan of the student's other cases (src/domain/ot/opplysingar-prefill.ts words it).
 */
import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { cases, grades, groupMemberships, groups, plans, planVersions } from '../../../db/schema.js';
import type { OpplysingarFacts } from '../../../domain/ot/opplysingar-prefill.js';
import { planContent } from '../../../domain/plans/plan-content.js';
import type { CaseKind } from '../../../domain/vocabulary.js';
import { osloDate } from '../../../lib/clock.js';
import { loadAbsence } from '../../load-absence.js';
import { loadSchoolCalendar } from '../../load-school-calendar.js';
import { schoolYearsSpanning } from '../../this-school-year.js';

export async function loadOpplysingarFacts(db: Db, input: { ownerId: string; schoolId: string; studentId: string; today: string }): Promise<OpplysingarFacts> {
  const { ownerId, studentId, today } = input;
  const [klass] = await db
    .select({ name: groups.name, programme: groups.programme, level: groups.level })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        eq(groupMemberships.studentId, studentId),
        eq(groups.kind, 'basisgruppe'),
        inArray(groups.schoolYearId, schoolYearsSpanning(db, ownerId, today)),
      ),
    )
    .limit(1);

  const year = await loadSchoolCalendar(db, ownerId, input.schoolId, today);
  const absence = year
    ? { from: year.calendar.startsOn, to: today, records: await loadAbsence(db, ownerId, [studentId], { from: year.calendar.startsOn, to: today }) }
    : null;

  const gradeRows = await db
    .select({ subjectCode: grades.subjectCode, subjectName: grades.subjectName, kind: grades.kind, value: grades.value, givenOn: grades.givenOn })
    .from(grades)
    .where(and(eq(grades.ownerId, ownerId), eq(grades.studentId, studentId)))
    .orderBy(asc(grades.givenOn));

  const versions = await db
    .select({ planId: plans.id, kind: plans.kind, caseKind: cases.kind, content: planVersions.content, createdAt: planVersions.createdAt })
    .from(planVersions)
    .innerJoin(plans, and(eq(plans.ownerId, planVersions.ownerId), eq(plans.id, planVersions.planId)))
    .innerJoin(cases, and(eq(cases.ownerId, plans.ownerId), eq(cases.id, plans.caseId)))
    .where(and(eq(planVersions.ownerId, ownerId), eq(cases.studentId, studentId), ne(cases.kind, 'ot_avklaring')))
    .orderBy(desc(planVersions.version));
  const latest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if (!latest.has(v.planId)) latest.set(v.planId, v);
  const earlierPlans: Array<OpplysingarFacts['earlierPlans'][number]> = [];
  for (const v of latest.values()) {
    // A stored version is valid content; one that is not (an older shape) is left out rather than guessed at.
    const plan = planContent.safeParse({ kind: v.kind, content: v.content });
    if (plan.success) earlierPlans.push({ caseKind: v.caseKind as CaseKind, madeOn: osloDate(v.createdAt), plan: plan.data });
  }

  return {
    className: klass?.name ?? null,
    programme: klass?.programme ?? null,
    level: klass?.level ?? null,
    absence,
    grades: gradeRows,
    earlierPlans,
  };
}
