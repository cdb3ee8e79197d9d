/** A conversation held from a guide (or freely), kept in the case with its answers; the history gets its summary. */
import type { Db } from '../../db/database.js';
import { conversations } from '../../db/schema.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function recordConversation(
  db: Db,
  who: CaseChange,
  input: {
    guide: string;
    heldOn: string;
    participants: Array<{ name: string; role: string }>;
    answers: Record<string, string>;
    summary: string;
    causeCategories: string[];
    maintainingFactors: string[];
    nextSteps: string;
  },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(conversations)
      .values({ ownerId: who.kase.ownerId, caseId: who.kase.id, step: who.kase.step, createdBy: who.actorStaffId, ...input })
      .returning({ id: conversations.id });
    await appendCaseEvent(tx, eventIn(who, 'conversation', input.summary.slice(0, 200), { conversationId: row!.id, guide: input.guide }));
    return row!.id;
  });
}
