/**
 * What has been recorded of the school's duties before the clarification meeting, item by item
 * (src/domain/ot/avklaring-preparation.ts turns it into the checklist): the day each was done and
 * the member of staff who recorded it.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseEvents, homeContacts, meetings } from '../../../db/schema.js';
import type { AvklaringParticipantKind } from '../../../domain/ot/avklaring-participants.js';
import { missingInvitations } from '../../../domain/ot/avklaring-participants.js';
import type { PreparationRecord } from '../../../domain/ot/avklaring-preparation.js';
import type { PreparationItem } from '../../../domain/ot/avklaring-workflow.js';
import { osloDate } from '../../../lib/clock.js';
import type { LoadedAvklaring } from './load-avklaring.js';

export type PreparationRecords = Record<PreparationItem, { on: string | null; byStaffId: string | null } | null>;

export async function loadPreparationRecords(db: Db, avklaring: LoadedAvklaring, student: { birthDate: string | null }): Promise<PreparationRecords> {
  const { kase, form } = avklaring;
  const events = await db
    .select({ kind: caseEvents.kind, detail: caseEvents.detail, actorStaffId: caseEvents.actorStaffId, createdAt: caseEvents.createdAt })
    .from(caseEvents)
    .where(and(eq(caseEvents.ownerId, kase.ownerId), eq(caseEvents.caseId, kase.id), inArray(caseEvents.kind, ['ressursteam', 'ot_kontakta', 'opplysingar_saved'])))
    .orderBy(desc(caseEvents.createdAt));
  const latestEvent = (kind: string) => {
    const e = events.find((x) => x.kind === kind);
    if (!e) return null;
    const on = (e.detail as { on?: string } | null)?.on ?? osloDate(e.createdAt);
    return { on, byStaffId: e.actorStaffId };
  };
  const [latest] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.ownerId, kase.ownerId), eq(meetings.caseId, kase.id), eq(meetings.kind, 'avklaringssamtale')))
    .orderBy(desc(meetings.createdAt))
    .limit(1);
  // Back to preparing after a no-show or a cancelled meeting, the next meeting is still to be summoned.
  const meeting = kase.step === 'forebuing' && latest?.outcome ? undefined : latest;
  const [phoned] = await db
    .select({ contactedAt: homeContacts.contactedAt, staffId: homeContacts.staffId })
    .from(homeContacts)
    .where(and(eq(homeContacts.ownerId, kase.ownerId), eq(homeContacts.caseId, kase.id), inArray(homeContacts.channel, ['telefon', 'sms'])))
    .orderBy(desc(homeContacts.contactedAt))
    .limit(1);
  const summoned = meeting?.summonsSentOn ? { on: meeting.summonsSentOn, byStaffId: meeting.createdBy } : null;
  const invited = meeting ? (meeting.invited as Array<{ kind: AvklaringParticipantKind }>).map((p) => p.kind) : [];
  const covered = meeting && missingInvitations(invited, student.birthDate, osloDate(meeting.startsAt)).length === 0;
  const saved = latestEvent('opplysingar_saved');
  return {
    ressursteam: latestEvent('ressursteam'),
    ot_kontakta: latestEvent('ot_kontakta'),
    innkalling_sendt: summoned,
    telefon_sms: phoned ? { on: osloDate(phoned.contactedAt), byStaffId: phoned.staffId } : null,
    deltakarar_invitert: covered ? { on: meeting.summonsSentOn, byStaffId: meeting.createdBy } : null,
    opplysingar_utfylt: form.opplysingarSavedAt ? { on: osloDate(form.opplysingarSavedAt), byStaffId: saved?.byStaffId ?? null } : null,
  };
}

/** The records with who recorded each named by `name` (a staff id when no name is wanted). */
export function byStaffId(records: PreparationRecords, name: (staffId: string) => string = (id) => id): Record<PreparationItem, PreparationRecord> {
  return Object.fromEntries(Object.entries(records).map(([item, r]) => [item, r ? { on: r.on, by: r.byStaffId ? name(r.byStaffId) : null } : null])) as Record<PreparationItem, PreparationRecord>;
}
