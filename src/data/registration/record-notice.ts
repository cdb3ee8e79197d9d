/**
 * A notice from home (melding fra hjemmet) about a day's absence. For the whole day it replaces
 * the day's single-lesson records with one whole-day record; otherwise it marks the lessons
 * already registered that day. Documented absence is `dokumentert`; the rest stays
 * `udokumentert`, now with a notice, so the home is not called again about it.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords } from '../../db/schema.js';

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
    lessonsThatDay: number;
    registeredBy: string;
  },
): Promise<number> {
  const type = input.documented ? ('dokumentert' as const) : ('udokumentert' as const);
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
        hours: input.lessonsThatDay,
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
      // Late arrivals keep their type: the notice explains them, but they are not absence.
      .where(and(ofDay, eq(absenceRecords.scope, 'time'), ne(absenceRecords.type, 'forsentkomming')))
      .returning({ id: absenceRecords.id });
    return updated.length;
  });
}
