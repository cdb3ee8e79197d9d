/**
 * What is recorded in a case: conversations, contacts with the home, referrals, meetings with
 * their summons, participants and decisions. Each write also appends to the case's history.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { caseParticipants, cases, conversations, homeContacts, meetings, referrals } from '../../db/schema.js';
import { appendCaseEvent, eventIn } from './case-events.js';
import type { LoadedCase } from './load-case.js';

type Who = { kase: LoadedCase; actorStaffId: string };

const event = (db: Db, who: Who, kind: string, text: string | null, detail: Record<string, unknown> = {}) => appendCaseEvent(db, eventIn(who, kind, text, detail));

export async function recordConversation(
  db: Db,
  who: Who,
  input: {
    guide: string;
    heldOn: string;
    participants: Array<{ name: string; role: string }>;
    answers: Record<string, string>;
    summary: string;
    causeCategories: string[];
    maintainingFactors: string[];
    nextSteps: string;
  },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(conversations)
      .values({ ownerId: who.kase.ownerId, caseId: who.kase.id, step: who.kase.step, createdBy: who.actorStaffId, ...input })
      .returning({ id: conversations.id });
    await event(tx, who, 'conversation', input.summary.slice(0, 200), { conversationId: row!.id, guide: input.guide });
    return row!.id;
  });
}

export async function recordHomeContact(
  db: Db,
  who: Who,
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
    await event(tx, who, 'home_contact', null, { homeContactId: row!.id, channel: input.channel, outcome: input.outcome });
    return row!.id;
  });
}

export async function recordReferral(
  db: Db,
  who: Who,
  input: {
    kind: string;
    referredOn: string;
    reason: string;
    consent: { givenBy: string; givenOn: string; note: string } | null;
    checklist: { confirmed: string[]; descriptions: Record<string, string> };
    guardiansInformedOn: string | null;
  },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(referrals)
      .values({
        ownerId: who.kase.ownerId,
        caseId: who.kase.id,
        studentId: who.kase.studentId,
        kind: input.kind,
        referredOn: input.referredOn,
        reason: input.reason,
        consentGivenBy: input.consent?.givenBy ?? null,
        consentGivenOn: input.consent?.givenOn ?? null,
        consentNote: input.consent?.note || null,
        checklist: input.checklist,
        guardiansInformedOn: input.guardiansInformedOn,
        createdBy: who.actorStaffId,
      })
      .returning({ id: referrals.id });
    await event(tx, who, 'referral', input.reason.slice(0, 200), { referralId: row!.id, kind: input.kind });
    return row!.id;
  });
}

export async function recordMeeting(
  db: Db,
  who: Who,
  input: { kind: string; startsAt: string; place: string; invited: Array<{ name: string; role: string }>; summonsChannel: string; purpose: string; sentOn: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({
        ownerId: who.kase.ownerId,
        schoolId: who.kase.schoolId,
        caseId: who.kase.id,
        kind: input.kind,
        startsAt: new Date(input.startsAt),
        place: input.place,
        invited: input.invited,
        // A case meeting's agenda is its purpose, as the summons states it.
        agenda: [input.purpose],
        summonsSentOn: input.sentOn,
        summonsChannel: input.summonsChannel,
        createdBy: who.actorStaffId,
      })
      .returning({ id: meetings.id });
    await event(tx, who, 'meeting', input.purpose.slice(0, 200), { meetingId: row!.id, kind: input.kind, startsAt: input.startsAt });
    return row!.id;
  });
}

export async function addParticipant(db: Db, who: Who, input: { staffId: string; role: 'ansvarlig' | 'deltaker' }): Promise<void> {
  await db.transaction(async (tx) => {
    if (input.role === 'ansvarlig') {
      // One person owns the case: the former owner stays as a participant.
      await tx
        .update(caseParticipants)
        .set({ role: 'deltaker' })
        .where(and(eq(caseParticipants.ownerId, who.kase.ownerId), eq(caseParticipants.caseId, who.kase.id), eq(caseParticipants.role, 'ansvarlig')));
      await tx.update(cases).set({ responsibleStaffId: input.staffId }).where(and(eq(cases.ownerId, who.kase.ownerId), eq(cases.id, who.kase.id)));
    }
    await tx
      .insert(caseParticipants)
      .values({ ownerId: who.kase.ownerId, caseId: who.kase.id, staffId: input.staffId, role: input.role })
      .onConflictDoUpdate({ target: [caseParticipants.ownerId, caseParticipants.caseId, caseParticipants.staffId], set: { role: input.role } });
    await event(tx, who, 'participant_added', null, { staffId: input.staffId, role: input.role });
  });
}

export async function removeParticipant(db: Db, who: Who, staffId: string): Promise<'ok' | 'is_responsible' | 'not_found'> {
  return db.transaction(async (tx) => {
    const target = who.kase.participants.find((p) => p.staffId === staffId);
    if (!target) return 'not_found';
    if (target.role === 'ansvarlig') return 'is_responsible';
    await tx
      .delete(caseParticipants)
      .where(and(eq(caseParticipants.ownerId, who.kase.ownerId), eq(caseParticipants.caseId, who.kase.id), eq(caseParticipants.staffId, staffId)));
    await event(tx, who, 'participant_removed', null, { staffId });
    return 'ok';
  });
}

/** A decision from a meeting (e.g. the klasselærermøte) goes into the case's history. */
export async function recordDecision(db: Db, who: Who, input: { text: string; meetingId: string }): Promise<void> {
  await event(db, who, 'decision', input.text, { meetingId: input.meetingId });
}
