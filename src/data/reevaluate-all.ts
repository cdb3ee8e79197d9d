/**
 * A full re-evaluation: every rule for every student of every school (after an import, at start,
 * when the date changes).
 *
 * Schools are evaluated two at a time: while Node runs the rules for one school, the database
 * gathers the facts of the other or stores its flags, so that on a PostgreSQL server both
 * processes work at once. (PGlite runs its queries one at a time in this process; there the
 * overlap is only of waiting.) Each school's flags are written by one statement of their own.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { schools } from '../db/schema.js';
import { reevaluateStudents } from './reevaluate-students.js';

/** Schools in flight at once: enough to keep one database process and Node busy together. */
const SCHOOLS_AT_ONCE = 2;

export async function reevaluateAll(db: Db, today: string, ownerId?: string): Promise<{ schools: number; students: number; newFlags: number }> {
  const all = await db.select({ ownerId: schools.ownerId, id: schools.id }).from(schools).where(ownerId ? eq(schools.ownerId, ownerId) : undefined);
  let students = 0;
  let newFlags = 0;
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const school = all[next++]!;
      const result = await reevaluateStudents(db, { ownerId: school.ownerId, schoolId: school.id, today });
      students += result.students;
      newFlags += result.newFlags.length;
    }
  };
  await Promise.all(Array.from({ length: Math.min(SCHOOLS_AT_ONCE, all.length) }, worker));
  return { schools: all.length, students, newFlags };
}
