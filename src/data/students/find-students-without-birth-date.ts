/** The school's current students (not written out) whose birth date is missing, with this year's class, by name. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { students } from '../../db/schema.js';
import { stillAtSchoolOn } from '../still-at-school.js';
import { loadThisYearsMemberships } from '../this-school-year.js';

export async function findStudentsWithoutBirthDate(db: Db, ownerId: string, schoolId: string, today: string) {
  const rows = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), eq(students.schoolId, schoolId), isNull(students.birthDate), stillAtSchoolOn(today)))
    .orderBy(asc(students.familyName), asc(students.givenName), asc(students.id));
  const memberships = await loadThisYearsMemberships(db, ownerId, rows.map((r) => r.id), today);
  const classOf = new Map(memberships.filter((m) => m.kind === 'basisgruppe').map((m) => [m.studentId, m.name]));
  return rows.map((r) => ({ ...r, className: classOf.get(r.id) ?? null }));
}
