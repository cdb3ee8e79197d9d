/** The class's earlier klasselærermøter, newest first, with their decisions. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { meetings } from '../../db/schema.js';

export async function findClassMeetings(db: Db, ownerId: string, groupId: string) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.ownerId, ownerId), eq(meetings.groupId, groupId), eq(meetings.kind, 'klasselaerermote')))
    .orderBy(desc(meetings.startsAt), desc(meetings.createdAt));
}
