/** Revokes the person's calendar feed in force: its address answers 404 from now on. Returns whether there was one. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { calendarFeeds } from '../../db/schema.js';

export async function revokeCalendarFeed(db: Db, input: { ownerId: string; staffId: string; now: Date }): Promise<boolean> {
  const revoked = await db
    .update(calendarFeeds)
    .set({ revokedAt: input.now })
    .where(and(eq(calendarFeeds.ownerId, input.ownerId), eq(calendarFeeds.staffId, input.staffId), isNull(calendarFeeds.revokedAt)))
    .returning({ tokenHash: calendarFeeds.tokenHash });
  return revoked.length > 0;
}
