/** The student's contact teacher this school year: who a new case goes to unless someone else is named. */
import { and, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groupMemberships, groupTeachers, groups, schoolYears } from '../../db/schema.js';

export async function findContactTeacher(db: Db, ownerId: string, studentId: string, today: string): Promise<string | undefined> {
  const [row] = await db
    .select({ staffId: groupTeachers.staffId })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .innerJoin(schoolYears, and(eq(schoolYears.ownerId, groups.ownerId), eq(schoolYears.id, groups.schoolYearId)))
    .innerJoin(groupTeachers, and(eq(groupTeachers.ownerId, groups.ownerId), eq(groupTeachers.groupId, groups.id)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        eq(groupMemberships.studentId, studentId),
        eq(groups.kind, 'basisgruppe'),
        eq(groupTeachers.role, 'kontaktlaerer'),
        lte(schoolYears.startsOn, today),
        gte(schoolYears.endsOn, today),
      ),
    )
    .limit(1);
  return row?.staffId;
}
