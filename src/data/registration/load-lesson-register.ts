/** The register sheet for one lesson of a group: its students, what is already recorded, and the notices from home kept for the lesson. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords, groupMemberships, homeNotices, lessonRegistrations, students, timetableSlots } from '../../db/schema.js';
import { noticeForLesson, registerStatus } from '../../domain/registration/absence-from-registration.js';
import { isoWeekday } from '../../domain/school-calendar.js';
import { loadGroup } from '../load-group.js';
import { memberOn, stillAtSchoolOn } from '../still-at-school.js';

export async function loadLessonRegister(db: Db, ownerId: string, groupId: string, date: string, askedLesson: number | undefined) {
  const group = await loadGroup(db, ownerId, groupId);
  if (!group) return undefined;
  const [slots, members] = await Promise.all([
    db
      .select({ lessonNumber: timetableSlots.lessonNumber, startsAt: timetableSlots.startsAt, endsAt: timetableSlots.endsAt })
      .from(timetableSlots)
      .where(and(eq(timetableSlots.ownerId, ownerId), eq(timetableSlots.groupId, groupId), eq(timetableSlots.weekday, isoWeekday(date))))
      .orderBy(asc(timetableSlots.lessonNumber)),
    db
      .select({ id: students.id, givenName: students.givenName, familyName: students.familyName })
      .from(groupMemberships)
      .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
      .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId), stillAtSchoolOn(date), memberOn(date)))
      .orderBy(asc(students.familyName), asc(students.givenName)),
  ]);
  const lessonNumber = askedLesson ?? slots[0]?.lessonNumber ?? 1;
  const ids = members.map((m) => m.id);
  const [records, kept] = members.length
    ? await Promise.all([
        db
          .select({ studentId: absenceRecords.studentId, scope: absenceRecords.scope, lessonNumber: absenceRecords.lessonNumber, type: absenceRecords.type, cause: absenceRecords.cause, minutesLate: absenceRecords.minutesLate })
          .from(absenceRecords)
          .where(and(eq(absenceRecords.ownerId, ownerId), inArray(absenceRecords.studentId, ids), eq(absenceRecords.date, date))),
        db
          .select({ studentId: homeNotices.studentId, lessons: homeNotices.lessons, type: homeNotices.type, cause: homeNotices.cause })
          .from(homeNotices)
          .where(and(eq(homeNotices.ownerId, ownerId), inArray(homeNotices.studentId, ids), eq(homeNotices.date, date)))
          .orderBy(desc(homeNotices.recordedAt)),
      ])
    : [[], []];
  const [taken] = await db
    .select({ n: lessonRegistrations.lessonNumber })
    .from(lessonRegistrations)
    .where(and(eq(lessonRegistrations.ownerId, ownerId), eq(lessonRegistrations.groupId, groupId), eq(lessonRegistrations.date, date), eq(lessonRegistrations.lessonNumber, lessonNumber)));
  return {
    group: { id: group.id, name: group.name, subjectName: group.subjectName, schoolId: group.schoolId, subjectCode: group.subjectCode },
    date,
    lessonNumber,
    lessonsThatDay: slots,
    registered: taken !== undefined,
    students: members.map((m) => {
      const day = records.find((r) => r.studentId === m.id && r.scope === 'dag');
      const wholeDay = day !== undefined;
      const lesson = records.find((r) => r.studentId === m.id && r.scope === 'time' && r.lessonNumber === lessonNumber);
      const status = registerStatus(wholeDay, lesson);
      const absence = day ?? (lesson?.type === 'forsentkomming' ? undefined : lesson);
      const notice = noticeForLesson(
        kept.filter((n) => n.studentId === m.id),
        lessonNumber,
      );
      return {
        ...m,
        status,
        minutesLate: lesson?.minutesLate ?? null,
        wholeDay,
        type: absence?.type ?? null,
        cause: absence?.cause ?? null,
        notice: notice ? { cause: notice.cause ?? '', documented: notice.type === 'dokumentert' } : null,
      };
    }),
  };
}
