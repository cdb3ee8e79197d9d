/** A clarification case (ot_avklaring) with its participants and its form: what every change starts from. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { otAvklaringar } from '../../../db/schema.js';
import { loadCase, type LoadedCase } from '../../cases/load-case.js';

export async function loadAvklaring(db: Db, ownerId: string, caseId: string) {
  const kase = await loadCase(db, ownerId, caseId);
  if (!kase || kase.kind !== 'ot_avklaring') return undefined;
  const [form] = await db.select().from(otAvklaringar).where(and(eq(otAvklaringar.ownerId, ownerId), eq(otAvklaringar.caseId, caseId)));
  if (!form) return undefined;
  return { kase, form };
}

export type LoadedAvklaring = NonNullable<Awaited<ReturnType<typeof loadAvklaring>>>;
export type { LoadedCase };
