/**
 * A new school's calendar, from the owner's: in Norway the school owner (kommune or
 * fylkeskommune) decides the school calendar (skoleruta) for all its schools, so a school the
 * imports create gets the school years another school of the owner has — the one running on the
 * import's day and those after it — with their terms and breaks. The source is the owner's
 * school whose still-running year starts first (the oldest school on a tie), and the import's
 * result names it, so that a school on a calendar of its own can be seen to need another.
 *
 * When no school of the owner has such a year there is nothing to copy, and nothing is made up:
 * the school is created without a calendar (the schools file says so in a note), or the set
 * that needs one is refused (a OneRoster set, whose classes belong to a school year).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.js';
import type { IsoDate } from '../domain/school-calendar.js';
import type { SchoolYearRef } from './load-school-references.js';
import { uuidV7 } from './uuid-v7.js';

export interface OwnerCalendar {
  from: { schoolId: string; schoolName: string };
  /** The source school's years that end on or after the import's day, in order. */
  years: Array<{ id: string; name: string; startsOn: IsoDate; endsOn: IsoDate }>;
}

/** A copy of the owner's calendar for one school: new ids for its years, each with the year it copies. */
export interface PlannedCalendar {
  from: OwnerCalendar['from'];
  years: Array<SchoolYearRef & { sourceId: string }>;
}

export async function findOwnerCalendar(db: Db, options: { ownerId: string; today: IsoDate }): Promise<OwnerCalendar | undefined> {
  const { ownerId, today } = options;
  const [source] = await queryRows<{ school_id: string; school_name: string }>(
    db,
    sql`select s.id as school_id, s.name as school_name
        from school_years y join schools s on s.owner_id = y.owner_id and s.id = y.school_id
        where y.owner_id = ${ownerId} and y.ends_on >= ${today}
        order by y.starts_on, s.created_at, s.name, s.id
        limit 1`,
  );
  if (!source) return undefined;
  const years = await queryRows<{ id: string; name: string; starts_on: string; ends_on: string }>(
    db,
    sql`select id, name, starts_on::text, ends_on::text from school_years
        where owner_id = ${ownerId} and school_id = ${source.school_id} and ends_on >= ${today}
        order by starts_on`,
  );
  return {
    from: { schoolId: source.school_id, schoolName: source.school_name },
    years: years.map((y) => ({ id: y.id, name: y.name, startsOn: y.starts_on, endsOn: y.ends_on })),
  };
}

export function planCalendar(calendar: OwnerCalendar): PlannedCalendar {
  return { from: calendar.from, years: calendar.years.map((y) => ({ id: uuidV7(), sourceId: y.id, name: y.name, startsOn: y.startsOn, endsOn: y.endsOn })) };
}

/** Writes the copied years into the school, each with the terms and breaks of the year it copies. */
export async function writeCalendar(tx: Db, options: { ownerId: string; schoolId: string; calendar: PlannedCalendar }): Promise<{ schoolYears: number; terms: number; breaks: number }> {
  const { ownerId, schoolId, calendar } = options;
  let terms = 0;
  let breaks = 0;
  for (const year of calendar.years) {
    await tx.execute(sql`insert into school_years (owner_id, id, school_id, name, starts_on, ends_on)
                         values (${ownerId}, ${year.id}, ${schoolId}, ${year.name}, ${year.startsOn}, ${year.endsOn})`);
    const copiedTerms = await queryRows<{ id: string }>(
      tx,
      sql`insert into terms (owner_id, school_year_id, name, starts_on, ends_on)
          select owner_id, ${year.id}, name, starts_on, ends_on from terms where owner_id = ${ownerId} and school_year_id = ${year.sourceId}
          returning id`,
    );
    const copiedBreaks = await queryRows<{ id: string }>(
      tx,
      sql`insert into calendar_breaks (owner_id, school_year_id, name, kind, starts_on, ends_on)
          select owner_id, ${year.id}, name, kind, starts_on, ends_on from calendar_breaks where owner_id = ${ownerId} and school_year_id = ${year.sourceId}
          returning id`,
    );
    terms += copiedTerms.length;
    breaks += copiedBreaks.length;
  }
  return { schoolYears: calendar.years.length, terms, breaks };
}
