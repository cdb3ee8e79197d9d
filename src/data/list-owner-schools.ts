/** The owner's schools by name, with their ids: what an administrator chooses among. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { schools } from '../db/schema.js';

export async function listOwnerSchools(db: Db, ownerId: string): Promise<Array<{ id: string; name: string }>> {
  return db.select({ id: schools.id, name: schools.name }).from(schools).where(eq(schools.ownerId, ownerId)).orderBy(asc(schools.name));
}
