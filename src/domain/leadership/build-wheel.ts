/**
 * A school's annual wheel for a school year: the seed's activities dated on the school's calendar
 * (counted from the first school day, or on the seed's fixed dates), with the school's own changes
 * (edit-wheel-map.ts) laid over them. Each entry says where its date came from and, when the date
 * had to move off a weekend or holiday, which way and why (wheel-dates.ts).
 */
import { addSchoolDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';
import type { RoleCode } from '../vocabulary.js';
import { seedWheelMap, type WheelMap } from './edit-wheel-map.js';
import {
  wheelActivities,
  type WheelActivityCode,
  type WheelActivityDefinition,
  type WheelProgressKind,
  type WheelRound,
  type WheelScope,
} from './wheel-activities.js';
import { firstSchoolDay, placeBeforeStart, placeDate, placeInSchoolYear, planningDayBeforeStart, weekdaysBefore, type DateMove } from './wheel-dates.js';

export interface WheelEntry {
  /** The seed's code, or the id of the school's own activity. */
  key: string;
  /** `egen`: an activity the school added; its title is the school's words. */
  code: WheelActivityCode | 'egen';
  title: string | null;
  round: WheelRound | null;
  scope: WheelScope;
  roles: readonly RoleCode[];
  progress: WheelProgressKind;
  /**
   * The date the seed's rule gives on this calendar, counted from the school's dates of the
   * activities it follows (null for the school's own).
   */
  seedDueOn: IsoDate | null;
  /** The date the school set (null while it keeps the seed's). */
  requestedOn: IsoDate | null;
  /** The due date: a school day, or before the start a weekday. */
  dueOn: IsoDate;
  /** How the date moved off a day nobody works, or null. */
  moved: DateMove | null;
  /** Left out by the school: shown so that it can be restored, given no tasks. */
  removed: boolean;
}

export interface WheelInput {
  calendar: SchoolCalendar;
  /** The school's planning day before the start, if its calendar has one. */
  planningDay?: IsoDate | null;
  map?: WheelMap;
}

/** The year the school year starts in: the dates of August–December lie in it, January–July in the next. */
export function schoolYearStart(calendar: SchoolCalendar): number {
  return Number(firstSchoolDay(calendar).slice(0, 4));
}

/** A month and day of the school year that starts in `startYear`, as a date. */
export function dateInSchoolYear(startYear: number, month: number, day: number): IsoDate {
  const year = month >= 8 ? startYear : startYear + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every activity of the wheel, the removed ones marked, in date order (the seed's order on a tie). */
export function buildWheel(input: WheelInput): WheelEntry[] {
  const { calendar } = input;
  const map = input.map ?? seedWheelMap;
  const start = firstSchoolDay(calendar);
  const planningDay = planningDayBeforeStart(calendar, input.planningDay);
  const startYear = schoolYearStart(calendar);
  const dueOf = new Map<WheelActivityCode, IsoDate>();

  const seedDate = (definition: WheelActivityDefinition) => {
    const anchor = definition.anchor;
    switch (anchor.kind) {
      case 'plandag':
        return placeBeforeStart(weekdaysBefore(planningDay, anchor.weekdaysBefore));
      case 'skolestart':
        return placeInSchoolYear(calendar, addSchoolDays(calendar, start, anchor.schoolDays));
      case 'dato':
        return placeInSchoolYear(calendar, dateInSchoolYear(startYear, anchor.month, anchor.day));
      case 'etter':
        // After the activity it follows as the school has dated it: a moved assessment takes its meeting along.
        return placeInSchoolYear(calendar, addSchoolDays(calendar, dueOf.get(anchor.activity)!, anchor.schoolDays));
    }
  };

  const entries: WheelEntry[] = wheelActivities.map((definition) => {
    const seed = seedDate(definition);
    const requestedOn = map.moved[definition.code] ?? null;
    const placed = requestedOn === null ? seed : placeDate(calendar, requestedOn);
    dueOf.set(definition.code, placed.dueOn);
    return {
      key: definition.code,
      code: definition.code,
      title: null,
      round: definition.round,
      scope: definition.scope,
      roles: definition.roles,
      progress: definition.progress,
      seedDueOn: seed.dueOn,
      requestedOn,
      dueOn: placed.dueOn,
      moved: placed.moved,
      removed: map.removed.includes(definition.code),
    };
  });

  for (const own of map.added) {
    const placed = placeDate(calendar, own.dueOn);
    entries.push({
      key: own.id,
      code: 'egen',
      title: own.title,
      round: null,
      scope: own.scope,
      roles: own.roles,
      progress: 'registrert',
      seedDueOn: null,
      requestedOn: own.dueOn,
      dueOn: placed.dueOn,
      moved: placed.moved,
      removed: false,
    });
  }
  // A stable sort: on the same day the seed's order, then the school's own in the order added.
  return entries.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The activities the school keeps: the wheel without the ones left out. */
export function activeWheel(wheel: readonly WheelEntry[]): WheelEntry[] {
  return wheel.filter((entry) => !entry.removed);
}
