/**
 * A skolebytte carried out (issue 13, part 6; docs/decisions/023-overgang-and-skolebytte.md): the
 * facts are read and the student locked, the domain plans the move
 * (src/domain/overgang/skolebytte.ts), and it is written in one transaction:
 *
 * 1. the student's school changes; the memberships of the former school's classes and groups end
 *    the day before the move (one that was to start later is taken away);
 * 2. a `school_moves` row records the move and until when the former school may read what it wrote;
 * 3. each handed-over case moves to the new school with its new responsible person, the staff who
 *    do not work there leave it, and its history names both schools; each closed case closes with
 *    the outcome `skolebytte` and its note;
 * 4. the tasks of a handed-over case follow it to the new school, every other open task about the
 *    student closes with the reason `eleven_bytta_skole`;
 * 5. the student's open flags move with the student, so that the new school sees the signal (a
 *    dismissed or resolved flag stays where it was decided); a closer-follow-up mark ends: it was
 *    the former school's decision about its own follow-up;
 * 6. the audit log gets the move, the student's new school and each case's change, naming both
 *    schools (one owner, one log).
 */
import { and, eq, gt, inArray, isNull, lte, max, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases, flags, groupMemberships, groups, schoolMoves, schools, staffRoles, students, tasks } from '../../db/schema.js';
import type { Person } from '../../domain/access-policy.js';
import { planSkolebytte, type CaseChoice, type SkolebyttePlan, type SkolebytteRefusal } from '../../domain/overgang/skolebytte.js';
import type { CaseKind } from '../../domain/vocabulary.js';
import { groupBy } from '../../lib/group-by.js';
import { appendCaseEvent } from '../cases/case-events.js';
import { endCloserFollowUp } from '../follow-up/end-closer-follow-up.js';
import { writeAudit } from '../write-audit.js';

export interface MoveStudentInput {
  ownerId: string;
  studentId: string;
  /** The school the caller was allowed to move the student from: if the student has moved meanwhile, nothing is done. */
  fromSchoolId: string;
  toSchoolId: string;
  movedOn: string;
  note: string | null;
  choices: readonly CaseChoice[];
  actorStaffId: string;
  today: string;
  now: Date;
}

export interface MovedStudent {
  moveId: string;
  plan: SkolebyttePlan;
  fromSchool: { id: string; name: string };
  toSchool: { id: string; name: string };
  caseKinds: Map<string, CaseKind>;
  flagsMoved: number;
  closerFollowUpEnded: boolean;
}

export type MoveStudentResult = { ok: true; moved: MovedStudent } | { ok: false; problem: 'no_student' | 'moved_meanwhile' } | { ok: false; problem: 'refused'; refusals: SkolebytteRefusal[] };

