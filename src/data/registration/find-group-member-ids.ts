/** The students of a group: on a day when one is given (a membership ended by a skolebytte ends the day before the move). */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groupMemberships } from '../../db/schema.js';
import { memberOn } from '../still-at-school.js';

export async function findGroupMemberIds(db: Db, ownerId: string, groupId: string, on?: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: groupMemberships.studentId })
    .from(groupMemberships)
    .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId), on ? memberOn(on) : undefined));
  return new Set(rows.map((m) => m.id));
}
