/** The students of a group. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { groupMemberships } from '../../db/schema.js';

export async function findGroupMemberIds(db: Db, ownerId: string, groupId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: groupMemberships.studentId })
    .from(groupMemberships)
    .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId)));
  return new Set(rows.map((m) => m.id));
}
