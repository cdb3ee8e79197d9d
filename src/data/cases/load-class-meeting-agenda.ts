/** What a klasselærermøte talks about: the class's students, their open flags and their open cases. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases } from '../../db/schema.js';
import { loadFlags } from '../load-flags.js';
import { loadGroupMembers } from '../load-group-members.js';

export async function loadClassMeetingAgenda(db: Db, ownerId: string, groupId: string) {
  const members = await loadGroupMembers(db, ownerId, groupId);
  const ids = members.map((m) => m.id);
  // Whole flags: the agenda shows each student's one light with its reasons.
  const openFlags = await loadFlags(db, ownerId, ids, ['ny', 'bekreftet']);
  const openCases = ids.length
    ? await db
        .select()
        .from(cases)
        .where(and(eq(cases.ownerId, ownerId), inArray(cases.studentId, ids), eq(cases.status, 'aapen')))
    : [];
  return { members, openFlags, openCases };
}
