/** What the access policy needs to know about a student: school and this year's groups. */
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupMemberships, groups, schoolYears, students } from '../db/schema.js';
import type { StudentFacts } from '../domain/access-policy.js';

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
  const memberships = await db
    .select({ groupId: groupMemberships.groupId })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .innerJoin(schoolYears, and(eq(schoolYears.ownerId, groups.ownerId), eq(schoolYears.id, groups.schoolYearId)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        eq(groupMemberships.studentId, studentId),
        lte(schoolYears.startsOn, today),
        gte(schoolYears.endsOn, today),
      ),
    );
  return { schoolId: student.schoolId, groupIds: memberships.map((m) => m.groupId) };
}
