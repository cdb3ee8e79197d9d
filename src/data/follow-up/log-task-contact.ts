/**
 * "Contact home" done by logging the contact (issue 9): the contact is written as a home contact
 * of the student (from the task, in no case), and a contact that reached the home — or left a
 * message — closes the task. What settles the task is the domain's (contact-task.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { homeContacts, tasks } from '../../db/schema.js';
import { contactClosesTask, mayLogContact, type LogContactRefusal } from '../../domain/follow-up/contact-task.js';
import type { HomeContactChannel, HomeContactOutcome } from '../../domain/vocabulary.js';

export type LogTaskContactResult =
  | { ok: true; contactId: string; studentId: string; taskClosed: boolean; recordedAt: Date }
  | { ok: false; refusal: LogContactRefusal | 'not_found' };

export async function logTaskContact(
  db: Db,
  input: { ownerId: string; taskId: string; staffId: string; now: Date; outcome: HomeContactOutcome; channel: HomeContactChannel; note: string | null },
): Promise<LogTaskContactResult> {
  return db.transaction(async (tx) => {
    const [task] = await tx
      .select({ kind: tasks.kind, studentId: tasks.studentId, doneAt: tasks.doneAt })
      .from(tasks)
      .where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.id, input.taskId), eq(tasks.assigneeStaffId, input.staffId)))
      .for('update');
    if (!task?.studentId) return { ok: false, refusal: 'not_found' };
    const refusal = mayLogContact({ kind: task.kind, done: task.doneAt !== null });
    if (refusal) return { ok: false, refusal };
    const [row] = await tx
      .insert(homeContacts)
      .values({
        ownerId: input.ownerId,
        studentId: task.studentId,
        caseId: null,
        taskId: input.taskId,
        staffId: input.staffId,
        contactedAt: input.now,
        recordedAt: input.now,
        channel: input.channel,
        outcome: input.outcome,
        note: input.note,
      })
      .returning({ id: homeContacts.id });
    const closes = contactClosesTask(input.outcome);
    if (closes) await tx.update(tasks).set({ doneAt: input.now }).where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.id, input.taskId)));
    return { ok: true, contactId: row!.id, studentId: task.studentId, taskClosed: closes, recordedAt: input.now };
  });
}
