/**
 * Makes a person's calendar feed: their open tasks and the recent and coming meetings of the cases
 * they take part in, as iCalendar text in the language asked for, with the students it concerns
 * (for the audit trail; the text names none).
 */
import type { Db } from '../../db/database.js';
import { findCalendarEntries } from '../../data/calendar/find-calendar-entries.js';
import { calendarEvents, MEETINGS_SHOWN_FOR_DAYS, type CalendarLanguage } from '../../domain/calendar/calendar-events.js';
import { renderCalendar } from '../../documents/calendar/render-calendar.js';

export async function makeCalendarFeed(
  db: Db,
  input: { ownerId: string; staffId: string; language: CalendarLanguage; origin: string; now: Date },
): Promise<{ text: string; events: number; studentIds: string[] }> {
  const meetingsFrom = new Date(input.now.getTime() - MEETINGS_SHOWN_FOR_DAYS * 86_400_000);
  const entries = await findCalendarEntries(db, { ownerId: input.ownerId, staffId: input.staffId, meetingsFrom });
  const events = calendarEvents(entries);
  const text = renderCalendar({ events, language: input.language, origin: input.origin, stamp: input.now, purpose: 'feed' });
  const studentIds = new Set([...entries.tasks.map((t) => t.studentId), ...entries.meetings.map((m) => m.studentId)].filter((id): id is string => id !== null));
  return { text, events: events.length, studentIds: [...studentIds] };
}
