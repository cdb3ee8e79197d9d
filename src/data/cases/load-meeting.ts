/** One meeting (a case meeting with its summons, or a klasselærermøte). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { meetings } from '../../db/schema.js';

export async function loadMeeting(db: Db, ownerId: string, meetingId: string) {
  const [meeting] = await db.select().from(meetings).where(and(eq(meetings.ownerId, ownerId), eq(meetings.id, meetingId)));
  return meeting;
}
