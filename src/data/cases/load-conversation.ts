/** One conversation held in a case, with its answers. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { conversations } from '../../db/schema.js';

export async function loadConversation(db: Db, ownerId: string, conversationId: string) {
  const [row] = await db.select().from(conversations).where(and(eq(conversations.ownerId, ownerId), eq(conversations.id, conversationId)));
  return row;
}
