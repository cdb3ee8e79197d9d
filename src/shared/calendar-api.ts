/**
 * The API contract for calendar feeds (issue 11, part 8): a person's secret address for their
 * tasks and case meetings in Outlook or Google, and one meeting's invitation to download. Same
 * conventions as api.ts.
 */
import { z } from 'zod';
import { calendarLanguages } from '../domain/calendar/calendar-events.js';

export const calendarLanguage = z.enum(calendarLanguages);
export type CalendarLanguage = z.infer<typeof calendarLanguage>;

/** Whether the signed-in person has a feed in force; the secret is never shown again. */
export const calendarFeedStatus = z.object({
  feed: z
    .object({
      createdAt: z.string(),
      /** When a calendar program last fetched it; null when none has yet. */
      lastFetchedAt: z.string().nullable(),
    })
    .nullable(),
});

export const createCalendarFeedBody = z.object({
  /** The language the events are written in. */
  language: calendarLanguage.default('nb'),
});

/** The new address, shown once: Varde's own address (the page's origin) followed by `path`. */
export const createdCalendarFeed = z.object({
  path: z.string(),
  createdAt: z.string(),
  /** Whether an earlier address was revoked to make way for this one. */
  replaced: z.boolean(),
});

/** The secret of a feed as it stands in its address (…/feeds/<secret>.ics); anything else is an unknown feed. */
export const calendarFeedParams = z.object({ token: z.string().max(200) });
export const calendarQuery = z.object({ language: calendarLanguage.default('nb') });
