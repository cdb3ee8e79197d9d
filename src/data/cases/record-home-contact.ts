/** A contact with the home (a call, a meeting, a message), logged in the case. */
import type { Db } from '../../db/database.js';
import { homeContacts } from '../../db/schema.js';
import { appendCaseEvent, eventIn, type CaseChange } from './case-events.js';

export async function recordHomeContact(
  db: Db,
  who: CaseChange,
  input: { contactedAt: string; guardianId: string | null; contactedName: string | null; channel: string; outcome: string; note: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(homeContacts)
      .values({
        ownerId: who.kase.ownerId,
        studentId: who.kase.studentId,
        caseId: who.kase.id,
        guardianId: input.guardianId,
        contactedName: input.contactedName,
        staffId: who.actorStaffId,
        contactedAt: new Date(input.contactedAt),
        channel: input.channel,
        outcome: input.outcome,
        note: input.note || null,
      })
      .returning({ id: homeContacts.id });
    await appendCaseEvent(tx, eventIn(who, 'home_contact', null, { homeContactId: row!.id, channel: input.channel, outcome: input.outcome }));
    return row!.id;
  });
}
