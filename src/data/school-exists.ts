/** Whether the owner has this school. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { schools } from '../db/schema.js';

export async function schoolExists(db: Db, ownerId: string, schoolId: string): Promise<boolean> {
  const [row] = await db.select({ id: schools.id }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  return row !== undefined;
}

/** The owner's school by id, with its name; undefined when the owner has none such. */
export async function findSchool(db: Db, ownerId: string, schoolId: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db.select({ id: schools.id, name: schools.name }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  return row;
}
