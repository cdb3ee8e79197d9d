/**
 * The school saves the form's part "Opplysingar om eleven" (the last duty before the meeting is
 * summoned): the text as edited, when, and by whom (a case event). A signed form never changes.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { otAvklaringar } from '../../../db/schema.js';
import type { Opplysingar } from '../../../shared/ot-api.js';
import { appendCaseEvent, eventIn, type CaseChange } from '../../cases/case-events.js';

export async function saveOpplysingar(db: Db, who: CaseChange, input: { opplysingar: Opplysingar; now: Date }): Promise<'saved' | 'signed'> {
  return db.transaction(async (tx) => {
    const saved = await tx
      .update(otAvklaringar)
      .set({ opplysingar: input.opplysingar, opplysingarSavedAt: input.now, updatedAt: input.now })
      .where(and(eq(otAvklaringar.ownerId, who.kase.ownerId), eq(otAvklaringar.caseId, who.kase.id), isNull(otAvklaringar.signedAt)))
      .returning({ caseId: otAvklaringar.caseId });
    if (saved.length === 0) return 'signed';
    await appendCaseEvent(tx, eventIn(who, 'opplysingar_saved', null));
    return 'saved';
  });
}
