/**
 * The whole day's register of a class (the contact teacher's own class): a student away the
 * whole day gets one whole-day record that replaces the day's single lessons, counting the
 * student's lessons that day in the timetable; a student present has no whole-day record. A
 * notice from home already given that day stays with the day. What the records are is the
 * domain's (dayAbsences in src/domain/registration/absence-from-registration.ts). Re-saving
 * replaces, so a correction is a re-save.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords, groupMemberships, timetableSlots } from '../../db/schema.js';
import { dayAbsences, type DayMark } from '../../domain/registration/absence-from-registration.js';
import { isoWeekday } from '../../domain/school-calendar.js';
import type { AbsenceType } from '../../domain/vocabulary.js';
import { markRegistered } from './mark-registered.js';

export async function recordDayRegister(
  db: Db,
  input: { ownerId: string; schoolId: string; groupId: string; date: string; registeredBy: string; entries: readonly DayMark[] },
): Promise<number> {
  const { ownerId, date } = input;
  const ids = [...new Set(input.entries.map((e) => e.studentId))];
  if (ids.length === 0) return 0;
  await db.transaction(async (tx) => {
    const [lessons, earlier] = await Promise.all([
      tx
        .select({ studentId: groupMemberships.studentId, n: count() })
        .from(timetableSlots)
        .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, timetableSlots.ownerId), eq(groupMemberships.groupId, timetableSlots.groupId)))
        .where(and(eq(timetableSlots.ownerId, ownerId), inArray(groupMemberships.studentId, ids), eq(timetableSlots.weekday, isoWeekday(date))))
        .groupBy(groupMemberships.studentId),
      tx
        .select({ studentId: absenceRecords.studentId, scope: absenceRecords.scope, type: absenceRecords.type, cause: absenceRecords.cause, noticeFromHome: absenceRecords.noticeFromHome })
        .from(absenceRecords)
        .where(and(eq(absenceRecords.ownerId, ownerId), inArray(absenceRecords.studentId, ids), eq(absenceRecords.date, date))),
    ]);
    const notices = new Map<string, { type: AbsenceType; cause: string | null }>();
    for (const r of earlier) {
      if (r.noticeFromHome && r.type !== 'forsentkomming' && (r.scope === 'dag' || !notices.has(r.studentId))) notices.set(r.studentId, { type: r.type, cause: r.cause });
    }
    const absences = dayAbsences(input.entries, new Map(lessons.map((l) => [l.studentId, Number(l.n)])), notices);
    const away = absences.map((a) => a.studentId);
    const ofDay = and(eq(absenceRecords.ownerId, ownerId), eq(absenceRecords.date, date));
    // Everyone's whole day is written anew; the single lessons of those away go into the day.
    await tx.delete(absenceRecords).where(and(ofDay, inArray(absenceRecords.studentId, ids), eq(absenceRecords.scope, 'dag')));
    if (away.length > 0) {
      await tx.delete(absenceRecords).where(and(ofDay, inArray(absenceRecords.studentId, away), eq(absenceRecords.scope, 'time')));
      await tx.insert(absenceRecords).values(
        absences.map((a) => ({
          ownerId,
          schoolId: input.schoolId,
          studentId: a.studentId,
          date,
          scope: 'dag' as const,
          hours: a.hours,
          type: a.type,
          cause: a.cause,
          noticeFromHome: a.noticeFromHome,
          registeredBy: input.registeredBy,
          source: 'registrering' as const,
        })),
      );
    }
    await markRegistered(tx, { ownerId, groupId: input.groupId, date, lessonNumber: 0, registeredBy: input.registeredBy });
  });
  return ids.length;
}
