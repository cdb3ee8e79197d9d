/** Everything the case page shows, in one bundle of rows; src/server/presenters/present-case.ts shapes it. */
import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import {
  caseEvents,
  conversations,
  groupMemberships,
  groups,
  guardians,
  homeContacts,
  meetings,
  planEvaluations,
  plans,
  planVersions,
  referrals,
  schoolYears,
  staff,
  staffRoles,
  studentGuardians,
  students,
  tasks,
} from '../../db/schema.js';
import type { LoadedCase } from './load-case.js';

export async function staffNames(db: Db, ownerId: string, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName })
    .from(staff)
    .where(and(eq(staff.ownerId, ownerId), inArray(staff.id, wanted)));
  return new Map(rows.map((r) => [r.id, `${r.givenName} ${r.familyName}`]));
}

export async function studentBasics(db: Db, ownerId: string, studentIds: readonly string[], today: string) {
  if (studentIds.length === 0) return new Map<string, { name: string; birthDate: string; groupName: string | null }>();
  const rows = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), inArray(students.id, [...studentIds])));
  const classes = await db
    .select({ studentId: groupMemberships.studentId, name: groups.name })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .innerJoin(schoolYears, and(eq(schoolYears.ownerId, groups.ownerId), eq(schoolYears.id, groups.schoolYearId)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        inArray(groupMemberships.studentId, [...studentIds]),
        eq(groups.kind, 'basisgruppe'),
        lte(schoolYears.startsOn, today),
        gte(schoolYears.endsOn, today),
      ),
    );
  const classOf = new Map(classes.map((c) => [c.studentId, c.name]));
  return new Map(rows.map((r) => [r.id, { name: `${r.givenName} ${r.familyName}`, birthDate: r.birthDate, groupName: classOf.get(r.id) ?? null }]));
}

export async function loadCaseBundle(db: Db, kase: LoadedCase, today: string) {
  const { ownerId, id: caseId } = kase;
  const [student] = [...(await studentBasics(db, ownerId, [kase.studentId], today)).values()];
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
    .where(and(eq(homeContacts.ownerId, ownerId), eq(homeContacts.caseId, caseId)))
    .orderBy(desc(homeContacts.contactedAt));
  const referralRows = await db.select().from(referrals).where(and(eq(referrals.ownerId, ownerId), eq(referrals.caseId, caseId))).orderBy(desc(referrals.referredOn));
  const meetingRows = await db.select().from(meetings).where(and(eq(meetings.ownerId, ownerId), eq(meetings.caseId, caseId))).orderBy(desc(meetings.startsAt));
  const taskRows = await db.select().from(tasks).where(and(eq(tasks.ownerId, ownerId), eq(tasks.caseId, caseId))).orderBy(asc(tasks.dueOn));

  const names = await staffNames(db, ownerId, [
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
