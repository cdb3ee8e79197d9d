/** A case row with its staff participants: what the access check and every change start from. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases } from '../../db/schema.js';

export async function loadCase(db: Db, ownerId: string, caseId: string) {
  const [row] = await db.select().from(cases).where(and(eq(cases.ownerId, ownerId), eq(cases.id, caseId)));
  if (!row) return undefined;
  const participants = await db
    .select({ staffId: caseParticipants.staffId, role: caseParticipants.role })
    .from(caseParticipants)
    .where(and(eq(caseParticipants.ownerId, ownerId), eq(caseParticipants.caseId, caseId)));
  return { ...row, participants };
}

export type LoadedCase = NonNullable<Awaited<ReturnType<typeof loadCase>>>;
