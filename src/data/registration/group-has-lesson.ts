/** Whether the group's timetable has this lesson on the date's weekday. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { timetableSlots } from '../../db/schema.js';
import { isoWeekday } from '../../domain/school-calendar.js';

export async function groupHasLesson(db: Db, ownerId: string, groupId: string, date: string, lessonNumber: number): Promise<boolean> {
  const [slot] = await db
    .select({ n: timetableSlots.lessonNumber })
    .from(timetableSlots)
    .where(and(eq(timetableSlots.ownerId, ownerId), eq(timetableSlots.groupId, groupId), eq(timetableSlots.weekday, isoWeekday(date)), eq(timetableSlots.lessonNumber, lessonNumber)));
  return slot !== undefined;
}
