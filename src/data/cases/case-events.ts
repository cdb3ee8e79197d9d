/** The case's history is append-only; every writer goes through here. */
import type { Db } from '../../db/database.js';
import { caseEvents } from '../../db/schema.js';
import type { LoadedCase } from './load-case.js';

export interface CaseEventInput {
  ownerId: string;
  caseId: string;
  /** Null when the student or a guardian did it in the home view (the detail names them). */
  actorStaffId: string | null;
  kind: string;
  step: string;
  text?: string | null;
  detail?: Record<string, unknown>;
}

/** A change to a case: which case, and who makes it. */
export interface CaseChange {
  kase: LoadedCase;
  actorStaffId: string;
}

export async function appendCaseEvent(db: Db, event: CaseEventInput): Promise<void> {
  await db.insert(caseEvents).values({ ...event, text: event.text ?? null, detail: event.detail ?? {} });
}

/** The event of a change made by `who` in the case's current step. */
export function eventIn(who: { kase: { ownerId: string; id: string; step: string }; actorStaffId: string | null }, kind: string, text: string | null, detail: Record<string, unknown> = {}): CaseEventInput {
  return { ownerId: who.kase.ownerId, caseId: who.kase.id, actorStaffId: who.actorStaffId, kind, step: who.kase.step, text, detail };
}
