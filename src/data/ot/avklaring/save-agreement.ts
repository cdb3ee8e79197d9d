/** The form filled in during the meeting, saved as often as wanted until it is signed; its language may change with it. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { otAvklaringar } from '../../../db/schema.js';
import type { AgreementContent } from '../../../shared/ot-api.js';

export async function saveAgreement(
  db: Db,
  input: { ownerId: string; caseId: string; agreement: AgreementContent; language?: 'nb' | 'nn' | undefined; now: Date },
): Promise<'saved' | 'signed'> {
  const saved = await db
    .update(otAvklaringar)
    .set({ agreement: input.agreement, ...(input.language ? { language: input.language } : {}), updatedAt: input.now })
    .where(and(eq(otAvklaringar.ownerId, input.ownerId), eq(otAvklaringar.caseId, input.caseId), isNull(otAvklaringar.signedAt)))
    .returning({ caseId: otAvklaringar.caseId });
  return saved.length > 0 ? 'saved' : 'signed';
}
