/** Students' names, birth dates and classes this school year: what a case shows of its student. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { students } from '../../db/schema.js';
import { loadThisYearsMemberships } from '../this-school-year.js';

export async function loadStudentBasics(db: Db, ownerId: string, studentIds: readonly string[], today: string) {
  if (studentIds.length === 0) return new Map<string, { name: string; birthDate: string | null; groupName: string | null }>();
  const rows = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), inArray(students.id, [...studentIds])));
  const memberships = await loadThisYearsMemberships(db, ownerId, studentIds, today);
  const classOf = new Map(memberships.filter((m) => m.kind === 'basisgruppe').map((c) => [c.studentId, c.name]));
  return new Map(rows.map((r) => [r.id, { name: `${r.givenName} ${r.familyName}`, birthDate: r.birthDate, groupName: classOf.get(r.id) ?? null }]));
}
