/** Removes a participant from a case; the responsible person stays until the case is handed on. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants } from '../../db/schema.js';
import { participantRemoval, type ParticipantRemoval } from '../../domain/cases/remove-participant.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function removeParticipant(db: Db, who: CaseChange, staffId: string): Promise<ParticipantRemoval> {
  return db.transaction(async (tx) => {
    const removal = participantRemoval(who.kase.participants, staffId);
    if (removal !== 'ok') return removal;
    await tx
      .delete(caseParticipants)
      .where(and(eq(caseParticipants.ownerId, who.kase.ownerId), eq(caseParticipants.caseId, who.kase.id), eq(caseParticipants.staffId, staffId)));
    await appendCaseEvent(tx, eventIn(who, 'participant_removed', null, { staffId }));
    return 'ok';
  });
}
