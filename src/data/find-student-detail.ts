/**
 * The student page: profile, groups, guardians, absence this term and grades, cut to what the
 * reader's access allows (a faglærer sees only own groups' absence and grades, and no guardians).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  grades,
  groupMemberships,
  groupTeachers,
  groups,
  guardians,
  schools,
  staff,
  studentGuardians,
  students,
} from '../db/schema.js';
import type { StudentAccess } from '../domain/access-policy.js';
import { absenceTotals } from '../domain/absence-totals.js';
import { ageOrNullOn } from '../domain/student-age.js';
import { loadAbsence } from './load-absence.js';
import { loadSchoolCalendar } from './load-school-calendar.js';

export async function findStudentDetail(
  db: Db,
  ownerId: string,
  studentId: string,
  access: Exclude<StudentAccess, { kind: 'none' }>,
  today: string,
) {
  const [student] = await db
    .select({
      id: students.id,
      givenName: students.givenName,
      familyName: students.familyName,
      birthDate: students.birthDate,
      leftOn: students.leftOn,
      leaveReason: students.leaveReason,
      schoolId: schools.id,
      schoolName: schools.name,
      schoolKind: schools.kind,
    })
    .from(students)
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
  if (!student) return undefined;

  const calendar = await loadSchoolCalendar(db, ownerId, student.schoolId, today);
  const term = calendar?.currentTerm ?? null;
  const visibleGroup = (groupId: string | null) => access.kind === 'full' || (groupId !== null && access.groupIds.includes(groupId));

  const groupRows = await db
    .select({ id: groups.id, name: groups.name, kind: groups.kind, subjectName: groups.subjectName, subjectCode: groups.subjectCode })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        eq(groupMemberships.studentId, studentId),
        calendar ? eq(groups.schoolYearId, calendar.schoolYearId) : undefined,
      ),
    )
    .orderBy(asc(groups.kind), asc(groups.name));
  const shownGroups = groupRows.filter((g) => g.kind === 'basisgruppe' || visibleGroup(g.id));

  const teacherRows = shownGroups.length
    ? await db
        .select({ groupId: groupTeachers.groupId, givenName: staff.givenName, familyName: staff.familyName })
        .from(groupTeachers)
        .innerJoin(staff, and(eq(staff.ownerId, groupTeachers.ownerId), eq(staff.id, groupTeachers.staffId)))
        .where(
          and(
            eq(groupTeachers.ownerId, ownerId),
            eq(groupTeachers.role, 'kontaktlaerer'),
            inArray(groupTeachers.groupId, shownGroups.map((g) => g.id)),
          ),
        )
    : [];

  const guardianRows =
    access.kind === 'full'
      ? await db
          .select({
            id: guardians.id,
            givenName: guardians.givenName,
            familyName: guardians.familyName,
            relation: studentGuardians.relation,
            parentalResponsibility: studentGuardians.parentalResponsibility,
            phone: guardians.phone,
            email: guardians.email,
          })
          .from(studentGuardians)
          .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
          .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId)))
          .orderBy(asc(guardians.familyName), asc(guardians.givenName))
      : [];

  const absence = term
    ? (await loadAbsence(db, ownerId, [studentId], { from: term.startsOn, to: today < term.endsOn ? today : term.endsOn })).filter(
        (a) => visibleGroup(a.groupId),
      )
    : [];
  const subjectOf = new Map(groupRows.map((g) => [g.id, g.subjectName ?? g.name]));
  const registrarIds = [...new Set(absence.map((a) => a.registeredBy).filter((id): id is string => id !== null))];
  const registrars = registrarIds.length
    ? await db
        .select({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName })
        .from(staff)
        .where(and(eq(staff.ownerId, ownerId), inArray(staff.id, registrarIds)))
    : [];
  const registrarName = new Map(registrars.map((r) => [r.id, `${r.givenName} ${r.familyName}`]));

  const gradeRows = (
    await db
      .select({
        id: grades.id,
        groupId: grades.groupId,
        subjectCode: grades.subjectCode,
        subjectName: grades.subjectName,
        kind: grades.kind,
        value: grades.value,
        givenOn: grades.givenOn,
      })
      .from(grades)
      .where(and(eq(grades.ownerId, ownerId), eq(grades.studentId, studentId)))
      .orderBy(asc(grades.givenOn), asc(grades.subjectName))
  ).filter((g) => visibleGroup(g.groupId));

  return {
    id: student.id,
    access: access.kind,
    givenName: student.givenName,
    familyName: student.familyName,
    birthDate: student.birthDate,
    age: ageOrNullOn(student.birthDate, today),
    // Written out of the school: left before completing (OT's codes), or completed and gone on.
    left: student.leftOn && student.leftOn <= today ? { on: student.leftOn, completed: student.leaveReason === 'fullfort' } : null,
    school: { id: student.schoolId, name: student.schoolName, kind: student.schoolKind },
    groups: shownGroups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      subjectName: g.subjectName,
      contactTeachers: teacherRows.filter((t) => t.groupId === g.id).map((t) => `${t.givenName} ${t.familyName}`),
    })),
    guardians: guardianRows,
    term,
    absenceTotals: absenceTotals(absence),
    absence: absence.map((a) => ({
      id: a.id,
      date: a.date,
      scope: a.scope,
      lessonNumber: a.lessonNumber,
      subjectName: a.groupId ? (subjectOf.get(a.groupId) ?? null) : null,
      hours: a.hours,
      minutesLate: a.minutesLate,
      type: a.type,
      cause: a.cause,
      noticeFromHome: a.noticeFromHome,
      registeredBy: a.registeredBy ? (registrarName.get(a.registeredBy) ?? null) : null,
    })),
    grades: gradeRows.map(({ groupId: _, ...g }) => g),
  };
}
