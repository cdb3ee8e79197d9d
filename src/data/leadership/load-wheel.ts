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
import { groupBy } from '../../lib/group-by.js';
import { arrayParam } from '../../lib/sql-arrays.js';

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
  return (await loadWheels(db, ownerId, [{ schoolId, schoolYearId, calendar }])).get(schoolId)!;
}

/**
 * Several schools' wheels in two queries (the owner's view reads a municipality's two hundred
 * schools), by school: each school's newest map, and the planning days of their school years.
 */
export async function loadWheels(
  db: Db,
  ownerId: string,
  years: ReadonlyArray<{ schoolId: string; schoolYearId: string; calendar: SchoolCalendar }>,
): Promise<Map<string, LoadedWheel>> {
  const wheels = new Map<string, LoadedWheel>();
  if (years.length === 0) return wheels;
  const yearIds = arrayParam([...new Set(years.map((y) => y.schoolYearId))], 'uuid');
  const [maps, planningDays] = await Promise.all([
    queryRows<{ school_id: string; school_year_id: string; version: number; map: Omit<WheelMap, 'version'> }>(
      db,
      sql`select distinct on (school_id, school_year_id) school_id, school_year_id, version, map from wheel_maps
          where owner_id = ${ownerId} and school_id = any(${arrayParam(years.map((y) => y.schoolId), 'uuid')}) and school_year_id = any(${yearIds})
          order by school_id, school_year_id, version desc`,
    ),
    // The calendar's planning days; the wheel takes the last one before the first school day.
    queryRows<{ school_year_id: string; on: string }>(
      db,
      sql`select school_year_id, to_char(starts_on, 'YYYY-MM-DD') as on from calendar_breaks
          where owner_id = ${ownerId} and school_year_id = any(${yearIds}) and kind = 'planleggingsdag' order by starts_on`,
    ),
  ]);
  const mapOf = new Map(maps.map((m) => [`${m.school_id}|${m.school_year_id}`, m]));
  const daysOf = groupBy(planningDays, (d) => d.school_year_id);
  for (const { schoolId, schoolYearId, calendar } of years) {
    const row = mapOf.get(`${schoolId}|${schoolYearId}`);
    const map: WheelMap = row ? { ...seedWheelMap, ...row.map, version: row.version } : seedWheelMap;
    const days = (daysOf.get(schoolYearId) ?? []).map((d) => d.on);
    const wheel = buildWheel({ calendar, planningDay: lastPlanningDayBeforeStart(calendar, days), map });
    const inform = wheel.find((e) => e.key === 'informer_kontaktlaerere');
    wheels.set(schoolId, { map, wheel, intakeIdentifiedBy: inform && !inform.removed ? inform.dueOn : null });
  }
  return wheels;
}

function lastPlanningDayBeforeStart(calendar: SchoolCalendar, days: readonly string[]): string | null {
  const start = firstSchoolDay(calendar);
  return days.filter((d) => d < start).at(-1) ?? null;
}
