/**
 * Gathers what the identification rules look at, for the students of one school (or some of
 * them), in a fixed number of queries whatever the number of students.
 */
import { and, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  absenceRecords,
  grades,
  groupMemberships,
  groups,
  intakeData,
  schools,
  studentGuardians,
  students,
  teacherReports,
  timetableSlots,
} from '../db/schema.js';
import type { IdentificationFacts, LessonSlot } from '../domain/identification/facts.js';
import { groupBy } from '../shared/group-by.js';
import { loadSchoolCalendar } from './load-school-calendar.js';

export interface SchoolFacts {
  schoolKind: 'vgs' | 'grunnskole';
  facts: IdentificationFacts[];
}

export async function loadIdentificationFacts(
  db: Db,
  ownerId: string,
  schoolId: string,
  today: string,
  onlyStudents?: readonly string[],
): Promise<SchoolFacts | undefined> {
  const [school] = await db.select({ kind: schools.kind }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  const year = await loadSchoolCalendar(db, ownerId, schoolId, today);
  if (!school || !year?.currentTerm) return undefined;
  const term = year.currentTerm;
  const only = (column: Parameters<typeof inArray>[0]): SQL | undefined => (onlyStudents ? inArray(column, [...onlyStudents]) : undefined);

  const studentRows = await db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), eq(students.schoolId, schoolId), only(students.id)));
  if (studentRows.length === 0) return { schoolKind: school.kind, facts: [] };
  const ofSchool = and(eq(students.ownerId, ownerId), eq(students.schoolId, schoolId), only(students.id));

  // Guardian links: for a few students only theirs and their siblings'; for the school, all.
  const linksOf = (where: SQL | undefined) =>
    db
      .select({ studentId: studentGuardians.studentId, guardianId: studentGuardians.guardianId })
      .from(studentGuardians)
      .innerJoin(students, and(eq(students.ownerId, studentGuardians.ownerId), eq(students.id, studentGuardians.studentId)))
      .where(and(eq(students.ownerId, ownerId), eq(students.schoolId, schoolId), where));
  let guardianLinks = await linksOf(only(studentGuardians.studentId));
  if (onlyStudents) guardianLinks = await linksOf(inArray(studentGuardians.guardianId, [...new Set(guardianLinks.map((l) => l.guardianId))].concat('00000000-0000-0000-0000-000000000000')));
  const childrenOf = groupBy(guardianLinks, (l) => l.guardianId);
  const guardiansOf = groupBy(guardianLinks, (l) => l.studentId);
  const siblingsOf = (id: string) =>
    new Set((guardiansOf.get(id) ?? []).flatMap((g) => (childrenOf.get(g.guardianId) ?? []).map((c) => c.studentId)).filter((s) => s !== id));
  // For a few students, only their own and their siblings' absence is needed.
  const absenceOfWhom = onlyStudents ? [...new Set([...onlyStudents, ...onlyStudents.flatMap((id) => [...siblingsOf(id)])])] : undefined;

  const [intakeRows, gradeRows, absenceRows, memberships, slots, reports] = await Promise.all([
    db
      .select({ row: intakeData })
      .from(intakeData)
      .innerJoin(students, and(eq(students.ownerId, intakeData.ownerId), eq(students.id, intakeData.studentId)))
      .where(and(ofSchool, eq(intakeData.schoolYearId, year.schoolYearId))),
    db
      .select({ id: grades.id, studentId: grades.studentId, subjectName: grades.subjectName, kind: grades.kind, value: grades.value, givenOn: grades.givenOn })
      .from(grades)
      .innerJoin(students, and(eq(students.ownerId, grades.ownerId), eq(students.id, grades.studentId)))
      .where(and(ofSchool, gte(grades.givenOn, year.calendar.startsOn), lte(grades.givenOn, today))),
    db
      .select({
        id: absenceRecords.id,
        studentId: absenceRecords.studentId,
        date: absenceRecords.date,
        scope: absenceRecords.scope,
        lessonNumber: absenceRecords.lessonNumber,
        groupId: absenceRecords.groupId,
        hours: absenceRecords.hours,
        type: absenceRecords.type,
        noticeFromHome: absenceRecords.noticeFromHome,
      })
      .from(absenceRecords)
      .where(
        and(
          eq(absenceRecords.ownerId, ownerId),
          eq(absenceRecords.schoolId, schoolId),
          gte(absenceRecords.date, year.calendar.startsOn),
          lte(absenceRecords.date, today),
          absenceOfWhom ? inArray(absenceRecords.studentId, absenceOfWhom) : undefined,
        ),
      ),
    db
      .select({ studentId: groupMemberships.studentId, groupId: groupMemberships.groupId })
      .from(groupMemberships)
      .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
      .where(
        and(eq(groups.ownerId, ownerId), eq(groups.schoolId, schoolId), eq(groups.schoolYearId, year.schoolYearId), only(groupMemberships.studentId)),
      ),
    db
      .select({ groupId: timetableSlots.groupId, weekday: timetableSlots.weekday, lessonNumber: timetableSlots.lessonNumber, subjectName: groups.subjectName, groupName: groups.name })
      .from(timetableSlots)
      .innerJoin(groups, and(eq(groups.ownerId, timetableSlots.ownerId), eq(groups.id, timetableSlots.groupId)))
      .where(
        and(
          eq(groups.ownerId, ownerId),
          eq(groups.schoolId, schoolId),
          eq(groups.schoolYearId, year.schoolYearId),
          onlyStudents
            ? inArray(
                timetableSlots.groupId,
                db
                  .select({ id: groupMemberships.groupId })
                  .from(groupMemberships)
                  .where(and(eq(groupMemberships.ownerId, ownerId), inArray(groupMemberships.studentId, [...onlyStudents]))),
              )
            : undefined,
        ),
      ),
    db
      .select({ id: teacherReports.id, studentId: teacherReports.studentId, kind: teacherReports.kind, createdAt: teacherReports.createdAt })
      .from(teacherReports)
      .innerJoin(students, and(eq(students.ownerId, teacherReports.ownerId), eq(students.id, teacherReports.studentId)))
      .where(ofSchool),
  ]);

  const absenceOf = groupBy(absenceRows, (a) => a.studentId);
  const slotsOf = groupBy(slots, (s) => s.groupId);
  const groupsOf = groupBy(memberships, (m) => m.studentId);
  const gradesOf = groupBy(gradeRows, (g) => g.studentId);
  const reportsOf = groupBy(reports, (r) => r.studentId);
  const intakeOf = new Map(intakeRows.map(({ row }) => [row.studentId, row]));
  const wholeDayDates = (studentId: string) => [...new Set((absenceOf.get(studentId) ?? []).filter((a) => a.scope === 'dag').map((a) => a.date))];

  const facts = studentRows.map(({ id }): IdentificationFacts => {
    const intake = intakeOf.get(id);
    const siblingIds = siblingsOf(id);
    const timetable: LessonSlot[] = (groupsOf.get(id) ?? []).flatMap((m) =>
      (slotsOf.get(m.groupId) ?? []).map((s) => ({ groupId: s.groupId, subjectName: s.subjectName ?? s.groupName, weekday: s.weekday, lessonNumber: s.lessonNumber })),
    );
    return {
      asOf: today,
      calendar: year.calendar,
      term: { startsOn: term.startsOn, endsOn: term.endsOn },
      student: { id, schoolKind: school.kind },
      intake: intake
        ? {
            gradeAverage: intake.gradeAverage,
            admittedChoice: intake.admittedChoice,
            subjectsWithGrade1OrMissing: intake.subjectsWithGrade1OrMissing,
            specialEducationNotice: intake.specialEducationNotice,
            lowerSecondaryAbsencePercent: intake.lowerSecondaryAbsencePercent,
          }
        : null,
      grades: gradesOf.get(id) ?? [],
      absence: (absenceOf.get(id) ?? []).map(({ studentId: _, ...a }) => a),
      timetable,
      reports: (reportsOf.get(id) ?? []).map((r) => ({ id: r.id, kind: r.kind, createdAt: r.createdAt.toISOString().slice(0, 10) })),
      siblings: [...siblingIds].map((studentId) => ({ studentId, absenceDates: wholeDayDates(studentId) })),
    };
  });
  return { schoolKind: school.kind, facts };
}
