/**
 * The school's annual wheel for the school year around a day: the newest version of its map (the
 * seed's wheel, version 0, when the school has changed nothing) laid over the school's calendar.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { buildWheel, type WheelEntry } from '../../domain/leadership/build-wheel.js';
import { firstSchoolDay } from '../../domain/leadership/wheel-dates.js';
import { seedWheelMap, type WheelMap } from '../../domain/leadership/edit-wheel-map.js';
import type { SchoolCalendar } from '../../domain/school-calendar.js';

export interface LoadedWheel {
  map: WheelMap;
  wheel: WheelEntry[];
  /** The wheel's day for telling the contact teachers who is identified: the pitfalls' intake deadline. */
  intakeIdentifiedBy: string | null;
}

export async function loadWheelMap(db: Db, ownerId: string, schoolId: string, schoolYearId: string): Promise<WheelMap> {
  const [row] = await queryRows<{ version: number; map: Omit<WheelMap, 'version'> }>(
    db,
    sql`select version, map from wheel_maps where owner_id = ${ownerId} and school_id = ${schoolId} and school_year_id = ${schoolYearId} order by version desc limit 1`,
  );
  return row ? { ...seedWheelMap, ...row.map, version: row.version } : seedWheelMap;
}

export async function loadWheel(db: Db, ownerId: string, schoolId: string, schoolYearId: string, calendar: SchoolCalendar): Promise<LoadedWheel> {
  const [map, planningDays] = await Promise.all([
    loadWheelMap(db, ownerId, schoolId, schoolYearId),
    // The calendar's planning days; the wheel takes the last one before the first school day.
    queryRows<{ on: string }>(
      db,
      sql`select to_char(starts_on, 'YYYY-MM-DD') as on from calendar_breaks
          where owner_id = ${ownerId} and school_year_id = ${schoolYearId} and kind = 'planleggingsdag' order by starts_on`,
    ),
  ]);
  const wheel = buildWheel({ calendar, planningDay: lastPlanningDayBeforeStart(calendar, planningDays.map((d) => d.on)), map });
  const inform = wheel.find((e) => e.key === 'informer_kontaktlaerere');
  return { map, wheel, intakeIdentifiedBy: inform && !inform.removed ? inform.dueOn : null };
}

function lastPlanningDayBeforeStart(calendar: SchoolCalendar, days: readonly string[]): string | null {
  const start = firstSchoolDay(calendar);
  return days.filter((d) => d < start).at(-1) ?? null;
}
