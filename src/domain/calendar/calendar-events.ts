/**
 * What a person's calendar shows (issue 11, part 8): each open task as an all-day event on its due
 * date (the annual wheel's tasks among them), and each case meeting of the cases the person takes
 * part in as a timed event. An event carries codes and ids, never words or names: the words are
 * the renderer's, in the feed's language, and no student is named in a feed that lives on the
 * calendar provider's servers (docs/decisions/018-calendar-feeds.md).
 *
 * Each event's UID is made from the id of the task or meeting alone, so that a calendar that
 * fetches the feed again, or imports a meeting's invitation twice, updates the event it has
 * instead of adding another.
 */
import { wheelActivityCodes, type WheelActivityCode } from '../leadership/wheel-activities.js';
import { addDays, type IsoDate } from '../school-calendar.js';

/** The languages a feed or an invitation is written in: those of the app. */
export const calendarLanguages = ['nb', 'nn', 'en'] as const;
export type CalendarLanguage = (typeof calendarLanguages)[number];

/** A case meeting has no end in Varde; the calendar shows it as an hour. */
export const MEETING_MINUTES = 60;
/** How far back a feed shows meetings: recent ones stay visible, old history is not carried along. */
export const MEETINGS_SHOWN_FOR_DAYS = 90;

/** The kind of task the annual wheel gives (the wheel's activity code is kept in its title). */
export const wheelTaskKind = 'arshjul';

export interface CalendarTask {
  id: string;
  kind: string;
  /** For the wheel's tasks, the activity's code; otherwise the kind again (never shown). */
  title: string;
  dueOn: IsoDate;
  caseId: string | null;
}

export interface CalendarMeeting {
  id: string;
  caseId: string;
  kind: string;
  startsAt: Date;
  place: string | null;
}

/** Where in Varde the event leads: the case, or the person's task list. */
export type CalendarLink = { to: 'case'; caseId: string } | { to: 'tasks' };

export type CalendarEvent =
  | {
      type: 'task';
      uid: string;
      kind: string;
      /** The wheel's activity, when the task is the wheel's and its code is one Varde knows. */
      activity: WheelActivityCode | null;
      day: IsoDate;
      /** The day after: an all-day event's DTEND is exclusive (RFC 5545, 3.6.1). */
      endDay: IsoDate;
      link: CalendarLink;
    }
  | {
      type: 'meeting';
      uid: string;
      kind: string;
      startsAt: Date;
      endsAt: Date;
      place: string | null;
      link: CalendarLink;
    };

export const taskEventUid = (taskId: string) => `varde-oppgave-${taskId}@varde`;
export const meetingEventUid = (meetingId: string) => `varde-mote-${meetingId}@varde`;

const knownActivity = (code: string): WheelActivityCode | null => ((wheelActivityCodes as readonly string[]).includes(code) ? (code as WheelActivityCode) : null);

export function taskEvent(task: CalendarTask): CalendarEvent {
  return {
    type: 'task',
    uid: taskEventUid(task.id),
    kind: task.kind,
    // Only a code from the wheel's own list: a title is never shown as it is written.
    activity: task.kind === wheelTaskKind ? knownActivity(task.title) : null,
    day: task.dueOn,
    endDay: addDays(task.dueOn, 1),
    link: task.caseId ? { to: 'case', caseId: task.caseId } : { to: 'tasks' },
  };
}

export function meetingEvent(meeting: CalendarMeeting): CalendarEvent {
  return {
    type: 'meeting',
    uid: meetingEventUid(meeting.id),
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    endsAt: new Date(meeting.startsAt.getTime() + MEETING_MINUTES * 60_000),
    place: meeting.place,
    link: { to: 'case', caseId: meeting.caseId },
  };
}

/** The person's calendar: tasks and meetings in the order they come, so that the feed reads the same every time. */
export function calendarEvents(input: { tasks: readonly CalendarTask[]; meetings: readonly CalendarMeeting[] }): CalendarEvent[] {
  const events = [...input.tasks.map(taskEvent), ...input.meetings.map(meetingEvent)];
  const sortKey = (e: CalendarEvent) => (e.type === 'task' ? `${e.day}T00:00` : e.startsAt.toISOString());
  return events.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.uid.localeCompare(b.uid));
}
