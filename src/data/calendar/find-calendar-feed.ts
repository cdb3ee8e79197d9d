/** The person's calendar feed in force, without its secret: when it was made and last fetched. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { calendarFeeds } from '../../db/schema.js';

export async function findCalendarFeed(db: Db, who: { ownerId: string; staffId: string }) {
  const [feed] = await db
    .select({ createdAt: calendarFeeds.createdAt, lastFetchedAt: calendarFeeds.lastFetchedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.ownerId, who.ownerId), eq(calendarFeeds.staffId, who.staffId), isNull(calendarFeeds.revokedAt)));
  return feed;
}
