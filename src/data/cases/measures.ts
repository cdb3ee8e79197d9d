/** The measure bank (from the seeds, in code) together with a school's own measures (stored). */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { measures } from '../../db/schema.js';

export async function findOwnMeasures(db: Db, ownerId: string, schoolId: string) {
  return db
    .select()
    .from(measures)
    .where(and(eq(measures.ownerId, ownerId), eq(measures.schoolId, schoolId)))
    .orderBy(asc(measures.title));
}

export async function addOwnMeasure(
  db: Db,
  input: { ownerId: string; schoolId: string; createdBy: string; title: string; description: string | null; category: string; level: string; arena: string; caseKinds: string[] },
) {
  return db.transaction(async (tx) => {
    const existing = await findOwnMeasures(tx, input.ownerId, input.schoolId);
    const code = `skolens-egne-${String(existing.length + 1).padStart(3, '0')}`;
    const [row] = await tx.insert(measures).values({ ...input, code }).returning();
    return row!;
  });
}
