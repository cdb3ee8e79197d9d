/**
 * A teacher's register for one lesson: everyone present by default; absent or late as marked.
 * Re-saving the same lesson replaces what was registered for it, so a correction is a re-save.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords } from '../../db/schema.js';

export interface AttendanceEntry {
  studentId: string;
  status: 'tilstede' | 'fravaer' | 'forsent';
  minutesLate?: number | null;
}

export async function recordAttendance(
  db: Db,
  input: { ownerId: string; schoolId: string; groupId: string; date: string; lessonNumber: number; registeredBy: string; entries: AttendanceEntry[] },
): Promise<number> {
  const studentIds = input.entries.map((e) => e.studentId);
  return db.transaction(async (tx) => {
    const wholeDays = await tx
      .select({ studentId: absenceRecords.studentId })
      .from(absenceRecords)
      .where(
        and(
          eq(absenceRecords.ownerId, input.ownerId),
          inArray(absenceRecords.studentId, studentIds),
          eq(absenceRecords.date, input.date),
          eq(absenceRecords.scope, 'dag'),
        ),
      );
    const awayAllDay = new Set(wholeDays.map((d) => d.studentId));
    const existing = await tx
      .select({ studentId: absenceRecords.studentId, noticeFromHome: absenceRecords.noticeFromHome, type: absenceRecords.type, cause: absenceRecords.cause })
      .from(absenceRecords)
      .where(
        and(
          eq(absenceRecords.ownerId, input.ownerId),
          inArray(absenceRecords.studentId, studentIds),
          eq(absenceRecords.date, input.date),
          eq(absenceRecords.lessonNumber, input.lessonNumber),
        ),
      );
    const noticeOf = new Map(existing.filter((e) => e.noticeFromHome).map((e) => [e.studentId, e]));
    await tx
      .delete(absenceRecords)
      .where(
        and(
          eq(absenceRecords.ownerId, input.ownerId),
          inArray(absenceRecords.studentId, studentIds),
          eq(absenceRecords.date, input.date),
          eq(absenceRecords.lessonNumber, input.lessonNumber),
        ),
      );
    const rows = input.entries
      // A whole day already recorded (a notice from home) covers the lesson.
      .filter((e) => e.status !== 'tilstede' && !awayAllDay.has(e.studentId))
      .map((e) => {
        const notice = noticeOf.get(e.studentId);
        const late = e.status === 'forsent';
        return {
          ownerId: input.ownerId,
          schoolId: input.schoolId,
          studentId: e.studentId,
          date: input.date,
          scope: 'time' as const,
          lessonNumber: input.lessonNumber,
          groupId: input.groupId,
          hours: late ? 0 : 1,
          minutesLate: late ? (e.minutesLate ?? null) : null,
          type: late ? ('forsentkomming' as const) : (notice?.type ?? ('ikke_mott' as const)),
          cause: notice?.cause ?? null,
          noticeFromHome: notice !== undefined,
          registeredBy: input.registeredBy,
          source: 'registrering' as const,
        };
      });
    if (rows.length > 0) await tx.insert(absenceRecords).values(rows);
    return input.entries.length;
  });
}
