/**
 * What the move dialog asks from (issue 13, part 6): the owner's other schools, each with the staff
 * who may take a case over there (leadership and the rådgiver), the student's open cases with
 * their responsible person, the open tasks about the student, and the student's latest move.
 */
import { and, asc, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, closerFollowUps, flags, schoolMoves, schools, staff, staffRoles, students, tasks } from '../../db/schema.js';
import type { RoleCode } from '../../domain/vocabulary.js';
import { groupBy } from '../../lib/group-by.js';
import { loadStaffNames } from '../cases/load-staff-names.js';

/** Who is offered to take a case over at the new school: its leadership and its rådgiver. */
const takeOverRoles: readonly RoleCode[] = ['skoleleder', 'radgiver'];

export async function findSkolebyttePreview(db: Db, ownerId: string, studentId: string) {
  const [student] = await db
    .select({ schoolId: students.schoolId, leftOn: students.leftOn })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
  if (!student) return undefined;

  const otherSchools = await db
    .select({ id: schools.id, name: schools.name, kind: schools.kind })
    .from(schools)
    .where(and(eq(schools.ownerId, ownerId), ne(schools.id, student.schoolId)))
    .orderBy(asc(schools.name));
  const candidateRows = otherSchools.length
    ? await db
        .select({ schoolId: staffRoles.schoolId, staffId: staff.id, givenName: staff.givenName, familyName: staff.familyName, role: staffRoles.role })
        .from(staffRoles)
        .innerJoin(staff, and(eq(staff.ownerId, staffRoles.ownerId), eq(staff.id, staffRoles.staffId)))
        .where(and(eq(staffRoles.ownerId, ownerId), inArray(staffRoles.schoolId, otherSchools.map((s) => s.id)), inArray(staffRoles.role, [...takeOverRoles])))
    : [];
  const candidatesAt = groupBy(candidateRows, (r) => r.schoolId);

  const openCases = await db
    .select({ id: cases.id, kind: cases.kind, step: cases.step, openedAt: cases.openedAt, stepDueOn: cases.stepDueOn, responsibleStaffId: cases.responsibleStaffId })
    .from(cases)
    .where(and(eq(cases.ownerId, ownerId), eq(cases.studentId, studentId), eq(cases.status, 'aapen')))
    .orderBy(asc(cases.openedAt));
  const caseIds = openCases.map((c) => c.id);
  const openTasks = await db
    .select({ id: tasks.id, kind: tasks.kind, dueOn: tasks.dueOn, caseId: tasks.caseId, assigneeStaffId: tasks.assigneeStaffId })
    .from(tasks)
    .where(and(eq(tasks.ownerId, ownerId), isNull(tasks.doneAt), caseIds.length ? or(eq(tasks.studentId, studentId), inArray(tasks.caseId, caseIds)) : eq(tasks.studentId, studentId)))
    .orderBy(asc(tasks.dueOn));
  const openFlags = await db
    .select({ id: flags.id })
    .from(flags)
    .where(and(eq(flags.ownerId, ownerId), eq(flags.studentId, studentId), inArray(flags.state, ['ny', 'bekreftet'])));
  const [mark] = await db
    .select({ id: closerFollowUps.id })
    .from(closerFollowUps)
    .where(and(eq(closerFollowUps.ownerId, ownerId), eq(closerFollowUps.studentId, studentId), isNull(closerFollowUps.endedAt)));
  const [lastMove] = await db
    .select({ movedOn: schoolMoves.movedOn })
    .from(schoolMoves)
    .where(and(eq(schoolMoves.ownerId, ownerId), eq(schoolMoves.studentId, studentId)))
    .orderBy(desc(schoolMoves.movedOn))
    .limit(1);
  const names = await loadStaffNames(db, ownerId, [...openCases.map((c) => c.responsibleStaffId), ...openTasks.map((t) => t.assigneeStaffId)]);

  return {
    schoolId: student.schoolId,
    leftOn: student.leftOn,
    lastMovedOn: lastMove?.movedOn ?? null,
    schools: otherSchools.map((s) => {
      const byStaff = groupBy(candidatesAt.get(s.id) ?? [], (r) => r.staffId);
      const candidates = [...byStaff.values()].map((held) => ({ staffId: held[0]!.staffId, name: `${held[0]!.givenName} ${held[0]!.familyName}`, roles: [...new Set(held.map((r) => r.role))] }));
      return { ...s, candidates: candidates.sort((a, b) => a.name.localeCompare(b.name, 'nb')) };
    }),
    openCases: openCases.map((c) => ({ ...c, responsibleName: names.get(c.responsibleStaffId) ?? '' })),
    openTasks: openTasks.map((t) => ({ ...t, assigneeName: names.get(t.assigneeStaffId) ?? '' })),
    openFlags: openFlags.length,
    closerFollowUp: mark !== undefined,
  };
}

export type SkolebyttePreviewFacts = NonNullable<Awaited<ReturnType<typeof findSkolebyttePreview>>>;
