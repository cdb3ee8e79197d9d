/** What a klasselærermøte talks about: the class's students, their open flags and their open cases. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, flags, groupMemberships, students } from '../../db/schema.js';

export async function loadClassMeetingAgenda(db: Db, ownerId: string, groupId: string) {
  const members = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName })
    .from(groupMemberships)
    .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
    .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId)))
    .orderBy(asc(students.familyName), asc(students.givenName));
  const ids = members.map((m) => m.id);
  const openFlags = ids.length
    ? await db
        .select({ id: flags.id, studentId: flags.studentId, ruleCode: flags.ruleCode, level: flags.level, state: flags.state })
        .from(flags)
        .where(and(eq(flags.ownerId, ownerId), inArray(flags.studentId, ids), inArray(flags.state, ['ny', 'bekreftet'])))
    : [];
  const openCases = ids.length
    ? await db
        .select()
        .from(cases)
        .where(and(eq(cases.ownerId, ownerId), inArray(cases.studentId, ids), eq(cases.status, 'aapen')))
    : [];
  return { members, openFlags, openCases };
}
