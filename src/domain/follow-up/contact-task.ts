/**
 * The duty to follow up absence is done by contacting the home, so a "contact home" task is done
 * by logging the contact, not by ticking a box (issue 9). Three one-click outcomes: reached and
 * message left settle the duty (the home knows); not reached keeps the task open with the attempt
 * logged. The task keeps its due date: the duty ("umiddelbar kontakt") is not met until the home
 * knows, so an unanswered call must not push the deadline on, and a new task would break "one
 * open task per student, person and kind". The attempts show in the task, so the person sees
 * that the home is still to be reached.
 *
 * Undo: right after logging, the person who logged it may take it back (a slip of the finger),
 * within a short window and only while nothing has changed since (no later contact on the task,
 * the task still as the contact left it).
 */
import type { HomeContactOutcome } from '../vocabulary.js';

/** The task kinds that mean "contact the home" (flag tasks; a case's own contact step is done on the case page). */
export const contactTaskKinds = ['kontakt_hjem', 'innkall_foresatte'] as const;
export type ContactTaskKind = (typeof contactTaskKinds)[number];

export function isContactTask(kind: string): kind is ContactTaskKind {
  return (contactTaskKinds as readonly string[]).includes(kind);
}

/** Whether a logged contact with this outcome settles the task. */
export function contactClosesTask(outcome: HomeContactOutcome): boolean {
  return outcome !== 'ikke_naadd';
}

/** How long after logging a contact the person may take it back. */
export const undoWindowMinutes = 10;

export function undoableUntil(recordedAt: Date): Date {
  return new Date(recordedAt.getTime() + undoWindowMinutes * 60_000);
}

export type LogContactRefusal = 'not_contact_task' | 'task_done';

/** May a contact be logged on this task? */
export function mayLogContact(task: { kind: string; done: boolean }): LogContactRefusal | null {
  if (!isContactTask(task.kind)) return 'not_contact_task';
  if (task.done) return 'task_done';
  return null;
}

export interface UndoFacts {
  contact: { staffId: string; recordedAt: Date; outcome: HomeContactOutcome; taskId: string | null };
  task: { done: boolean } | null;
  /** Another contact was logged on the same task after this one. */
  laterContactOnTask: boolean;
  actorStaffId: string;
  now: Date;
}

export type UndoRefusal = 'not_yours' | 'not_from_task' | 'too_late' | 'changed';
export type UndoDecision = { ok: true; reopensTask: boolean } | { ok: false; refusal: UndoRefusal };

/** Whether the contact may be taken back, and whether that reopens its task. */
export function decideUndoContact(facts: UndoFacts): UndoDecision {
  const { contact, task } = facts;
  if (contact.staffId !== facts.actorStaffId) return { ok: false, refusal: 'not_yours' };
  if (!contact.taskId || !task) return { ok: false, refusal: 'not_from_task' };
  if (facts.now.getTime() > undoableUntil(contact.recordedAt).getTime()) return { ok: false, refusal: 'too_late' };
  const closed = contactClosesTask(contact.outcome);
  // The task must still be as the contact left it: closed by it, or open after a failed attempt.
  if (facts.laterContactOnTask || task.done !== closed) return { ok: false, refusal: 'changed' };
  return { ok: true, reopensTask: closed };
}

/** A "contact home" task is not ticked off: it is done by logging the contact. */
export function mayMarkDone(kind: string): boolean {
  return !isContactTask(kind);
}
