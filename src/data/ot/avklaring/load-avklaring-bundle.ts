/** Everything the clarification case's page shows, in one bundle of rows; src/server/presenters/present-avklaring.ts shapes it. */
import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseEvents, documents, guardians, meetings, otYouth, staffRoles, studentGuardians, students, tasks } from '../../../db/schema.js';
import { loadStaffNames } from '../../cases/load-staff-names.js';
import { loadStudentBasics } from '../../cases/load-student-basics.js';
import type { LoadedAvklaring } from './load-avklaring.js';
import { loadPreparationRecords } from './load-preparation-records.js';

export async function loadAvklaringBundle(db: Db, avklaring: LoadedAvklaring, today: string) {
  const { kase } = avklaring;
  const { ownerId, id: caseId } = kase;
  const [basics] = [...(await loadStudentBasics(db, ownerId, [kase.studentId], today)).values()];
  const [left] = await db.select({ leftOn: students.leftOn, leaveReason: students.leaveReason }).from(students).where(and(eq(students.ownerId, ownerId), eq(students.id, kase.studentId)));
  const student = { id: kase.studentId, name: basics!.name, birthDate: basics!.birthDate, groupName: basics!.groupName, leftOn: left?.leftOn ?? null, leaveReason: left?.leaveReason ?? null };
  const guardianRows = await db
    .select({ id: guardians.id, givenName: guardians.givenName, familyName: guardians.familyName, phone: guardians.phone, parentalResponsibility: studentGuardians.parentalResponsibility })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, kase.studentId)))
    .orderBy(asc(guardians.familyName), asc(guardians.givenName));
  const participantIds = kase.participants.map((p) => p.staffId);
  const roles = participantIds.length
    ? await db
        .select({ staffId: staffRoles.staffId, role: staffRoles.role, schoolId: staffRoles.schoolId })
        .from(staffRoles)
        .where(and(eq(staffRoles.ownerId, ownerId), inArray(staffRoles.staffId, participantIds)))
    : [];
  const events = await db.select().from(caseEvents).where(and(eq(caseEvents.ownerId, ownerId), eq(caseEvents.caseId, caseId))).orderBy(desc(caseEvents.createdAt));
  const meetingRows = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.ownerId, ownerId), eq(meetings.caseId, caseId), eq(meetings.kind, 'avklaringssamtale')))
    .orderBy(desc(meetings.createdAt));
  const documentRows = await db
    .select({ id: documents.id, kind: documents.kind, title: documents.title, language: documents.language, createdAt: documents.createdAt, sentTo: documents.sentTo })
    .from(documents)
    .where(and(eq(documents.ownerId, ownerId), eq(documents.caseId, caseId)))
    .orderBy(desc(documents.createdAt));
  const taskRows = await db.select().from(tasks).where(and(eq(tasks.ownerId, ownerId), eq(tasks.caseId, caseId))).orderBy(asc(tasks.dueOn), asc(tasks.createdAt));
  const [youth] = await db
    .select({ id: otYouth.id })
    .from(otYouth)
    .where(and(eq(otYouth.ownerId, ownerId), or(eq(otYouth.caseId, caseId), eq(otYouth.studentId, kase.studentId))))
    .limit(1);
  const preparation = await loadPreparationRecords(db, avklaring, student);
  const names = await loadStaffNames(db, ownerId, [
    kase.responsibleStaffId,
    ...participantIds,
    ...events.map((e) => e.actorStaffId),
    ...taskRows.map((t) => t.assigneeStaffId),
    ...Object.values(preparation).map((r) => r?.byStaffId ?? null),
  ]);
  return {
    ...avklaring,
    student,
    guardians: guardianRows.map((g) => ({ id: g.id, name: `${g.givenName} ${g.familyName}`, phone: g.phone, parentalResponsibility: g.parentalResponsibility })),
    roles,
    events,
    meetings: meetingRows,
    documents: documentRows,
    tasks: taskRows,
    otYouthId: youth?.id ?? null,
    preparation,
    names,
  };
}

export type AvklaringBundle = Awaited<ReturnType<typeof loadAvklaringBundle>>;
