/** Adds a participant to a case, or hands the case to a new responsible person. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases } from '../../db/schema.js';
import type { CaseParticipantRole } from '../../domain/vocabulary.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function addParticipant(db: Db, who: CaseChange, input: { staffId: string; role: CaseParticipantRole }): Promise<void> {
  await db.transaction(async (tx) => {
    if (input.role === 'ansvarlig') {
      // One person owns the case: the former owner stays as a participant.
      await tx
        .update(caseParticipants)
        .set({ role: 'deltaker' })
        .where(and(eq(caseParticipants.ownerId, who.kase.ownerId), eq(caseParticipants.caseId, who.kase.id), eq(caseParticipants.role, 'ansvarlig')));
      await tx.update(cases).set({ responsibleStaffId: input.staffId }).where(and(eq(cases.ownerId, who.kase.ownerId), eq(cases.id, who.kase.id)));
    }
    await tx
      .insert(caseParticipants)
      .values({ ownerId: who.kase.ownerId, caseId: who.kase.id, staffId: input.staffId, role: input.role })
      .onConflictDoUpdate({ target: [caseParticipants.ownerId, caseParticipants.caseId, caseParticipants.staffId], set: { role: input.role } });
    await appendCaseEvent(tx, eventIn(who, 'participant_added', null, { staffId: input.staffId, role: input.role }));
  });
}
