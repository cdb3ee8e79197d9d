/**
 * Sending a notice again from the delivery log (issue 15, part 4): a notice that failed or was not
 * sent goes back on the queue by the channel that reaches its person now — with the address they
 * have today, not the one the notice first tried — in one transaction with its log row.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { guardians, notices, staff } from '../../db/schema.js';
import type { NoticeChannel, NoticeKind, NoticeRecipientKind, NoticeStatus } from '../../domain/notices/notice-kinds.js';
import { addressFor, chooseChannel, maskAddress, type NoticeContact } from '../../domain/notices/notice-routing.js';
import { enqueueNotice, type NoticeChannels } from './queue-notices.js';

/** Only these are sent again: the others are on their way, or arrived. */
export const resendableStatuses: readonly NoticeStatus[] = ['failed', 'not_sent'];

const nowhere: NoticeContact = { email: null, phone: null };
const keyOf = (kind: NoticeRecipientKind, id: string) => `${kind}:${id}`;

/**
 * The addresses the recipients have now, by `kind:id`. Varde keeps no address of a student's own
 * (a student is reached in Varde), so a student has none.
 */
export async function findRecipientContacts(db: Db, ownerId: string, recipients: ReadonlyArray<{ recipientKind: NoticeRecipientKind; recipientId: string }>): Promise<Map<string, NoticeContact>> {
  const idsOf = (kind: NoticeRecipientKind) => [...new Set(recipients.filter((r) => r.recipientKind === kind).map((r) => r.recipientId))];
  const guardianIds = idsOf('foresatt');
  const staffIds = idsOf('ansatt');
  const contacts = new Map<string, NoticeContact>();
  if (guardianIds.length > 0) {
    const rows = await db.select({ id: guardians.id, email: guardians.email, phone: guardians.phone }).from(guardians).where(and(eq(guardians.ownerId, ownerId), inArray(guardians.id, guardianIds)));
    for (const g of rows) contacts.set(keyOf('foresatt', g.id), { email: g.email, phone: g.phone });
  }
  if (staffIds.length > 0) {
    const rows = await db.select({ id: staff.id, email: staff.email }).from(staff).where(and(eq(staff.ownerId, ownerId), inArray(staff.id, staffIds)));
    for (const s of rows) contacts.set(keyOf('ansatt', s.id), { email: s.email, phone: null });
  }
  return contacts;
}

export const contactOf = (contacts: Map<string, NoticeContact>, r: { recipientKind: NoticeRecipientKind; recipientId: string }) => contacts.get(keyOf(r.recipientKind, r.recipientId)) ?? nowhere;

/** The channel a resend would take now, or null when none reaches the person (or the notice is not one to send again). */
export function resendChannel(line: { kind: NoticeKind; status: NoticeStatus }, contact: NoticeContact, channels: NoticeChannels): NoticeChannel | null {
  if (!resendableStatuses.includes(line.status)) return null;
  return chooseChannel(line.kind, contact, channels.configured);
}

export type ResendOutcome = { ok: true; channel: NoticeChannel } | { ok: false; problem: 'not_found' | 'not_resendable' | 'unreachable' };

export async function resendNotice(db: Db, input: { ownerId: string; noticeId: string; channels: NoticeChannels; resentBy: string; now: Date }): Promise<ResendOutcome> {
  return db.transaction(async (tx) => {
    // Locked: two people pressing "send again" at once queue it once.
    const [notice] = await queryRows<{ kind: NoticeKind; status: NoticeStatus; recipient_kind: NoticeRecipientKind; recipient_id: string }>(
      tx,
      sql`select kind, status, recipient_kind, recipient_id from notices where owner_id = ${input.ownerId} and id = ${input.noticeId} for update`,
    );
    if (!notice) return { ok: false, problem: 'not_found' } as const;
    if (!resendableStatuses.includes(notice.status)) return { ok: false, problem: 'not_resendable' } as const;
    const recipient = { recipientKind: notice.recipient_kind, recipientId: notice.recipient_id };
    const contact = contactOf(await findRecipientContacts(tx, input.ownerId, [recipient]), recipient);
    const channel = chooseChannel(notice.kind, contact, input.channels.configured);
    if (!channel) return { ok: false, problem: 'unreachable' } as const;
    const address = addressFor(channel, contact);
    await tx
      .update(notices)
      .set({ status: 'queued', channel, addressHint: address ? maskAddress(channel, address) : null, statusReason: null, statusDetail: null, failedAt: null, resentAt: input.now, resentBy: input.resentBy })
      .where(and(eq(notices.ownerId, input.ownerId), eq(notices.id, input.noticeId)));
    await enqueueNotice(tx, { ownerId: input.ownerId, noticeId: input.noticeId });
    return { ok: true, channel } as const;
  });
}
