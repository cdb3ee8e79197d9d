/** The whole day's register of a class: each student present, or away the whole day, as recorded. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { absenceRecords, groupMemberships, lessonRegistrations, students } from '../../db/schema.js';
import { loadGroup } from '../load-group.js';

export async function loadDayRegister(db: Db, ownerId: string, groupId: string, date: string) {
  const group = await loadGroup(db, ownerId, groupId);
  if (!group) return undefined;
  const members = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName })
    .from(groupMemberships)
    .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
    .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId)))
    .orderBy(asc(students.familyName), asc(students.givenName));
  const [records, taken] = await Promise.all([
    members.length
      ? db
          .select({ studentId: absenceRecords.studentId, scope: absenceRecords.scope, type: absenceRecords.type, cause: absenceRecords.cause, hours: absenceRecords.hours })
          .from(absenceRecords)
          .where(and(eq(absenceRecords.ownerId, ownerId), inArray(absenceRecords.studentId, members.map((m) => m.id)), eq(absenceRecords.date, date)))
      : [],
    db
      .select({ n: lessonRegistrations.lessonNumber })
      .from(lessonRegistrations)
      .where(and(eq(lessonRegistrations.ownerId, ownerId), eq(lessonRegistrations.groupId, groupId), eq(lessonRegistrations.date, date), eq(lessonRegistrations.lessonNumber, 0))),
  ]);
  return {
    group: { id: group.id, name: group.name, kind: group.kind, schoolId: group.schoolId },
    date,
    registered: taken.length > 0,
    students: members.map((m) => {
      const own = records.filter((r) => r.studentId === m.id);
      const day = own.find((r) => r.scope === 'dag');
      return {
        ...m,
        status: day ? ('fravaer' as const) : ('tilstede' as const),
        type: day?.type ?? null,
        cause: day?.cause ?? null,
        lessonsAbsent: own.filter((r) => r.scope === 'time' && r.type !== 'forsentkomming').length,
      };
    }),
  };
}
