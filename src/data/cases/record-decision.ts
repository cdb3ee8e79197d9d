/** A decision from a meeting (e.g. the klasselærermøte) goes into the case's history. */
import type { Db } from '../../db/database.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function recordDecision(db: Db, who: CaseChange, input: { text: string; meetingId: string }): Promise<void> {
  await appendCaseEvent(db, eventIn(who, 'decision', input.text, { meetingId: input.meetingId }));
}
