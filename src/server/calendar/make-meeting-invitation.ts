/** Makes one case meeting's calendar invitation (.ics), with the same UID the meeting has in a feed. */
import type { loadMeeting } from '../../data/cases/load-meeting.js';
import { meetingEvent, type CalendarLanguage } from '../../domain/calendar/calendar-events.js';
import { renderCalendar } from '../../documents/calendar/render-calendar.js';

type Meeting = NonNullable<Awaited<ReturnType<typeof loadMeeting>>>;

export function makeMeetingInvitation(input: { meeting: Meeting; caseId: string; language: CalendarLanguage; origin: string; now: Date }): string {
  const { meeting } = input;
  const event = meetingEvent({ id: meeting.id, caseId: input.caseId, kind: meeting.kind, startsAt: meeting.startsAt, place: meeting.place });
  return renderCalendar({ events: [event], language: input.language, origin: input.origin, stamp: input.now, purpose: 'invitation' });
}
