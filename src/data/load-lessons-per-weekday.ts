/**
 * Each student's lessons per ISO weekday (index 1–5) in the timetables of their groups of one
 * school year: what an absence share's lessons held are counted from
 * (docs/decisions/006-absence-figures.md), as the school overview counts them.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupMemberships, groups, timetableSlots } from '../db/schema.js';

export async function loadLessonsPerWeekday(db: Db, ownerId: string, schoolYearId: string, studentIds: readonly string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (studentIds.length === 0) return out;
  const rows = await db
    .select({ studentId: groupMemberships.studentId, weekday: timetableSlots.weekday, lessons: count() })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .innerJoin(timetableSlots, and(eq(timetableSlots.ownerId, groups.ownerId), eq(timetableSlots.groupId, groups.id)))
    .where(and(eq(groupMemberships.ownerId, ownerId), inArray(groupMemberships.studentId, [...studentIds]), eq(groups.schoolYearId, schoolYearId)))
    .groupBy(groupMemberships.studentId, timetableSlots.weekday);
  for (const row of rows) {
    const perWeekday = out.get(row.studentId) ?? [0, 0, 0, 0, 0, 0, 0, 0];
    perWeekday[row.weekday] = Number(row.lessons);
    out.set(row.studentId, perWeekday);
  }
  return out;
}
