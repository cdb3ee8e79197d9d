/** What a klasselærermøte talks about: the class's students, their open flags and their open cases. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, flags } from '../../db/schema.js';
import { loadGroupMembers } from '../load-group-members.js';

export async function loadClassMeetingAgenda(db: Db, ownerId: string, groupId: string) {
  const members = await loadGroupMembers(db, ownerId, groupId);
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
