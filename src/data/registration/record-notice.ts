/**
 * A notice from home (melding fra hjemmet) about a day's absence. It is kept (`home_notices`) for
 * the lessons it covers, so that a lesson registered absent later that day takes it
 * (record-attendance.ts), and it explains the absence already registered for those lessons at
 * once; it never adds any. Which lessons it covers, which records it changes and which type it
 * gives are the domain's (src/domain/registration/absence-from-registration.ts).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords, homeNotices } from '../../db/schema.js';
import { lessonsANoticeCovers, noticeAbsenceType, recordsANoticeCovers } from '../../domain/registration/absence-from-registration.js';

/** Keeps the notice and returns how many absence records already registered it explains. */
export async function recordNotice(
  db: Db,
  input: {
    ownerId: string;
    studentId: string;
    date: string;
    cause: string;
    documented: boolean;
    recordedBy: string;
    /** The lessons the notice names; none: the lessons registered absent that day, else the whole day. */
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
    await tx.insert(homeNotices).values({
      ownerId: input.ownerId,
      studentId: input.studentId,
      date: input.date,
      lessons: lessonsANoticeCovers(ofDay, covered, input.lessons),
      type,
      cause: input.cause,
      recordedBy: input.recordedBy,
    });
    if (covered.length === 0) return 0;
    const updated = await tx
      .update(absenceRecords)
      .set({ type, cause: input.cause, noticeFromHome: true })
      .where(and(eq(absenceRecords.ownerId, input.ownerId), eq(absenceRecords.studentId, input.studentId), eq(absenceRecords.date, input.date), inArray(absenceRecords.id, covered)))
      .returning({ id: absenceRecords.id });
    return updated.length;
  });
}
