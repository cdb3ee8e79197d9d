/** The whole day's register of a class: each student present, or away the whole day, as recorded, with a notice from home kept for the day. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords, groupMemberships, homeNotices, lessonRegistrations, students } from '../../db/schema.js';
import { noticeForDay } from '../../domain/registration/absence-from-registration.js';
import { loadGroup } from '../load-group.js';
import { memberOn, stillAtSchoolOn } from '../still-at-school.js';

export async function loadDayRegister(db: Db, ownerId: string, groupId: string, date: string) {
  const group = await loadGroup(db, ownerId, groupId);
  if (!group) return undefined;
  const members = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName })
    .from(groupMemberships)
    .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
    .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId), stillAtSchoolOn(date), memberOn(date)))
    .orderBy(asc(students.familyName), asc(students.givenName));
  const ids = members.map((m) => m.id);
  const [records, taken, kept] = await Promise.all([
    members.length
      ? db
          .select({ studentId: absenceRecords.studentId, scope: absenceRecords.scope, type: absenceRecords.type, cause: absenceRecords.cause, hours: absenceRecords.hours })
          .from(absenceRecords)
          .where(and(eq(absenceRecords.ownerId, ownerId), inArray(absenceRecords.studentId, ids), eq(absenceRecords.date, date)))
      : [],
    db
      .select({ n: lessonRegistrations.lessonNumber })
      .from(lessonRegistrations)
      .where(and(eq(lessonRegistrations.ownerId, ownerId), eq(lessonRegistrations.groupId, groupId), eq(lessonRegistrations.date, date), eq(lessonRegistrations.lessonNumber, 0))),
    members.length
      ? db
          .select({ studentId: homeNotices.studentId, lessons: homeNotices.lessons, type: homeNotices.type, cause: homeNotices.cause })
          .from(homeNotices)
          .where(and(eq(homeNotices.ownerId, ownerId), inArray(homeNotices.studentId, ids), eq(homeNotices.date, date)))
          .orderBy(desc(homeNotices.recordedAt))
      : [],
  ]);
  return {
    group: { id: group.id, name: group.name, kind: group.kind, schoolId: group.schoolId },
    date,
    registered: taken.length > 0,
    students: members.map((m) => {
      const own = records.filter((r) => r.studentId === m.id);
      const day = own.find((r) => r.scope === 'dag');
      const notice = noticeForDay(kept.filter((n) => n.studentId === m.id));
      return {
        ...m,
        status: day ? ('fravaer' as const) : ('tilstede' as const),
        type: day?.type ?? null,
        cause: day?.cause ?? null,
        lessonsAbsent: own.filter((r) => r.scope === 'time' && r.type !== 'forsentkomming').length,
        notice: notice ? { cause: notice.cause ?? '', documented: notice.type === 'dokumentert' } : null,
      };
    }),
  };
}
