/**
 * The klasselærermøte: an agenda from the class's open flags and open cases, and the meeting's
 * decisions, each written into a case (an open one, or one opened by the decision).
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, flags, groupMemberships, groups, meetings, students } from '../../db/schema.js';

export async function loadGroup(db: Db, ownerId: string, groupId: string) {
  const [row] = await db
    .select({ id: groups.id, name: groups.name, schoolId: groups.schoolId, kind: groups.kind })
    .from(groups)
    .where(and(eq(groups.ownerId, ownerId), eq(groups.id, groupId)));
  return row;
}

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

export async function saveClassMeeting(
  db: Db,
  input: {
    ownerId: string;
    schoolId: string;
    groupId: string;
    actorStaffId: string;
    heldOn: string;
    present: string[];
    decisions: Array<{ studentId: string; text: string; caseId: string | null }>;
  },
): Promise<string> {
  const [row] = await db
    .insert(meetings)
    .values({
      ownerId: input.ownerId,
      schoolId: input.schoolId,
      groupId: input.groupId,
      kind: 'klasselaerermote',
      startsAt: new Date(`${input.heldOn}T12:00:00Z`),
      present: input.present,
      decisions: input.decisions,
      createdBy: input.actorStaffId,
    })
    .returning({ id: meetings.id });
  return row!.id;
}

export async function findClassMeetings(db: Db, ownerId: string, groupId: string) {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.ownerId, ownerId), eq(meetings.groupId, groupId), eq(meetings.kind, 'klasselaerermote')))
    .orderBy(desc(meetings.startsAt), desc(meetings.createdAt));
}
