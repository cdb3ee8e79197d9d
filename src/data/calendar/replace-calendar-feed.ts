/**
 * Gives a person a new calendar feed address: the feed in force, if any, is revoked and the new
 * one takes its place, in one transaction (one feed in force per person: calendar_feeds_one_in_force).
 * Only the hash of the secret is kept; the secret itself is shown to the person once.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { calendarFeeds } from '../../db/schema.js';

export async function replaceCalendarFeed(
  db: Db,
  input: { ownerId: string; staffId: string; tokenHash: string; now: Date },
): Promise<{ createdAt: Date; replaced: boolean }> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(calendarFeeds)
      .set({ revokedAt: input.now })
      .where(and(eq(calendarFeeds.ownerId, input.ownerId), eq(calendarFeeds.staffId, input.staffId), isNull(calendarFeeds.revokedAt)))
      .returning({ tokenHash: calendarFeeds.tokenHash });
    const [created] = await tx
      .insert(calendarFeeds)
      .values({ tokenHash: input.tokenHash, ownerId: input.ownerId, staffId: input.staffId, createdAt: input.now })
      .returning({ createdAt: calendarFeeds.createdAt });
    return { createdAt: created!.createdAt, replaced: revoked.length > 0 };
  });
}