export async function moveStudent(db: Db, input: MoveStudentInput): Promise<MoveStudentResult> {
  const { ownerId, studentId } = input;
  return db.transaction(async (tx) => {
    // Locked: two moves of one student at once are done one after the other, and the second sees the first.
    const [student] = await tx
      .select({ schoolId: students.schoolId, leftOn: students.leftOn })
      .from(students)
      .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)))
      .for('update');
    if (!student) return { ok: false, problem: 'no_student' };
    if (student.schoolId !== input.fromSchoolId) return { ok: false, problem: 'moved_meanwhile' };

    const facts = await loadFacts(tx, input, student);
    const decision = planSkolebytte(facts.forDomain);
    if (!decision.ok) return { ok: false, problem: 'refused', refusals: decision.refusals };
    const { plan } = decision;

    await tx.update(students).set({ schoolId: plan.toSchoolId }).where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
    await endMemberships(tx, ownerId, studentId, plan);
    const [move] = await tx
      .insert(schoolMoves)
      .values({ ownerId, studentId, fromSchoolId: plan.fromSchoolId, toSchoolId: plan.toSchoolId, movedOn: plan.movedOn, movedBy: input.actorStaffId, note: input.note, formerReadUntil: plan.formerReadUntil })
      .returning({ id: schoolMoves.id });
    const moveId = move!.id;
    const about = { moveId, fromSchoolId: plan.fromSchoolId, toSchoolId: plan.toSchoolId, movedOn: plan.movedOn };

    for (const handed of plan.handedOver) {
      const kase = facts.openCases.get(handed.caseId)!;
      await tx.update(cases).set({ schoolId: plan.toSchoolId, responsibleStaffId: handed.responsibleStaffId }).where(and(eq(cases.ownerId, ownerId), eq(cases.id, kase.id)));
      if (handed.removedStaffIds.length > 0) {
        await tx.delete(caseParticipants).where(and(eq(caseParticipants.ownerId, ownerId), eq(caseParticipants.caseId, kase.id), inArray(caseParticipants.staffId, handed.removedStaffIds)));
      }
      await tx
        .update(caseParticipants)
        .set({ role: 'deltaker' })
        .where(and(eq(caseParticipants.ownerId, ownerId), eq(caseParticipants.caseId, kase.id), eq(caseParticipants.role, 'ansvarlig')));
      await tx
        .insert(caseParticipants)
        .values({ ownerId, caseId: kase.id, staffId: handed.responsibleStaffId, role: 'ansvarlig' })
        .onConflictDoUpdate({ target: [caseParticipants.ownerId, caseParticipants.caseId, caseParticipants.staffId], set: { role: 'ansvarlig' } });
      await appendCaseEvent(tx, {
        ownerId,
        caseId: kase.id,
        actorStaffId: input.actorStaffId,
        kind: 'skolebytte_overtatt',
        step: kase.step,
        text: input.note,
        detail: { ...about, responsibleStaffId: handed.responsibleStaffId, formerResponsibleStaffId: handed.formerResponsibleStaffId, removedStaffIds: handed.removedStaffIds },
      });
    }
    for (const closing of plan.closed) {
      const kase = facts.openCases.get(closing.caseId)!;
      await tx
        .update(cases)
        .set({ status: 'avsluttet', closedAt: input.now, closedBy: input.actorStaffId, outcome: 'skolebytte', outcomeNote: closing.note })
        .where(and(eq(cases.ownerId, ownerId), eq(cases.id, kase.id)));
      await appendCaseEvent(tx, { ownerId, caseId: kase.id, actorStaffId: input.actorStaffId, kind: 'closed', step: kase.step, text: closing.note, detail: { outcome: 'skolebytte', ...about } });
    }

    for (const [assigneeStaffId, following] of groupBy(plan.followingTasks, (t) => t.assigneeStaffId)) {
      await tx
        .update(tasks)
        .set({ schoolId: plan.toSchoolId, assigneeStaffId })
        .where(and(eq(tasks.ownerId, ownerId), inArray(tasks.id, following.map((t) => t.taskId))));
    }
    if (plan.closedTaskIds.length > 0) {
      await tx.update(tasks).set({ doneAt: input.now, closedReason: 'eleven_bytta_skole' }).where(and(eq(tasks.ownerId, ownerId), inArray(tasks.id, plan.closedTaskIds)));
    }

    const movedFlags = await tx
      .update(flags)
      .set({ schoolId: plan.toSchoolId })
      .where(and(eq(flags.ownerId, ownerId), eq(flags.studentId, studentId), inArray(flags.state, ['ny', 'bekreftet'])))
      .returning({ id: flags.id });
    // Its review task is closed above, with the others.
    const endedMark = await endCloserFollowUp(tx, { ownerId, studentId, staffId: input.actorStaffId, now: input.now, reason: 'avsluttet', note: input.note });

    // Last in the transaction: the audit chain is held until it commits (write-audit.ts).
    await writeAudit(tx, [
      { ownerId, actorStaffId: input.actorStaffId, action: 'create', entity: 'school_move', entityId: moveId, studentId, detail: { ...about, formerReadUntil: plan.formerReadUntil } },
      { ownerId, actorStaffId: input.actorStaffId, action: 'update', entity: 'student', entityId: studentId, studentId, detail: { schoolId: plan.toSchoolId, formerSchoolId: plan.fromSchoolId, moveId } },
      ...plan.handedOver.map((h) => ({ ownerId, actorStaffId: input.actorStaffId, action: 'update' as const, entity: 'case', entityId: h.caseId, studentId, detail: { ...about, handling: 'overta', responsibleStaffId: h.responsibleStaffId } })),
      ...plan.closed.map((c) => ({ ownerId, actorStaffId: input.actorStaffId, action: 'update' as const, entity: 'case', entityId: c.caseId, studentId, detail: { ...about, handling: 'avslutt', outcome: 'skolebytte' } })),
    ]);

    return {
      ok: true,
      moved: {
        moveId,
        plan,
        fromSchool: { id: plan.fromSchoolId, name: facts.schoolNames.get(plan.fromSchoolId) ?? '' },
        toSchool: { id: plan.toSchoolId, name: facts.schoolNames.get(plan.toSchoolId) ?? '' },
        caseKinds: new Map([...facts.openCases.values()].map((c) => [c.id, c.kind])),
        flagsMoved: movedFlags.length,
        closerFollowUpEnded: endedMark !== null,
      },
    };
  });
}

