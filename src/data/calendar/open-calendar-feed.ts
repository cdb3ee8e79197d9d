/**
 * A calendar program fetches a feed: the feed of this secret's hash, if it is in force and its
 * person may still sign in, is marked fetched and its person returned; otherwise nothing — a
 * revoked address, an unknown one and the address of a disabled account answer alike.
 */
import { and, eq, exists, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { accounts, calendarFeeds } from '../../db/schema.js';

export async function openCalendarFeed(db: Db, input: { tokenHash: string; now: Date }): Promise<{ ownerId: string; staffId: string } | undefined> {
  const enabledAccount = db
    .select({ staffId: accounts.staffId })
    .from(accounts)
    .where(and(eq(accounts.ownerId, calendarFeeds.ownerId), eq(accounts.staffId, calendarFeeds.staffId), isNull(accounts.disabledAt)));
  const [feed] = await db
    .update(calendarFeeds)
    .set({ lastFetchedAt: input.now })
    .where(and(eq(calendarFeeds.tokenHash, input.tokenHash), isNull(calendarFeeds.revokedAt), exists(enabledAccount)))
    .returning({ ownerId: calendarFeeds.ownerId, staffId: calendarFeeds.staffId });
  return feed;
}
