/** Which of these cases has which staff participants (for the access check of a list of cases). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants } from '../../db/schema.js';

export async function findCaseParticipants(db: Db, ownerId: string, caseIds: readonly string[]): Promise<Map<string, string[]>> {
  if (caseIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select({ caseId: caseParticipants.caseId, staffId: caseParticipants.staffId })
    .from(caseParticipants)
    .where(and(eq(caseParticipants.ownerId, ownerId), inArray(caseParticipants.caseId, [...caseIds])));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.caseId, [...(out.get(r.caseId) ?? []), r.staffId]);
  return out;
}
