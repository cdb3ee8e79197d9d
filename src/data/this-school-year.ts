/**
 * "This year's" groups: a group belongs to one school year, and the year whose dates span today is
 * the one that decides a student's class, a teacher's groups and who may see whom.
 */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupMemberships, groups, schoolYears } from '../db/schema.js';
import { memberOn } from './still-at-school.js';

/** The owner's school years that span `today`, as a subquery for `inArray(groups.schoolYearId, …)`. */
export function schoolYearsSpanning(db: Db, ownerId: string, today: string) {
  return db
    .select({ id: schoolYears.id })
    .from(schoolYears)
    .where(and(eq(schoolYears.ownerId, ownerId), lte(schoolYears.startsOn, today), gte(schoolYears.endsOn, today)));
}

/** The students' memberships in groups of this school year that have not ended by today, with the group's name and kind. */
export async function loadThisYearsMemberships(db: Db, ownerId: string, studentIds: readonly string[], today: string) {
  if (studentIds.length === 0) return [];
  return db
    .select({ studentId: groupMemberships.studentId, groupId: groups.id, name: groups.name, kind: groups.kind })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        inArray(groupMemberships.studentId, [...studentIds]),
        inArray(groups.schoolYearId, schoolYearsSpanning(db, ownerId, today)),
        memberOn(today),
      ),
    );
}
