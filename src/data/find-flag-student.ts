/** Whose flag this is: what the access check of a flag starts from. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { flags } from '../db/schema.js';

export async function findFlagStudent(db: Db, ownerId: string, flagId: string): Promise<string | undefined> {
  const [row] = await db.select({ studentId: flags.studentId }).from(flags).where(and(eq(flags.ownerId, ownerId), eq(flags.id, flagId)));
  return row?.studentId;
}
