/** The school and owner a document is sent from, for its letterhead. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { owners, schools } from '../../db/schema.js';

export async function loadLetterhead(db: Db, ownerId: string, schoolId: string): Promise<{ schoolName: string; ownerName: string; address: string | null }> {
  const [row] = await db
    .select({ schoolName: schools.name, ownerName: owners.name, municipality: schools.municipality })
    .from(schools)
    .innerJoin(owners, eq(owners.id, schools.ownerId))
    .where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  return { schoolName: row?.schoolName ?? '', ownerName: row?.ownerName ?? '', address: row?.municipality ?? null };
}
