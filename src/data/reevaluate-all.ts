/** A full re-evaluation: every rule for every student of every school (after an import, at start). */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { schools } from '../db/schema.js';
import { reevaluateStudents } from './reevaluate-students.js';

export async function reevaluateAll(db: Db, today: string, ownerId?: string): Promise<{ schools: number; students: number; newFlags: number }> {
  const all = await db.select({ ownerId: schools.ownerId, id: schools.id }).from(schools).where(ownerId ? eq(schools.ownerId, ownerId) : undefined);
  let students = 0;
  let newFlags = 0;
  for (const school of all) {
    const result = await reevaluateStudents(db, { ownerId: school.ownerId, schoolId: school.id, today });
    students += result.students;
    newFlags += result.newFlags.length;
  }
  return { schools: all.length, students, newFlags };
}
