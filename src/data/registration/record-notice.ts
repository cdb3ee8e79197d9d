/**
 * A notice from home (melding fra hjemmet) about a day's absence. For the whole day it replaces
 * the day's single-lesson records with one whole-day record; otherwise it marks the lessons
 * already registered that day. Which type it gives and which records it changes are the domain's
 * (src/domain/registration/absence-from-registration.ts).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords } from '../../db/schema.js';
import { noticeAbsenceType, typesANoticeCovers, wholeDayLessons } from '../../domain/registration/absence-from-registration.js';

export async function recordNotice(
  db: Db,
  input: {
    ownerId: string;
    schoolId: string;
    studentId: string;
    date: string;
    cause: string;
    documented: boolean;
    wholeDay: boolean;
    /** The student's lessons that weekday in the timetable. */
    lessonsThatDay: number;
    registeredBy: string;
  },
): Promise<number> {
  const type = noticeAbsenceType(input.documented);
  const ofDay = and(eq(absenceRecords.ownerId, input.ownerId), eq(absenceRecords.studentId, input.studentId), eq(absenceRecords.date, input.date));
  return db.transaction(async (tx) => {
    if (input.wholeDay) {
      await tx.delete(absenceRecords).where(and(ofDay, eq(absenceRecords.scope, 'time')));
      await tx.delete(absenceRecords).where(and(ofDay, eq(absenceRecords.scope, 'dag')));
      await tx.insert(absenceRecords).values({
        ownerId: input.ownerId,
        schoolId: input.schoolId,
        studentId: input.studentId,
        date: input.date,
        scope: 'dag',
        hours: wholeDayLessons(input.lessonsThatDay),
        type,
        cause: input.cause,
        noticeFromHome: true,
        registeredBy: input.registeredBy,
        source: 'registrering',
      });
      return 1;
    }
    const updated = await tx
      .update(absenceRecords)
      .set({ type, cause: input.cause, noticeFromHome: true })
      .where(and(ofDay, eq(absenceRecords.scope, 'time'), inArray(absenceRecords.type, [...typesANoticeCovers])))
      .returning({ id: absenceRecords.id });
    return updated.length;
  });
}
