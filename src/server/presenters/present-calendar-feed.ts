/** A person's calendar feed as the contract shows it: when it was made and last fetched, never its secret. */
import type { findCalendarFeed } from '../../data/calendar/find-calendar-feed.js';
import type { calendarFeedStatus } from '../../shared/calendar-api.js';
import type { z } from 'zod';

export function presentCalendarFeedStatus(feed: Awaited<ReturnType<typeof findCalendarFeed>>): z.infer<typeof calendarFeedStatus> {
  return { feed: feed ? { createdAt: feed.createdAt.toISOString(), lastFetchedAt: feed.lastFetchedAt?.toISOString() ?? null } : null };
}