/** What the domain decides from: the student, the schools, the open cases and tasks, and the people the choices and cases name. */
async function loadFacts(tx: Db, input: MoveStudentInput, student: { schoolId: string; leftOn: string | null }) {
  const { ownerId, studentId } = input;
  const [lastMove] = await tx
    .select({ movedOn: max(schoolMoves.movedOn) })
    .from(schoolMoves)
    .where(and(eq(schoolMoves.ownerId, ownerId), eq(schoolMoves.studentId, studentId)));
  const schoolRows = await tx
    .select({ id: schools.id, name: schools.name })
    .from(schools)
    .where(and(eq(schools.ownerId, ownerId), inArray(schools.id, [student.schoolId, input.toSchoolId])));
  const open = await tx
    .select({ id: cases.id, kind: cases.kind, step: cases.step, responsibleStaffId: cases.responsibleStaffId })
    .from(cases)
    .where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId), eq(cases.status, 'aapen')));
  const openIds = open.map((c) => c.id);
  const participants = openIds.length
    ? await tx
        .select({ caseId: caseParticipants.caseId, staffId: caseParticipants.staffId, role: caseParticipants.role })
        .from(caseParticipants)
        .where(and(eq(caseParticipants.ownerId, ownerId), inArray(caseParticipants.caseId, openIds)))
    : [];
  const openTasks = await tx
    .select({ id: tasks.id, caseId: tasks.caseId, assigneeStaffId: tasks.assigneeStaffId })
    .from(tasks)
    .where(and(eq(tasks.ownerId, ownerId), isNull(tasks.doneAt), openIds.length ? or(eq(tasks.studentId, studentId), inArray(tasks.caseId, openIds)) : eq(tasks.studentId, studentId)));

  const staffIds = [...new Set([...participants.map((p) => p.staffId), ...input.choices.flatMap((c) => (c.handling === 'overta' ? [c.responsibleStaffId] : []))])];
  const roles = staffIds.length
    ? await tx.select({ staffId: staffRoles.staffId, role: staffRoles.role, schoolId: staffRoles.schoolId }).from(staffRoles).where(and(eq(staffRoles.ownerId, ownerId), inArray(staffRoles.staffId, staffIds)))
    : [];
  const people = new Map<string, Person>([...groupBy(roles, (r) => r.staffId)].map(([staffId, held]) => [staffId, { staffId, roles: held.map((r) => ({ role: r.role, schoolId: r.schoolId })) }]));

  const participantsOf = groupBy(participants, (p) => p.caseId);
  const openCases = new Map(open.map((c) => [c.id, { ...c, participants: participantsOf.get(c.id) ?? [] }]));
  return {
    openCases,
    schoolNames: new Map(schoolRows.map((s) => [s.id, s.name])),
    forDomain: {
      student: { schoolId: student.schoolId, leftOn: student.leftOn, lastMovedOn: lastMove?.movedOn ?? null },
      toSchool: schoolRows.some((s) => s.id === input.toSchoolId) ? { id: input.toSchoolId } : null,
      movedOn: input.movedOn,
      today: input.today,
      openCases: [...openCases.values()],
      openTasks,
      choices: input.choices,
      people,
    },
  };
}

/** The former school's memberships end the day before the move; one that was to begin after that never begins. */
async function endMemberships(tx: Db, ownerId: string, studentId: string, plan: SkolebyttePlan): Promise<void> {
  const formerGroups = tx.select({ id: groups.id }).from(groups).where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, plan.fromSchoolId)));
  const ofStudent = and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.studentId, studentId), inArray(groupMemberships.groupId, formerGroups));
  const end = plan.membershipsEndOn;
  await tx.delete(groupMemberships).where(and(ofStudent, gt(groupMemberships.startsOn, end)));
  await tx
    .update(groupMemberships)
    .set({ endsOn: end })
    .where(and(ofStudent, or(isNull(groupMemberships.endsOn), gt(groupMemberships.endsOn, end)), or(isNull(groupMemberships.startsOn), lte(groupMemberships.startsOn, end))));
}
