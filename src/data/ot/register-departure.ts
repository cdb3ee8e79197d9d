/**
 * A student written out of school (issue 12, part 5), in Varde by leadership or the rådgiver or by
 * the students import — both through here, in one transaction:
 *
 * 1. the student gets the end date and the school system's reason code (once: a student already
 *    written out is refused);
 * 2. the youth enters OT's register (`ot_youth`), with the student's latest clarification case
 *    (ot_avklaring), whose agreement OT follows up;
 * 3. that case, if still open, closes as handed to OT (`overfort_ot`) with its open tasks;
 * 4. the case's agreement is archived again, which attaches the written summons when the student
 *    never came to the meeting: the caller hands in how (`archiveAgreement`, which is
 *    src/server/ot/make-agreement-document.ts: the data layer does not reach into the server);
 * 5. the school's note, if any, is the first entry of OT's follow-up;
 * 6. the school's own follow-up ends with the student: other open cases close as `avbrutt`, a
 *    closer-follow-up mark ends, and every open task about the student closes as `eleven_slutta`,
 *    so that nobody is left with tasks for a student who is no longer at the school.
 */
import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, closerFollowUps, otAvklaringar, otFollowUpEntries, otYouth, students, tasks } from '../../db/schema.js';
import type { LeaveReason } from '../../domain/ot/ot-codes.js';
import { appendCaseEvent } from '../cases/case-events.js';
import { closeCaseTasks } from '../cases/close-case-tasks.js';

/** Makes and keeps the agreement of a clarification case as a document (src/server/ot/make-agreement-document.ts). */
export type ArchiveAgreement = (db: Db, input: { ownerId: string; caseId: string; actorStaffId: string; today: string }) => Promise<string | undefined>;

export interface DepartureInput {
  ownerId: string;
  studentId: string;
  leftOn: string;
  reason: LeaveReason;
  note: string;
  /** Who wrote the student out; null from the command-line import. */
  actorStaffId: string | null;
  today: string;
  now: Date;
  /** Without it (the command-line import) the agreement is not archived again. */
  archiveAgreement?: ArchiveAgreement | undefined;
}

export type DepartureResult = { ok: true; otYouthId: string; closedCaseId: string | null } | { ok: false; problem: 'no_student' | 'already_left' };

export async function registerDeparture(db: Db, input: DepartureInput): Promise<DepartureResult> {
  const { ownerId, studentId } = input;
  return db.transaction(async (tx) => {
    // Locked: two writing-outs of one student at once give one youth, and the other a refusal.
    const [student] = await tx
      .select({ schoolId: students.schoolId, leftOn: students.leftOn })
      .from(students)
      .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)))
      .for('update');
    if (!student) return { ok: false, problem: 'no_student' };
    if (student.leftOn !== null) return { ok: false, problem: 'already_left' };

    await tx.update(students).set({ leftOn: input.leftOn, leaveReason: input.reason }).where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));

    const [kase] = await tx
      .select({ id: cases.id, step: cases.step, status: cases.status, responsibleStaffId: cases.responsibleStaffId })
      .from(cases)
      .where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId), eq(cases.kind, 'ot_avklaring')))
      .orderBy(desc(cases.openedAt))
      .limit(1);

    const [youth] = await tx
      .insert(otYouth)
      .values({ ownerId, studentId, originSchoolId: student.schoolId, leftOn: input.leftOn, leaveReason: input.reason, caseId: kase?.id ?? null })
      .returning({ id: otYouth.id });

    let closedCaseId: string | null = null;
    if (kase?.status === 'aapen') {
      await closeCaseTasks(tx, ownerId, kase.id, input.now);
      await tx
        .update(cases)
        .set({ status: 'avsluttet', closedAt: input.now, closedBy: input.actorStaffId, outcome: 'overfort_ot', outcomeNote: input.note || null })
        .where(and(eq(cases.ownerId, ownerId), eq(cases.id, kase.id)));
      await appendCaseEvent(tx, {
        ownerId,
        caseId: kase.id,
        actorStaffId: input.actorStaffId ?? kase.responsibleStaffId,
        kind: 'closed',
        step: kase.step,
        text: input.note || null,
        detail: { outcome: 'overfort_ot', leftOn: input.leftOn, reason: input.reason, otYouthId: youth!.id },
      });
      closedCaseId = kase.id;
    }

    if (kase && input.archiveAgreement) {
      const [form] = await tx
        .select({ caseId: otAvklaringar.caseId })
        .from(otAvklaringar)
        .where(and(eq(otAvklaringar.ownerId, ownerId), eq(otAvklaringar.caseId, kase.id)));
      if (form) await input.archiveAgreement(tx, { ownerId, caseId: kase.id, actorStaffId: input.actorStaffId ?? kase.responsibleStaffId, today: input.today });
    }

    await endSchoolFollowUp(tx, { ...input, excludeCaseId: kase?.id ?? null });

    if (input.note && input.actorStaffId) {
      await tx.insert(otFollowUpEntries).values({
        ownerId,
        youthId: youth!.id,
        staffId: input.actorStaffId,
        kind: 'notat',
        on: input.today,
        detail: { text: input.note, fromSchool: true },
      });
    }
    return { ok: true, otYouthId: youth!.id, closedCaseId };
  });
}

/** The school's follow-up of a student who has left: its other cases, the closer-follow-up mark, its tasks. */
async function endSchoolFollowUp(tx: Db, input: DepartureInput & { excludeCaseId: string | null }): Promise<void> {
  const { ownerId, studentId, now } = input;
  const open = await tx
    .select({ id: cases.id, step: cases.step, responsibleStaffId: cases.responsibleStaffId })
    .from(cases)
    .where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId), eq(cases.status, 'aapen'), input.excludeCaseId ? ne(cases.id, input.excludeCaseId) : undefined));
  for (const kase of open) {
    await tx
      .update(cases)
      .set({ status: 'avsluttet', closedAt: now, closedBy: input.actorStaffId, outcome: 'avbrutt', outcomeNote: input.note || null })
      .where(and(eq(cases.ownerId, ownerId), eq(cases.id, kase.id)));
    await appendCaseEvent(tx, {
      ownerId,
      caseId: kase.id,
      actorStaffId: input.actorStaffId ?? kase.responsibleStaffId,
      kind: 'closed',
      step: kase.step,
      text: input.note || null,
      detail: { outcome: 'avbrutt', leftOn: input.leftOn, reason: input.reason },
    });
  }
  await tx
    .update(closerFollowUps)
    .set({ endedAt: now, endedBy: input.actorStaffId, endReason: 'avsluttet', endNote: input.note || null })
    .where(and(eq(closerFollowUps.ownerId, ownerId), eq(closerFollowUps.studentId, studentId), isNull(closerFollowUps.endedAt)));
  await tx
    .update(tasks)
    .set({ doneAt: now, closedReason: 'eleven_slutta' })
    .where(and(eq(tasks.ownerId, ownerId), eq(tasks.studentId, studentId), isNull(tasks.doneAt)));
}
