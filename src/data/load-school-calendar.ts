/**
 * The school year around a date, with its terms and breaks, as the domain's SchoolCalendar.
 *
 * One query gives the year as JSON text, parsed once per distinct text: every registration asks
 * for its school's calendar, and handing the rules the same calendar object lets them keep what
 * they work out from it (the school days, each term's shape) from one student to the next. A
 * changed calendar is a new text, so nothing remembered is ever stale.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { SchoolCalendar } from '../domain/school-calendar.js';
import { arrayParam } from '../lib/sql-arrays.js';

export interface TermRow {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface SchoolYearCalendar {
  schoolYearId: string;
  calendar: SchoolCalendar;
  terms: TermRow[];
  /** The term that contains the date; between terms, the one that ended last. */
  currentTerm: TermRow | null;
}

/** SQL for the school year around a date as JSON text (dates as YYYY-MM-DD), null when there is none. */
export const schoolYearText = (ownerId: unknown, schoolId: unknown, date: string) =>
  sql`(select json_build_object(
        'id', y.id,
        'startsOn', y.starts_on,
        'endsOn', y.ends_on,
        'terms', coalesce((
          select json_agg(json_build_object('id', t.id, 'name', t.name, 'startsOn', t.starts_on, 'endsOn', t.ends_on) order by t.starts_on)
          from terms t where t.owner_id = y.owner_id and t.school_year_id = y.id), '[]'),
        'breaks', coalesce((
          select json_agg(json_build_object('name', b.name, 'startsOn', b.starts_on, 'endsOn', b.ends_on) order by b.starts_on, b.name)
          from calendar_breaks b where b.owner_id = y.owner_id and b.school_year_id = y.id), '[]')
      )::text
      from school_years y
      where y.owner_id = ${ownerId} and y.school_id = ${schoolId} and y.starts_on <= ${date} and y.ends_on >= ${date}
      limit 1)`;

const parsed = new Map<string, { schoolYearId: string; calendar: SchoolCalendar; terms: TermRow[] }>();

/** The calendar a school-year text gives, seen from a date. */
export function schoolYearCalendarOf(text: string | null, date: string): SchoolYearCalendar | undefined {
  if (text === null) return undefined;
  let year = parsed.get(text);
  if (!year) {
    const { id, terms, ...calendar } = JSON.parse(text) as SchoolCalendar & { id: string; terms: TermRow[] };
    year = { schoolYearId: id, calendar, terms };
    if (parsed.size >= 1000) parsed.clear();
    parsed.set(text, year);
  }
  const started = year.terms.filter((t) => t.startsOn <= date);
  const currentTerm = started.find((t) => date <= t.endsOn) ?? started.at(-1) ?? null;
  return { ...year, currentTerm };
}

export async function loadSchoolCalendar(db: Db, ownerId: string, schoolId: string, date: string): Promise<SchoolYearCalendar | undefined> {
  const [row] = await queryRows<{ year: string | null }>(db, sql`select ${schoolYearText(ownerId, schoolId, date)} as year`);
  return schoolYearCalendarOf(row?.year ?? null, date);
}

/**
 * Several schools' calendars in one query, by school (a school without a year around the date is
 * left out): an owner's views read a municipality of two hundred schools, where a query per school
 * cost more than the reading itself.
 */
export async function loadSchoolCalendars(db: Db, ownerId: string, schoolIds: readonly string[], date: string): Promise<Map<string, SchoolYearCalendar>> {
  const calendars = new Map<string, SchoolYearCalendar>();
  if (schoolIds.length === 0) return calendars;
  const rows = await queryRows<{ id: string; year: string | null }>(
    db,
    sql`select s.id, ${schoolYearText(ownerId, sql`s.id`, date)} as year from unnest(${arrayParam(schoolIds, 'uuid')}) as s(id)`,
  );
  for (const row of rows) {
    const year = schoolYearCalendarOf(row.year, date);
    if (year) calendars.set(row.id, year);
  }
  return calendars;
}
