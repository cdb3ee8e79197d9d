/** A group's students by family name, then given name: the order every class list shows. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupMemberships, students } from '../db/schema.js';

export async function loadGroupMembers(db: Db, ownerId: string, groupId: string) {
  return db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName })
    .from(groupMemberships)
    .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
    .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId)))
    .orderBy(asc(students.familyName), asc(students.givenName));
}
