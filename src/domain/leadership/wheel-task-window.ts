/**
 * Which of the wheel's duties become tasks today, so that the annual wheel reaches the people
 * responsible without burying them (the brief: one clear signal over many). An activity gives a
 * task only from two weeks (10 school days) before its date and until it is done; a person gets
 * one task per activity however many classes it covers (a subject teacher of eight classes is
 * told once about Kartlegging C); a role nobody holds gives no task — the gap shows on the map.
 */
import { addSchoolDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';

/** The task kind of the wheel's tasks; the task's title is the activity's code, or the school's own title. */
export const wheelTaskKind = 'arshjul';

/** School days before an activity's date that its task appears. */
export const wheelTaskLeadSchoolDays = 10;

export interface WheelDuty {
  /** The activity's code, or the school's own activity's title. */
  title: string;
  dueOn: IsoDate;
  /** Whether this duty (the activity in one class, or for the school) is done. */
  done: boolean;
  staffIds: readonly string[];
}

export interface WheelTaskWanted {
  staffId: string;
  title: string;
  /** The earliest date among the person's classes not yet done. */
  dueOn: IsoDate;
}

export function wheelTasksWanted(duties: readonly WheelDuty[], calendar: SchoolCalendar, today: IsoDate): WheelTaskWanted[] {
  const horizon = addSchoolDays(calendar, today, wheelTaskLeadSchoolDays);
  const wanted = new Map<string, WheelTaskWanted>();
  for (const duty of duties) {
    if (duty.done || duty.dueOn > horizon) continue;
    for (const staffId of duty.staffIds) {
      const key = `${staffId}\u0000${duty.title}`;
      const known = wanted.get(key);
      if (!known || duty.dueOn < known.dueOn) wanted.set(key, { staffId, title: duty.title, dueOn: duty.dueOn });
    }
  }
  return [...wanted.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.staffId.localeCompare(b.staffId) || a.title.localeCompare(b.title));
}
