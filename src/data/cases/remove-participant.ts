/** Removes a participant from a case; the responsible person stays until the case is handed on. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants } from '../../db/schema.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function removeParticipant(db: Db, who: CaseChange, staffId: string): Promise<'ok' | 'is_responsible' | 'not_found'> {
  return db.transaction(async (tx) => {
    const target = who.kase.participants.find((p) => p.staffId === staffId);
    if (!target) return 'not_found';
    if (target.role === 'ansvarlig') return 'is_responsible';
    await tx
      .delete(caseParticipants)
      .where(and(eq(caseParticipants.ownerId, who.kase.ownerId), eq(caseParticipants.caseId, who.kase.id), eq(caseParticipants.staffId, staffId)));
    await appendCaseEvent(tx, eventIn(who, 'participant_removed', null, { staffId }));
    return 'ok';
  });
}
