/**
 * A person confirms, dismisses or resolves a flag, always with a reason. What the decision makes of
 * the flag is the domain's (src/domain/identification/flag-decision.ts); this reads and writes.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { flags, tasks } from '../db/schema.js';
import { applyFlagDecision, type FlagDecision } from '../domain/identification/flag-decision.js';

export type Decision = FlagDecision;

export async function decideFlag(
  db: Db,
  input: { ownerId: string; flagId: string; staffId: string; now: Date; decision: Decision },
): Promise<'ok' | 'not_found' | 'conflict'> {
  return db.transaction(async (tx) => {
    const [flag] = await tx.select({ state: flags.state }).from(flags).where(and(eq(flags.ownerId, input.ownerId), eq(flags.id, input.flagId)));
    if (!flag) return 'not_found';
    const outcome = applyFlagDecision(flag.state, input.decision);
    if (!outcome) return 'conflict';
    await tx
      .update(flags)
      .set({
        state: outcome.state,
        decidedBy: input.staffId,
        decidedAt: input.now,
        reason: input.decision.reason,
        reviewOn: outcome.reviewOn,
        resolvedAt: outcome.resolved ? input.now : null,
      })
      .where(and(eq(flags.ownerId, input.ownerId), eq(flags.id, input.flagId)));
    if (outcome.closesTasks) {
      await tx
        .update(tasks)
        .set({ doneAt: input.now })
        .where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.flagId, input.flagId), isNull(tasks.doneAt)));
    }
    return 'ok';
  });
}
