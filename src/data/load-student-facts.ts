/** What the access policy needs to know about a student: school and this year's groups. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { students } from '../db/schema.js';
import type { StudentFacts } from '../domain/access-policy.js';
import { loadThisYearsMemberships } from './this-school-year.js';

export async function loadStudentFacts(
  db: Db,
  ownerId: string,
  studentId: string,
  today: string,
): Promise<StudentFacts | undefined> {
  const [student] = await db
    .select({ schoolId: students.schoolId })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
  if (!student) return undefined;
  const memberships = await loadThisYearsMemberships(db, ownerId, [studentId], today);
  return { schoolId: student.schoolId, groupIds: memberships.map((m) => m.groupId) };
}
