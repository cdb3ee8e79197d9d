/**
 * One of the school's duties before the clarification meeting, recorded (the rest show from the
 * data, src/domain/ot/avklaring-preparation.ts): the case discussed in the resource team, or the OT
 * advisor contacted to agree a time (the advisor takes part in the case from then on) — both case
 * events — or the student or guardians phoned or texted about the meeting, a contact with the home.
 */
import type { Db } from '../../../db/database.js';
import { caseParticipants } from '../../../db/schema.js';
import { appendCaseEvent, eventIn, type CaseChange } from '../../cases/case-events.js';
import { recordHomeContact } from '../../cases/record-home-contact.js';

export type PreparationRecordInput =
  | { item: 'ressursteam'; on: string; note: string }
  | { item: 'ot_kontakta'; on: string; otStaffId: string; channel: 'e_post' | 'telefon' | 'mote'; note: string }
  | { item: 'telefon_sms'; at: string; channel: 'telefon' | 'sms'; who: string; outcome: string; note: string };

/** Records the duty; the id of what was written (the contact's, for telefon_sms). */
export async function recordPreparation(db: Db, who: CaseChange, input: PreparationRecordInput): Promise<string | null> {
  switch (input.item) {
    case 'ressursteam':
      await appendCaseEvent(db, eventIn(who, 'ressursteam', input.note || null, { on: input.on, note: input.note }));
      return null;
    case 'ot_kontakta':
      return db.transaction(async (tx) => {
        await tx.insert(caseParticipants).values({ ownerId: who.kase.ownerId, caseId: who.kase.id, staffId: input.otStaffId, role: 'deltaker' }).onConflictDoNothing();
        await appendCaseEvent(tx, eventIn(who, 'ot_kontakta', input.note || null, { on: input.on, note: input.note, otStaffId: input.otStaffId, channel: input.channel }));
        return null;
      });
    case 'telefon_sms':
      return recordHomeContact(db, who, { contactedAt: input.at, guardianId: null, contactedName: input.who, channel: input.channel, outcome: input.outcome, note: input.note });
  }
}
