/**
 * A calendar in iCalendar form (RFC 5545), made with ical-generator (docs/decisions/001): a
 * person's feed, or one meeting's invitation to download. Tasks are all-day events on their due
 * date and free time (TRANSP:TRANSPARENT), so that a deadline does not block the day; meetings are
 * timed events in Norway's time (TZID=Europe/Oslo with its VTIMEZONE). Every event is marked
 * private, says what it is in a few words and links to Varde, where the details are.
 */
import ical, { ICalCalendarMethod, ICalEventClass, ICalEventTransparency } from 'ical-generator';
import type { CalendarEvent, CalendarLanguage, CalendarLink } from '../../domain/calendar/calendar-events.js';
import { wheelTaskKind } from '../../domain/calendar/calendar-events.js';
import { calendarWords, type CalendarWords } from './calendar-words.js';
import { osloVtimezoneGenerator, osloWallClockDate, osloZone } from './oslo-time-zone.js';

export interface CalendarToRender {
  events: readonly CalendarEvent[];
  language: CalendarLanguage;
  /** Where Varde is, as the person reaches it: 'https://varde.example.no'. */
  origin: string;
  /** When the calendar is made (each event's DTSTAMP). */
  stamp: Date;
  /** `feed`: a subscription, fetched again every hour; `invitation`: one meeting, to import once. */
  purpose: 'feed' | 'invitation';
}

/** The web app's addresses the events lead to (src/web/app/router.tsx). */
export function linkPath(link: CalendarLink): string {
  return link.to === 'case' ? `/saker/${encodeURIComponent(link.caseId)}` : '/oppgaver';
}

/** The event's title, in the calendar's language. */
export function eventSummary(event: CalendarEvent, words: CalendarWords): string {
  if (event.type === 'meeting') {
    const kind = words.meetingKinds[event.kind as keyof CalendarWords['meetingKinds']];
    return words.meeting(kind ?? words.meetingKinds.annet);
  }
  if (event.kind === wheelTaskKind) return event.activity ? words.wheel(words.wheelActivities[event.activity]) : words.someWheelActivity;
  const kind = words.taskKinds[event.kind as keyof CalendarWords['taskKinds']];
  return kind ? words.task(kind) : words.someTask;
}

const midnightUtc = (day: string) => new Date(`${day}T00:00:00Z`);

export function renderCalendar(input: CalendarToRender): string {
  const words = calendarWords[input.language];
  const calendar = ical({
    prodId: { company: 'Varde', product: 'Varde', language: input.language.toUpperCase() },
    name: words.calendarName,
    description: words.calendarDescription,
    // The generator writes Oslo's VTIMEZONE once a meeting names the zone; the calendar itself has
    // no zone, so that DTSTAMP is written in UTC as RFC 5545 requires.
    timezone: { name: null, generator: osloVtimezoneGenerator },
    ...(input.purpose === 'feed' ? { ttl: 60 * 60 } : { method: ICalCalendarMethod.PUBLISH }),
  });
  for (const event of input.events) {
    const link = new URL(linkPath(event.link), input.origin).toString();
    const common = {
      id: event.uid,
      stamp: input.stamp,
      summary: eventSummary(event, words),
      description: words.description(link),
      url: link,
      class: ICalEventClass.PRIVATE,
    };
    if (event.type === 'task') {
      // Dates without a zone are read in UTC by the generator: midnight UTC is the day itself.
      calendar.createEvent({ ...common, allDay: true, start: midnightUtc(event.day), end: midnightUtc(event.endDay), transparency: ICalEventTransparency.TRANSPARENT });
    } else {
      calendar.createEvent({
        ...common,
        timezone: osloZone,
        start: osloWallClockDate(event.startsAt),
        end: osloWallClockDate(event.endsAt),
        location: event.place,
        transparency: ICalEventTransparency.OPAQUE,
      });
    }
  }
  return calendar.toString();
}
