/** The school's classes (basisgrupper) in the school year of `today`, each with its members. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groupMemberships, groups } from '../../db/schema.js';

export interface SchoolClasses {
  classes: Array<{ id: string; name: string; students: number }>;
  /** Each student's class, by student id. */
  classOf: Map<string, { classId: string; className: string }>;
}

export async function loadSchoolClasses(db: Db, ownerId: string, schoolId: string, schoolYearId: string | null): Promise<SchoolClasses> {
  if (!schoolYearId) return { classes: [], classOf: new Map() };
  const classRows = await db
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, schoolId), eq(groups.schoolYearId, schoolYearId), eq(groups.kind, 'basisgruppe')))
    .orderBy(asc(groups.name));
  const members = classRows.length
    ? await db
        .select({ groupId: groupMemberships.groupId, studentId: groupMemberships.studentId })
        .from(groupMemberships)
        .where(and(eq(groupMemberships.ownerId, ownerId), inArray(groupMemberships.groupId, classRows.map((c) => c.id))))
    : [];
  const nameOf = new Map(classRows.map((c) => [c.id, c.name]));
  const classOf = new Map(members.map((m) => [m.studentId, { classId: m.groupId, className: nameOf.get(m.groupId)! }]));
  return {
    classes: classRows.map((c) => ({ ...c, students: members.filter((m) => m.groupId === c.id).length })),
    classOf,
  };
}
