/**
 * The receiving school asks the former school for the follow-up when no consent is in force: the
 * request is kept once per asking school (overgang_requests), and the former school gets one task
 * — to ask the home for consent — for the person who ran the student's latest case if they still
 * work there, otherwise the school's leadership or counsellor. A week to do it: the receiving
 * school wants to know before the first weeks have passed.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, overgangRequests, staffRoles, tasks } from '../../db/schema.js';
import { overgangTaskKinds } from '../../domain/overgang/overgang-consent.js';
import { addDays } from '../../domain/school-calendar.js';
import { writeAudit } from '../write-audit.js';
import { findFormerSchools, type Receiver, type ReceivingStudent } from './find-former-schools.js';

export const [overgangTaskKind] = overgangTaskKinds;

export type AskResult = { kind: 'asked'; askedAt: Date; newly: boolean } | { kind: 'not_found' } | { kind: 'consent_in_force' };

export async function askForOvergang(
  db: Db,
  input: { receiver: Receiver & { schoolName: string }; asker: { staffId: string; name: string }; student: ReceivingStudent; fromStudentId: string; today: string; at: Date },
): Promise<AskResult> {
  const match = (await findFormerSchools(db, input.receiver, [input.student], input.today)).find((f) => f.fromStudentId === input.fromStudentId);
  if (!match) return { kind: 'not_found' };
  if (match.status !== 'kan_spoerje') return { kind: 'consent_in_force' };
  if (match.askedAt) return { kind: 'asked', askedAt: match.askedAt, newly: false };
  const ownerId = match.fromOwnerId;
  const [request] = await db
    .insert(overgangRequests)
    .values({
      ownerId,
      studentId: match.fromStudentId,
      askerOwnerId: input.receiver.ownerId,
      askerSchoolId: input.receiver.schoolId,
      askerSchoolName: input.receiver.schoolName,
      askerStaffId: input.asker.staffId,
      askerName: input.asker.name,
      askedAt: input.at,
    })
    .onConflictDoNothing()
    .returning();
  // Asked at the same moment by a colleague: theirs stands.
  if (!request) return { kind: 'asked', askedAt: input.at, newly: false };
  const assignee = await whoAsksTheHome(db, ownerId, match.fromSchoolId, match.fromStudentId);
  if (assignee) {
    const [task] = await db
      .insert(tasks)
      .values({ ownerId, schoolId: match.fromSchoolId, assigneeStaffId: assignee, studentId: match.fromStudentId, kind: overgangTaskKind, title: overgangTaskKind, dueOn: addDays(input.today, 7) })
      .returning({ id: tasks.id });
    await db.update(overgangRequests).set({ taskId: task!.id }).where(and(eq(overgangRequests.ownerId, ownerId), eq(overgangRequests.id, request.id)));
  }
  await writeAudit(db, {
    ownerId,
    actorStaffId: null,
    action: 'create',
    entity: 'overgang_request',
    entityId: request.id,
    studentId: match.fromStudentId,
    detail: { askerOwnerId: input.receiver.ownerId, askerSchoolName: input.receiver.schoolName, askerName: input.asker.name },
  });
  return { kind: 'asked', askedAt: input.at, newly: true };
}

/** The latest case's responsible person while still at the school; otherwise its leadership, then its counsellor. */
async function whoAsksTheHome(db: Db, ownerId: string, schoolId: string, studentId: string): Promise<string | undefined> {
  const [latest] = await db
    .select({ staffId: cases.responsibleStaffId })
    .from(cases)
    .where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId), eq(cases.schoolId, schoolId)))
    .orderBy(desc(cases.openedAt))
    .limit(1);
  const atSchool = await db
    .select({ staffId: staffRoles.staffId, role: staffRoles.role })
    .from(staffRoles)
    .where(and(eq(staffRoles.ownerId, ownerId), eq(staffRoles.schoolId, schoolId), inArray(staffRoles.role, ['skoleleder', 'radgiver', 'kontaktlaerer', 'sosiallaerer', 'miljoterapeut', 'helsesykepleier', 'faglaerer'])))
    .orderBy(asc(staffRoles.staffId));
  if (latest && atSchool.some((r) => r.staffId === latest.staffId)) return latest.staffId;
  return atSchool.find((r) => r.role === 'skoleleder')?.staffId ?? atSchool.find((r) => r.role === 'radgiver')?.staffId;
}
