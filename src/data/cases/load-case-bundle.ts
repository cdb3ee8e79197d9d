/** Everything the case page shows, in one bundle of rows; src/server/presenters/present-case.ts shapes it. */
import { and, asc, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import {
  caseEvents,
  conversations,
  guardians,
  homeContacts,
  meetings,
  planEvaluations,
  plans,
  planVersions,
  referrals,
  staffRoles,
  studentGuardians,
  tasks,
} from '../../db/schema.js';
import type { LoadedCase } from './load-case.js';
import { loadStaffNames } from './load-staff-names.js';
import { loadStudentBasics } from './load-student-basics.js';

export async function loadCaseBundle(db: Db, kase: LoadedCase, today: string) {
  const { ownerId, id: caseId } = kase;
  const [student] = [...(await loadStudentBasics(db, ownerId, [kase.studentId], today)).values()];
  const guardianRows = await db
    .select({ id: guardians.id, givenName: guardians.givenName, familyName: guardians.familyName, parentalResponsibility: studentGuardians.parentalResponsibility })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, kase.studentId)));
  const titles = await db
    .select({ staffId: staffRoles.staffId, title: staffRoles.title, role: staffRoles.role })
    .from(staffRoles)
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, kase.schoolId), inArray(staffRoles.staffId, kase.participants.map((p) => p.staffId))));
  const events = await db.select().from(caseEvents).where(and(eq(caseEvents.ownerId, ownerId), eq(caseEvents.caseId, caseId))).orderBy(desc(caseEvents.createdAt));
  const conversationRows = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.ownerId, ownerId), eq(conversations.caseId, caseId)))
    .orderBy(desc(conversations.heldOn), desc(conversations.createdAt));
  const planRows = await db.select().from(plans).where(and(eq(plans.ownerId, ownerId), eq(plans.caseId, caseId))).orderBy(asc(plans.createdAt));
  const planIds = planRows.map((p) => p.id);
  const versionRows = planIds.length
    ? await db
        .select()
        .from(planVersions)
        .where(and(eq(planVersions.ownerId, ownerId), inArray(planVersions.planId, planIds)))
        .orderBy(desc(planVersions.version))
    : [];
  const evaluationRows = planIds.length
    ? await db
        .select()
        .from(planEvaluations)
        .where(and(eq(planEvaluations.ownerId, ownerId), inArray(planEvaluations.planId, planIds)))
        .orderBy(desc(planEvaluations.evaluatedOn), desc(planEvaluations.createdAt))
    : [];
  const contactRows = await db
    .select()
    .from(homeContacts)
    .where(
      and(
        eq(homeContacts.ownerId, ownerId),
        or(
          eq(homeContacts.caseId, caseId),
          // A contact logged from a task belongs to no case: the case shows those made while it was open.
          and(isNull(homeContacts.caseId), eq(homeContacts.studentId, kase.studentId), gte(homeContacts.contactedAt, kase.openedAt), kase.closedAt ? lte(homeContacts.contactedAt, kase.closedAt) : undefined),
        ),
      ),
    )
    .orderBy(desc(homeContacts.contactedAt));
  const referralRows = await db.select().from(referrals).where(and(eq(referrals.ownerId, ownerId), eq(referrals.caseId, caseId))).orderBy(desc(referrals.referredOn));
  const meetingRows = await db.select().from(meetings).where(and(eq(meetings.ownerId, ownerId), eq(meetings.caseId, caseId))).orderBy(desc(meetings.startsAt));
  const taskRows = await db.select().from(tasks).where(and(eq(tasks.ownerId, ownerId), eq(tasks.caseId, caseId))).orderBy(asc(tasks.dueOn));

  const names = await loadStaffNames(db, ownerId, [
    kase.responsibleStaffId,
    ...kase.participants.map((p) => p.staffId),
    ...events.map((e) => e.actorStaffId),
    ...conversationRows.map((c) => c.createdBy),
    ...versionRows.map((v) => v.createdBy),
    ...evaluationRows.map((e) => e.createdBy),
    ...contactRows.map((c) => c.staffId),
    ...referralRows.map((r) => r.createdBy),
    ...taskRows.map((t) => t.assigneeStaffId),
  ]);
  return {
    kase,
    student: student!,
    guardians: guardianRows.map((g) => ({ id: g.id, name: `${g.givenName} ${g.familyName}`, parentalResponsibility: g.parentalResponsibility })),
    titles,
    events,
    conversations: conversationRows,
    plans: planRows,
    versions: versionRows,
    evaluations: evaluationRows,
    homeContacts: contactRows,
    referrals: referralRows,
    meetings: meetingRows,
    tasks: taskRows,
    names,
  };
}

export type CaseBundle = Awaited<ReturnType<typeof loadCaseBundle>>;
