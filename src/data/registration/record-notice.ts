/**
 * A notice from home (melding fra hjemmet) about a day's absence. It explains the absence already
 * registered that day for the lessons it names (by default all of the day's absence) and never
 * adds any: which records it covers and which type it gives are the domain's
 * (src/domain/registration/absence-from-registration.ts).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords } from '../../db/schema.js';
import { noticeAbsenceType, recordsANoticeCovers } from '../../domain/registration/absence-from-registration.js';

export async function recordNotice(
  db: Db,
  input: {
    ownerId: string;
    studentId: string;
    date: string;
    cause: string;
    documented: boolean;
    /** The lessons the notice names; none: the day's absence. */
    lessons?: readonly number[] | undefined;
  },
): Promise<number> {
  const type = noticeAbsenceType(input.documented);
  return db.transaction(async (tx) => {
    const ofDay = await tx
      .select({ id: absenceRecords.id, scope: absenceRecords.scope, lessonNumber: absenceRecords.lessonNumber, type: absenceRecords.type })
      .from(absenceRecords)
      .where(and(eq(absenceRecords.ownerId, input.ownerId), eq(absenceRecords.studentId, input.studentId), eq(absenceRecords.date, input.date)));
    const covered = recordsANoticeCovers(ofDay, input.lessons);
    if (covered.length === 0) return 0;
    const updated = await tx
      .update(absenceRecords)
      .set({ type, cause: input.cause, noticeFromHome: true })
      .where(and(eq(absenceRecords.ownerId, input.ownerId), eq(absenceRecords.studentId, input.studentId), eq(absenceRecords.date, input.date), inArray(absenceRecords.id, covered)))
      .returning({ id: absenceRecords.id });
    return updated.length;
  });
}
