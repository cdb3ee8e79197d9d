/**
 * The whole day's register of a class (the contact teacher's own class): a student away the
 * whole day gets one whole-day record that replaces the day's single lessons, counting the
 * student's lessons that day in the timetable; a student present has no whole-day record. A
 * notice from home already given that day stays with the day, and so does one kept for the whole
 * day before the register was taken (a guardian's call in the morning). What the records are is the
 * domain's (dayAbsences in src/domain/registration/absence-from-registration.ts). Re-saving
 * replaces, so a correction is a re-save.
 */
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords, groupMemberships, homeNotices, timetableSlots } from '../../db/schema.js';
import { dayAbsences, noticeForDay, type DayMark } from '../../domain/registration/absence-from-registration.js';
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
    const [lessons, earlier, kept] = await Promise.all([
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
      tx
        .select({ studentId: homeNotices.studentId, lessons: homeNotices.lessons, type: homeNotices.type, cause: homeNotices.cause })
        .from(homeNotices)
        .where(and(eq(homeNotices.ownerId, ownerId), inArray(homeNotices.studentId, ids), eq(homeNotices.date, date)))
        .orderBy(desc(homeNotices.recordedAt)),
    ]);
    const notices = new Map<string, { type: AbsenceType; cause: string | null }>();
    for (const r of earlier) {
      if (r.noticeFromHome && r.type !== 'forsentkomming' && (r.scope === 'dag' || !notices.has(r.studentId))) notices.set(r.studentId, { type: r.type, cause: r.cause });
    }
    // A notice from home kept for the whole day (given before the register was taken) goes with it.
    for (const id of ids) {
      const notice = notices.has(id) ? null : noticeForDay(kept.filter((n) => n.studentId === id));
      if (notice) notices.set(id, notice);
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
