/** Adds a measure of the school's own to the bank, numbered after the ones it has. */
import type { Db } from '../../db/database.js';
import { measures } from '../../db/schema.js';
import { findOwnMeasures } from './find-own-measures.js';

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
