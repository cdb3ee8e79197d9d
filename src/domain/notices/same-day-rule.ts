/**
 * When the home is told the same day that a student is away without a notice (issue 15; the
 * school's `same_day_absence_notice`). The routine wants the home contacted at once when a
 * student has not turned up and nobody at home has said why, but a teacher's mis-click must not
 * alarm a family: the notice waits a grace period after the register was taken, and a register
 * corrected within it (a re-save writes the lesson's records anew) never causes one.
 */
import { osloDate } from '../../lib/clock.js';
import { isSchoolDay, isWeekend, type SchoolCalendar } from '../school-calendar.js';
import type { AbsenceType } from '../vocabulary.js';

/**
 * The types that mean "away, and the home has not said why". Only `ikke_mott`: it is what an
 * absence is registered as when the teacher knows nothing more ("not met, no notice"). A type
 * the teacher chose (`sykdom`, `permisjon`, `dokumentert`, `udokumentert`) says the school
 * already knows something of the absence; late arrivals are no absence.
 */
export const typesWithoutNotice = ['ikke_mott'] as const satisfies readonly AbsenceType[];

/** How long after a register is taken the notice waits, so a register corrected at once alarms nobody. */
export const GRACE_MINUTES = 15;

/** The hours in Norway within which the notice goes: the school day, when someone at the school answers the phone. */
export const NOTICE_HOURS = { from: 7, until: 16 } as const;

/** An absence record of the day as the rule reads it. */
export interface DayRecord {
  type: AbsenceType;
  /** The record carries a notice from home. */
  noticeFromHome: boolean;
  /** When the register that wrote it was taken. */
  registeredAt: Date;
}

/** Does this record show the student away without the home having said why? */
export function isWithoutNotice(record: Pick<DayRecord, 'type' | 'noticeFromHome'>): boolean {
  return !record.noticeFromHome && (typesWithoutNotice as readonly AbsenceType[]).includes(record.type);
}

/** The latest registration time whose grace has run out at `now`. */
export function graceCutoff(now: Date): Date {
  return new Date(now.getTime() - GRACE_MINUTES * 60_000);
}

/**
 * Should the home be told now? When a record of the day shows the student away without notice
 * and its grace has run out, and the home has not told the school anything that day (a notice
 * from home kept for the day, or any record carrying one: the home is in touch, and the school
 * calls them if more is needed).
 */
export function shouldTellHome(records: readonly DayRecord[], homeHasToldToday: boolean, now: Date): boolean {
  if (homeHasToldToday || records.some((r) => r.noticeFromHome)) return false;
  const cutoff = graceCutoff(now).getTime();
  return records.some((r) => isWithoutNotice(r) && r.registeredAt.getTime() <= cutoff);
}

const osloTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Minutes past midnight in Norway. */
export function osloMinuteOfDay(at: Date): number {
  const parts = Object.fromEntries(osloTime.formatToParts(at).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/**
 * Is it the time of day for same-day notices: a weekday in Norway, from 07:00 until 16:00?
 * Whether the day is one of the school's school days (not a break) the caller checks against
 * the school's calendar.
 */
export function isNoticeTime(now: Date): boolean {
  if (isWeekend(osloDate(now))) return false;
  const minute = osloMinuteOfDay(now);
  return minute >= NOTICE_HOURS.from * 60 && minute < NOTICE_HOURS.until * 60;
}

/**
 * Is the day one of the school's school days? A break is not; a day outside the school year the
 * calendar covers (or with no calendar) is, when it is a weekday — the register was taken, after all.
 */
export function isSchoolDayOf(calendar: SchoolCalendar | undefined, day: string): boolean {
  if (calendar && calendar.startsOn <= day && day <= calendar.endsOn) return isSchoolDay(calendar, day);
  return !isWeekend(day);
}
