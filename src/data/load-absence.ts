/** Absence records of a set of students in a date range. */
import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { absenceRecords } from '../db/schema.js';

export async function loadAbsence(
  db: Db,
  ownerId: string,
  studentIds: readonly string[],
  range: { from: string; to: string },
) {
  if (studentIds.length === 0) return [];
  return db
    .select({
      id: absenceRecords.id,
      studentId: absenceRecords.studentId,
      date: absenceRecords.date,
      scope: absenceRecords.scope,
      lessonNumber: absenceRecords.lessonNumber,
      groupId: absenceRecords.groupId,
      hours: absenceRecords.hours,
      minutesLate: absenceRecords.minutesLate,
      type: absenceRecords.type,
      cause: absenceRecords.cause,
      noticeFromHome: absenceRecords.noticeFromHome,
      registeredBy: absenceRecords.registeredBy,
    })
    .from(absenceRecords)
    .where(
      and(
        eq(absenceRecords.ownerId, ownerId),
        inArray(absenceRecords.studentId, [...studentIds]),
        between(absenceRecords.date, range.from, range.to),
      ),
    )
    .orderBy(asc(absenceRecords.date), asc(absenceRecords.lessonNumber));
}

export type AbsenceRow = Awaited<ReturnType<typeof loadAbsence>>[number];
