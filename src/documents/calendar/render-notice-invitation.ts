/**
 * The calendar invitation (.ics) attached to a summons by e-mail (issue 15). It goes to a family's
 * inbox, so it says no more than the e-mail itself: "Møte på <skolen>", the time, the place as the
 * notice screened it, and where to sign in — never the meeting's kind or the student. The UID is
 * the meeting's own, so a resend or a moved meeting updates the same calendar entry.
 */
import ical, { ICalCalendarMethod, ICalEventClass, ICalEventTransparency } from 'ical-generator';
import { MEETING_MINUTES, meetingEventUid } from '../../domain/calendar/calendar-events.js';
import { osloVtimezoneGenerator, osloWallClockDate, osloZone } from './oslo-time-zone.js';

export interface NoticeInvitation {
  meetingId: string;
  /** The notice's subject: it is already checked for sensitive content. */
  summary: string;
  startsAt: string;
  /** The place as the notice's words carry it (screened), or null when it was left out. */
  place: string | null;
  signInAddress: string;
  stamp: Date;
}

export function renderNoticeInvitation(input: NoticeInvitation): string {
  const calendar = ical({
    prodId: { company: 'Varde', product: 'Varde', language: 'NB' },
    timezone: { name: null, generator: osloVtimezoneGenerator },
    // PUBLISH: an entry to add, not a meeting request to answer, which would need an organizer's mailbox.
    method: ICalCalendarMethod.PUBLISH,
  });
  const startsAt = new Date(input.startsAt);
  calendar.createEvent({
    id: meetingEventUid(input.meetingId),
    stamp: input.stamp,
    summary: input.summary,
    description: input.signInAddress,
    url: input.signInAddress,
    class: ICalEventClass.PRIVATE,
    timezone: osloZone,
    start: osloWallClockDate(startsAt),
    end: osloWallClockDate(new Date(startsAt.getTime() + MEETING_MINUTES * 60_000)),
    ...(input.place ? { location: input.place } : {}),
    transparency: ICalEventTransparency.OPAQUE,
  });
  return calendar.toString();
}
