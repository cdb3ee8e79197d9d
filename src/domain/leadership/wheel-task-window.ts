/**
 * Which of the wheel's duties become tasks today, so that the annual wheel reaches the people
 * responsible without burying them (the brief: one clear signal over many). An activity gives a
 * task from two weeks (10 school days) before its date; a duty more than two weeks late is given
 * to nobody anew — it is leadership's to take up from the wheel, where it shows as late — while a
 * task already given stays open until the duty is done. A person gets one task per activity
 * however many classes it covers (a subject teacher of eight classes is told once about
 * Kartlegging C); a role nobody holds gives no task: the gap shows on the map.
 */
import { addSchoolDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';

/** The task kind of the wheel's tasks; the task's title is the activity's code, or the school's own title. */
export const wheelTaskKind = 'arshjul';

/** School days before an activity's date that its task appears, and after it that a new task may still be given. */
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
  /** The earliest date among the person's duties of the activity not yet done. */
  dueOn: IsoDate;
}

export interface WheelTaskPlan {
  /** The tasks to be open now: given if not given yet. */
  give: WheelTaskWanted[];
  /** Every person and activity with a duty not done, whatever its date: an open task of one of these stays open. */
  owed: WheelTaskWanted[];
}

export function planWheelTasks(duties: readonly WheelDuty[], calendar: SchoolCalendar, today: IsoDate): WheelTaskPlan {
  const horizon = addSchoolDays(calendar, today, wheelTaskLeadSchoolDays);
  const owed = new Map<string, WheelTaskWanted>();
  const give = new Map<string, WheelTaskWanted>();
  for (const duty of duties) {
    if (duty.done) continue;
    // Given from two weeks before the date until two weeks after it.
    const inWindow = duty.dueOn <= horizon && addSchoolDays(calendar, duty.dueOn, wheelTaskLeadSchoolDays) >= today;
    for (const staffId of duty.staffIds) {
      const key = `${staffId}\u0000${duty.title}`;
      for (const [into, wanted] of [
        [owed, true],
        [give, inWindow],
      ] as const) {
        if (!wanted) continue;
        const known = into.get(key);
        // Stryker disable next-line EqualityOperator: on the same day the entry is the same (person, title, date).
        if (!known || duty.dueOn < known.dueOn) into.set(key, { staffId, title: duty.title, dueOn: duty.dueOn });
      }
    }
  }
  const sorted = (m: Map<string, WheelTaskWanted>) => [...m.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.staffId.localeCompare(b.staffId) || a.title.localeCompare(b.title));
  return { give: sorted(give), owed: sorted(owed) };
}
