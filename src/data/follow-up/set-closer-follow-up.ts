/**
 * Places a student under closer follow-up (tettere oppfølging): the mark, with its reason and
 * review date, and the review task of the person who set it, due on that date — so that the mark
 * asks for a review instead of running on or silently vanishing (closer-follow-up.ts).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { closerFollowUps, tasks } from '../../db/schema.js';
import { closerFollowUpTaskKind, decideStartCloserFollowUp, type StartRefusal } from '../../domain/follow-up/closer-follow-up.js';

export type SetCloserFollowUpResult = { ok: true; id: string } | { ok: false; refusal: StartRefusal };

export async function setCloserFollowUp(
  db: Db,
  input: { ownerId: string; schoolId: string; studentId: string; staffId: string; reason: string; reviewOn: string; today: string },
): Promise<SetCloserFollowUpResult> {
  return db.transaction(async (tx) => {
    const open = await tx
      .select({ id: closerFollowUps.id })
      .from(closerFollowUps)
      .where(and(eq(closerFollowUps.ownerId, input.ownerId), eq(closerFollowUps.studentId, input.studentId), isNull(closerFollowUps.endedAt)));
    const refusal = decideStartCloserFollowUp({ hasOpenMark: open.length > 0, reviewOn: input.reviewOn, today: input.today });
    if (refusal) return { ok: false, refusal };
    const [task] = await tx
      .insert(tasks)
      .values({
        ownerId: input.ownerId,
        schoolId: input.schoolId,
        studentId: input.studentId,
        assigneeStaffId: input.staffId,
        kind: closerFollowUpTaskKind,
        // The title column holds the kind: words live in the web app's catalogs.
        title: closerFollowUpTaskKind,
        dueOn: input.reviewOn,
      })
      .returning({ id: tasks.id });
    const [mark] = await tx
      .insert(closerFollowUps)
      .values({
        ownerId: input.ownerId,
        schoolId: input.schoolId,
        studentId: input.studentId,
        setBy: input.staffId,
        reason: input.reason,
        reviewOn: input.reviewOn,
        reviewTaskId: task!.id,
      })
      .returning({ id: closerFollowUps.id });
    return { ok: true, id: mark!.id };
  });
}
