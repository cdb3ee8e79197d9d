/** The school year around a date, with its terms and breaks, as the domain's SchoolCalendar. */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { calendarBreaks, schoolYears, terms } from '../db/schema.js';
import type { SchoolCalendar } from '../domain/school-calendar.js';

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

export async function loadSchoolCalendar(
  db: Db,
  ownerId: string,
  schoolId: string,
  date: string,
): Promise<SchoolYearCalendar | undefined> {
  const [year] = await db
    .select()
    .from(schoolYears)
    .where(
      and(
        eq(schoolYears.ownerId, ownerId),
        eq(schoolYears.schoolId, schoolId),
        lte(schoolYears.startsOn, date),
        gte(schoolYears.endsOn, date),
      ),
    );
  if (!year) return undefined;
  const [termRows, breaks] = await Promise.all([
    db
      .select({ id: terms.id, name: terms.name, startsOn: terms.startsOn, endsOn: terms.endsOn })
      .from(terms)
      .where(and(eq(terms.ownerId, ownerId), eq(terms.schoolYearId, year.id)))
      .orderBy(asc(terms.startsOn)),
    db
      .select({ name: calendarBreaks.name, startsOn: calendarBreaks.startsOn, endsOn: calendarBreaks.endsOn })
      .from(calendarBreaks)
      .where(and(eq(calendarBreaks.ownerId, ownerId), eq(calendarBreaks.schoolYearId, year.id))),
  ]);
  const started = termRows.filter((t) => t.startsOn <= date);
  const currentTerm = started.find((t) => date <= t.endsOn) ?? started.at(-1) ?? null;
  return {
    schoolYearId: year.id,
    calendar: { startsOn: year.startsOn, endsOn: year.endsOn, breaks },
    terms: termRows,
    currentTerm,
  };
}
