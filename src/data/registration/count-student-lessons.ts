/** How many lessons the student's groups have on a weekday (1 = Monday), by the timetable. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groupMemberships, timetableSlots } from '../../db/schema.js';

export async function countStudentLessons(db: Db, ownerId: string, studentId: string, weekday: number): Promise<number> {
  const lessons = await db
    .select({ n: timetableSlots.lessonNumber })
    .from(timetableSlots)
    .innerJoin(groupMemberships, and(eq(groupMemberships.ownerId, timetableSlots.ownerId), eq(groupMemberships.groupId, timetableSlots.groupId)))
    .where(and(eq(timetableSlots.ownerId, ownerId), eq(groupMemberships.studentId, studentId), eq(timetableSlots.weekday, weekday)));
  return lessons.length;
}
