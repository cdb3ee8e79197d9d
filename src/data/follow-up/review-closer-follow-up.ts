/**
 * A review of a closer-follow-up mark: go on with a new review date (the review task moves to it
 * and is open again), or end the mark (back to ordinary follow-up). The decision is the domain's.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { closerFollowUps, tasks } from '../../db/schema.js';
import { reviewCloserFollowUp, type CloserFollowUpReview, type ReviewRefusal } from '../../domain/follow-up/closer-follow-up.js';
import { endCloserFollowUp } from './end-closer-follow-up.js';

export type ReviewCloserFollowUpResult = { ok: true; studentId: string; decision: CloserFollowUpReview['decision'] } | { ok: false; refusal: ReviewRefusal | 'not_found' };

export async function reviewCloserFollowUpMark(
  db: Db,
  input: { ownerId: string; markId: string; staffId: string; review: CloserFollowUpReview; note: string | null; today: string; now: Date },
): Promise<ReviewCloserFollowUpResult> {
  return db.transaction(async (tx) => {
    const [mark] = await tx
      .select({ studentId: closerFollowUps.studentId, endedAt: closerFollowUps.endedAt, reviewTaskId: closerFollowUps.reviewTaskId })
      .from(closerFollowUps)
      .where(and(eq(closerFollowUps.ownerId, input.ownerId), eq(closerFollowUps.id, input.markId)))
      .for('update');
    if (!mark) return { ok: false, refusal: 'not_found' };
    const outcome = reviewCloserFollowUp(mark, input.review, input.today);
    if (!outcome.ok) return outcome;
    if (outcome.decision === 'avslutt') {
      await endCloserFollowUp(tx, { ownerId: input.ownerId, studentId: mark.studentId, staffId: input.staffId, now: input.now, reason: outcome.endReason, note: input.note });
    } else {
      await tx.update(closerFollowUps).set({ reviewOn: outcome.reviewOn }).where(and(eq(closerFollowUps.ownerId, input.ownerId), eq(closerFollowUps.id, input.markId)));
      if (mark.reviewTaskId) {
        await tx.update(tasks).set({ dueOn: outcome.reviewOn, doneAt: null }).where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.id, mark.reviewTaskId)));
      }
    }
    return { ok: true, studentId: mark.studentId, decision: outcome.decision };
  });
}
