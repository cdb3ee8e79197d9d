/** The school calendar a case's deadlines are counted on: the school year around the date. */
import type { Db } from '../../db/database.js';
import type { SchoolCalendar } from '../../domain/school-calendar.js';
import { loadSchoolCalendar } from '../load-school-calendar.js';

export class NoSchoolYearError extends Error {}

export async function caseCalendar(db: Db, ownerId: string, schoolId: string, date: string): Promise<SchoolCalendar> {
  const year = await loadSchoolCalendar(db, ownerId, schoolId, date);
  if (!year) throw new NoSchoolYearError(`The school has no school year around ${date}; deadlines cannot be counted in school days`);
  return year.calendar;
}
