/**
 * "Nobody has acted yet" (issue 11, part 4): every student with a confirmed flag on whom nothing
 * has been done since — no case opened, no plan, no contact with the home or the student recorded,
 * no closer-follow-up mark set — oldest first, with the person who should act. The list a
 * counsellor with 300 students needs every morning: a confirmed concern is a promise to act.
 *
 * A flag still `ny` is not here: it waits for a person's judgement, which the flag's own task asks
 * for. Anything done on or after the day the flag was raised counts as acting on it; an open case
 * counts whenever it was opened, since the case is where the concern is then followed up.
 */
import { schoolDaysAfter } from './find-pitfalls.js';
import type { IsoDate, SchoolCalendar } from '../school-calendar.js';
import type { Concern } from '../identification/concerns.js';

export interface UnactedStudentFacts {
  studentId: string;
  classId: string | null;
  /** The flags a person confirmed and that are still confirmed. */
  confirmedFlags: ReadonlyArray<{ id: string; concern: Concern; raisedOn: IsoDate; confirmedOn: IsoDate }>;
  cases: ReadonlyArray<{ openedOn: IsoDate; closedOn: IsoDate | null }>;
  /** Contacts with the home or the student, and conversations held. */
  contactsOn: readonly IsoDate[];
  closerFollowUpsSetOn: readonly IsoDate[];
}

export interface UnactedEntry {
  studentId: string;
  classId: string | null;
  /** The oldest confirmed flag nothing has been done about. */
  flagId: string;
  concern: Concern;
  confirmedOn: IsoDate;
  /** Every confirmed flag of the student nothing has been done about. */
  flagIds: string[];
  /** School days since the oldest confirmation, counted as every deadline is. */
  schoolDaysWaiting: number;
}

export function findUnacted(students: readonly UnactedStudentFacts[], calendar: SchoolCalendar, today: IsoDate): UnactedEntry[] {
  const entries: UnactedEntry[] = [];
  for (const student of students) {
    if (student.cases.some((c) => c.closedOn === null)) continue;
    const actedSince = (raisedOn: IsoDate) =>
      student.cases.some((c) => c.openedOn >= raisedOn) || student.contactsOn.some((on) => on >= raisedOn && on <= today) || student.closerFollowUpsSetOn.some((on) => on >= raisedOn);
    const waiting = student.confirmedFlags.filter((f) => f.confirmedOn <= today && !actedSince(f.raisedOn)).sort((a, b) => a.confirmedOn.localeCompare(b.confirmedOn) || a.id.localeCompare(b.id));
    const oldest = waiting[0];
    if (!oldest) continue;
    entries.push({
      studentId: student.studentId,
      classId: student.classId,
      flagId: oldest.id,
      concern: oldest.concern,
      confirmedOn: oldest.confirmedOn,
      flagIds: waiting.map((f) => f.id),
      schoolDaysWaiting: schoolDaysAfter(calendar, oldest.confirmedOn, today),
    });
  }
  return entries.sort((a, b) => a.confirmedOn.localeCompare(b.confirmedOn) || a.studentId.localeCompare(b.studentId));
}
