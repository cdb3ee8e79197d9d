/**
 * A person confirms, dismisses or resolves a flag, always with a reason. A confirmed
 * closer-follow-up mark carries a review date. Dismissing or resolving closes the flag's open tasks.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { flags, tasks } from '../db/schema.js';
import type { FlagState } from '../domain/vocabulary.js';

export type Decision = { decision: 'bekreft'; reason: string; reviewOn: string } | { decision: 'avvis'; reason: string } | { decision: 'lost'; reason: string };

const allowed: Record<Decision['decision'], { from: FlagState[]; to: FlagState }> = {
  bekreft: { from: ['ny'], to: 'bekreftet' },
  avvis: { from: ['ny'], to: 'avvist' },
  lost: { from: ['ny', 'bekreftet'], to: 'lost' },
};

export async function decideFlag(
  db: Db,
  input: { ownerId: string; flagId: string; staffId: string; now: Date; decision: Decision },
): Promise<'ok' | 'not_found' | 'conflict'> {
  return db.transaction(async (tx) => {
    const [flag] = await tx.select({ state: flags.state }).from(flags).where(and(eq(flags.ownerId, input.ownerId), eq(flags.id, input.flagId)));
    if (!flag) return 'not_found';
    const rule = allowed[input.decision.decision];
    if (!rule.from.includes(flag.state)) return 'conflict';
    await tx
      .update(flags)
      .set({
        state: rule.to,
        decidedBy: input.staffId,
        decidedAt: input.now,
        reason: input.decision.reason,
        reviewOn: input.decision.decision === 'bekreft' ? input.decision.reviewOn : null,
        resolvedAt: rule.to === 'lost' ? input.now : null,
      })
      .where(and(eq(flags.ownerId, input.ownerId), eq(flags.id, input.flagId)));
    if (rule.to !== 'bekreftet') {
      await tx
        .update(tasks)
        .set({ doneAt: input.now })
        .where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.flagId, input.flagId), isNull(tasks.doneAt)));
    }
    return 'ok';
  });
}

export async function flagStudent(db: Db, ownerId: string, flagId: string): Promise<string | undefined> {
  const [row] = await db.select({ studentId: flags.studentId }).from(flags).where(and(eq(flags.ownerId, ownerId), eq(flags.id, flagId)));
  return row?.studentId;
}
