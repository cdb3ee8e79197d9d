/** Notes that a register was taken: a lesson of a group, or (lesson 0) a class's whole day. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { lessonRegistrations } from '../../db/schema.js';

export async function markRegistered(db: Db, input: { ownerId: string; groupId: string; date: string; lessonNumber: number; registeredBy: string }): Promise<void> {
  await db
    .insert(lessonRegistrations)
    .values(input)
    .onConflictDoUpdate({
      target: [lessonRegistrations.ownerId, lessonRegistrations.groupId, lessonRegistrations.date, lessonRegistrations.lessonNumber],
      set: { registeredBy: input.registeredBy, registeredAt: sql`now()` },
    });
}
