/**
 * The clarification case closed because the student stays in school (outcome effekt): the open
 * tasks are done and the case keeps its history. A student who leaves is written out instead,
 * which hands the case to OT (outcome overfort_ot, src/data/ot/ on OT's side).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { cases } from '../../../db/schema.js';
import { appendCaseEvent, eventIn, type CaseChange } from '../../cases/case-events.js';
import { closeCaseTasks } from '../../cases/close-case-tasks.js';

export async function closeAvklaring(db: Db, who: CaseChange, input: { note: string; now: Date }): Promise<'closed' | 'already_closed'> {
  if (who.kase.status !== 'aapen') return 'already_closed';
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(cases)
      .set({ status: 'avsluttet', closedAt: input.now, closedBy: who.actorStaffId, outcome: 'effekt', outcomeNote: input.note })
      .where(and(eq(cases.ownerId, who.kase.ownerId), eq(cases.id, who.kase.id), eq(cases.status, 'aapen')))
      .returning({ id: cases.id });
    if (closed.length === 0) return 'already_closed' as const;
    await closeCaseTasks(tx, who.kase.ownerId, who.kase.id, input.now);
    await appendCaseEvent(tx, eventIn(who, 'closed', input.note, { outcome: 'effekt' }));
    return 'closed' as const;
  });
}
