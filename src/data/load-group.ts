/** A class or teaching group of the owner: its school, kind and subject. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groups } from '../db/schema.js';

export async function loadGroup(db: Db, ownerId: string, groupId: string) {
  const [group] = await db.select().from(groups).where(and(eq(groups.ownerId, ownerId), eq(groups.id, groupId)));
  return group;
}
