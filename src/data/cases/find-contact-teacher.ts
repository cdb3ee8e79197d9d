/** The student's contact teacher this school year: who a new case goes to unless someone else is named. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groupMemberships, groupTeachers, groups } from '../../db/schema.js';
import { schoolYearsSpanning } from '../this-school-year.js';

export async function findContactTeacher(db: Db, ownerId: string, studentId: string, today: string): Promise<string | undefined> {
  const [row] = await db
    .select({ staffId: groupTeachers.staffId })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .innerJoin(groupTeachers, and(eq(groupTeachers.ownerId, groups.ownerId), eq(groupTeachers.groupId, groups.id)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        eq(groupMemberships.studentId, studentId),
        eq(groups.kind, 'basisgruppe'),
        eq(groupTeachers.role, 'kontaktlaerer'),
        inArray(groups.schoolYearId, schoolYearsSpanning(db, ownerId, today)),
      ),
    )
    .limit(1);
  return row?.staffId;
}
