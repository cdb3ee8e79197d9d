/**
 * "Angre": takes back a contact just logged from a task — deletes the contact and reopens the task
 * it closed — when the domain allows it (the same person, within the window, nothing changed
 * since: contact-task.ts). The route writes the audit entry, so the undo is never silent.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { homeContacts, tasks } from '../../db/schema.js';
import { decideUndoContact, type UndoRefusal } from '../../domain/follow-up/contact-task.js';
import type { HomeContactOutcome } from '../../domain/vocabulary.js';

export type UndoTaskContactResult = { ok: true; taskId: string; studentId: string; reopened: boolean } | { ok: false; refusal: UndoRefusal | 'not_found' };

export async function undoTaskContact(db: Db, input: { ownerId: string; contactId: string; staffId: string; now: Date }): Promise<UndoTaskContactResult> {
  return db.transaction(async (tx) => {
    const [contact] = await tx
      .select({ staffId: homeContacts.staffId, recordedAt: homeContacts.recordedAt, outcome: homeContacts.outcome, taskId: homeContacts.taskId, studentId: homeContacts.studentId, caseId: homeContacts.caseId })
      .from(homeContacts)
      .where(and(eq(homeContacts.ownerId, input.ownerId), eq(homeContacts.id, input.contactId)))
      .for('update');
    if (!contact) return { ok: false, refusal: 'not_found' };
    const [task] = contact.taskId
      ? await tx
          .select({ doneAt: tasks.doneAt })
          .from(tasks)
          .where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.id, contact.taskId)))
          .for('update')
      : [];
    const later = contact.taskId
      ? await tx
          .select({ id: homeContacts.id })
          .from(homeContacts)
          .where(and(eq(homeContacts.ownerId, input.ownerId), eq(homeContacts.taskId, contact.taskId), gt(homeContacts.recordedAt, contact.recordedAt)))
      : [];
    const decision = decideUndoContact({
      contact: { staffId: contact.staffId, recordedAt: contact.recordedAt, outcome: contact.outcome as HomeContactOutcome, taskId: contact.caseId ? null : contact.taskId },
      task: task ? { done: task.doneAt !== null } : null,
      laterContactOnTask: later.length > 0,
      actorStaffId: input.staffId,
      now: input.now,
    });
    if (!decision.ok) return decision;
    await tx.delete(homeContacts).where(and(eq(homeContacts.ownerId, input.ownerId), eq(homeContacts.id, input.contactId)));
    if (decision.reopensTask) {
      await tx.update(tasks).set({ doneAt: null }).where(and(eq(tasks.ownerId, input.ownerId), eq(tasks.id, contact.taskId!), isNull(tasks.caseId)));
    }
    return { ok: true, taskId: contact.taskId!, studentId: contact.studentId, reopened: decision.reopensTask };
  });
}
