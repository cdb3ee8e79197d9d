/** Students' names, birth dates and classes this school year: what a case shows of its student. */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groupMemberships, groups, schoolYears, students } from '../../db/schema.js';

export async function loadStudentBasics(db: Db, ownerId: string, studentIds: readonly string[], today: string) {
  if (studentIds.length === 0) return new Map<string, { name: string; birthDate: string; groupName: string | null }>();
  const rows = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate })
    .from(students)
    .where(and(eq(students.ownerId, ownerId), inArray(students.id, [...studentIds])));
  const classes = await db
    .select({ studentId: groupMemberships.studentId, name: groups.name })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .innerJoin(schoolYears, and(eq(schoolYears.ownerId, groups.ownerId), eq(schoolYears.id, groups.schoolYearId)))
    .where(
      and(
        eq(groupMemberships.ownerId, ownerId),
        inArray(groupMemberships.studentId, [...studentIds]),
        eq(groups.kind, 'basisgruppe'),
        lte(schoolYears.startsOn, today),
        gte(schoolYears.endsOn, today),
      ),
    );
  const classOf = new Map(classes.map((c) => [c.studentId, c.name]));
  return new Map(rows.map((r) => [r.id, { name: `${r.givenName} ${r.familyName}`, birthDate: r.birthDate, groupName: classOf.get(r.id) ?? null }]));
}
