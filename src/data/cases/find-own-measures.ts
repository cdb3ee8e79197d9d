/** The school's own measures (the bank's measures live in code, src/domain/tiltak/measure-bank.ts). */
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
