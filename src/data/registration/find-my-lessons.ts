/**
 * "My lessons today": a teacher's lessons on a date from the timetable of the groups the teacher
 * teaches, each with whether its register has been taken; every group's weekdays (for a day
 * without lessons); and the classes the teacher is contact teacher of, for the whole day's register.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groups, lessonRegistrations, timetableSlots } from '../../db/schema.js';
import { isoWeekday } from '../../domain/school-calendar.js';

export async function findMyLessons(db: Db, ownerId: string, who: { teachingGroupIds: ReadonlySet<string>; contactGroupIds: ReadonlySet<string> }, date: string) {
  const ids = [...new Set([...who.teachingGroupIds, ...who.contactGroupIds])];
  if (ids.length === 0) return { date, lessons: [], groups: [], classes: [] };
  const weekday = isoWeekday(date);
  const [groupRows, slots, taken] = await Promise.all([
    db
      .select({ id: groups.id, name: groups.name, subjectName: groups.subjectName, kind: groups.kind })
      .from(groups)
      .where(and(eq(groups.ownerId, ownerId), inArray(groups.id, ids)))
      .orderBy(asc(groups.name)),
    db
      .select({ groupId: timetableSlots.groupId, weekday: timetableSlots.weekday, lessonNumber: timetableSlots.lessonNumber, startsAt: timetableSlots.startsAt, endsAt: timetableSlots.endsAt })
      .from(timetableSlots)
      .where(and(eq(timetableSlots.ownerId, ownerId), inArray(timetableSlots.groupId, ids))),
    db
      .select({ groupId: lessonRegistrations.groupId, lessonNumber: lessonRegistrations.lessonNumber })
      .from(lessonRegistrations)
      .where(and(eq(lessonRegistrations.ownerId, ownerId), inArray(lessonRegistrations.groupId, ids), eq(lessonRegistrations.date, date))),
  ]);
  const byId = new Map(groupRows.map((g) => [g.id, g]));
  const isTaken = (groupId: string, lessonNumber: number) => taken.some((t) => t.groupId === groupId && t.lessonNumber === lessonNumber);
  const lessons = slots
    .filter((s) => s.weekday === weekday && byId.has(s.groupId))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.lessonNumber - b.lessonNumber || byId.get(a.groupId)!.name.localeCompare(byId.get(b.groupId)!.name))
    .map((s) => {
      const g = byId.get(s.groupId)!;
      return { groupId: g.id, groupName: g.name, subjectName: g.subjectName, lessonNumber: s.lessonNumber, startsAt: s.startsAt, endsAt: s.endsAt, registered: isTaken(g.id, s.lessonNumber) };
    });
  const withLessons = groupRows
    .map((g) => ({ groupId: g.id, groupName: g.name, subjectName: g.subjectName, weekdays: [...new Set(slots.filter((s) => s.groupId === g.id).map((s) => s.weekday))].sort() }))
    .filter((g) => g.weekdays.length > 0);
  const classes = groupRows
    .filter((g) => g.kind === 'basisgruppe' && who.contactGroupIds.has(g.id))
    .map((g) => ({ groupId: g.id, groupName: g.name, registered: isTaken(g.id, 0) }));
  return { date, lessons, groups: withLessons, classes };
}
