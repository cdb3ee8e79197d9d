/**
 * The owner's schools in figures (the skoleeier's page): students, students with a red or yellow
 * light, open cases, and the regular checks recorded this term. Counts only; the domain hides the
 * small ones (src/domain/owner/shown-count.ts).
 */
import { and, count, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { cases, checkRecords, flags, schools, students } from '../db/schema.js';
import { shownCount } from '../domain/owner/shown-count.js';
import { loadSchoolCalendar } from './load-school-calendar.js';
import { stillAtSchoolOn } from './still-at-school.js';

export async function findOwnerFigures(db: Db, ownerId: string, today: string) {
  const schoolRows = await db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.ownerId, ownerId)).orderBy(schools.name);
  return Promise.all(
    schoolRows.map(async (school) => {
      const calendar = await loadSchoolCalendar(db, ownerId, school.id, today);
      const termStart = calendar?.currentTerm?.startsOn ?? today;
      const [[studentCount], openFlags, [openCases], [checks]] = await Promise.all([
        // Written-out students (left, or completed and gone on) are no longer the school's.
        db.select({ n: count() }).from(students).where(and(eq(students.ownerId, ownerId), eq(students.schoolId, school.id), stillAtSchoolOn(today))),
        db
          .select({ studentId: flags.studentId, level: flags.level })
          .from(flags)
          .where(and(eq(flags.ownerId, ownerId), eq(flags.schoolId, school.id), inArray(flags.state, ['ny', 'bekreftet']))),
        db.select({ n: count() }).from(cases).where(and(eq(cases.ownerId, ownerId), eq(cases.schoolId, school.id), eq(cases.status, 'aapen'))),
        db
          .select({ n: count() })
          .from(checkRecords)
          .where(and(eq(checkRecords.ownerId, ownerId), eq(checkRecords.schoolId, school.id), gte(checkRecords.doneAt, new Date(`${termStart}T00:00:00Z`)))),
      ]);
      const red = new Set(openFlags.filter((f) => f.level === 'rod').map((f) => f.studentId));
      const yellow = new Set(openFlags.filter((f) => !red.has(f.studentId)).map((f) => f.studentId));
      return {
        id: school.id,
        name: school.name,
        students: studentCount?.n ?? 0,
        red: shownCount(red.size),
        yellow: shownCount(yellow.size),
        openCases: shownCount(openCases?.n ?? 0),
        checksDoneThisTerm: checks?.n ?? 0,
      };
    }),
  );
}
