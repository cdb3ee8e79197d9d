/**
 * Which channel reaches a person with a notice, and how the delivery log shows the address.
 * One channel per person and notice: two messages about one meeting are one too many.
 */
import type { NoticeChannel, NoticeKind } from './notice-kinds.js';

export interface NoticeContact {
  email: string | null;
  phone: string | null;
}

/**
 * The order each kind tries the channels in. A summons goes by e-mail first, because only
 * e-mail carries the calendar invitation; the same-day notice by SMS first, because it is
 * about today; a copy by digital post first, because only digital post may carry the document.
 * Digital post needs the person's identity number at send time, which Varde does not keep
 * (docs/decisions/025), so it is chosen only where the caller says the number can be had.
 */
const preference: Record<NoticeKind, readonly NoticeChannel[]> = {
  innkalling: ['epost', 'sms', 'digital_post'],
  kopi: ['digital_post', 'epost', 'sms'],
  fravaer_samme_dag: ['sms', 'epost'],
  daglig_oppsummering: ['epost'],
  frist_paaminnelse: ['epost'],
};

export function chooseChannel(kind: NoticeKind, contact: NoticeContact, configured: readonly NoticeChannel[], options: { digitalPost?: boolean } = {}): NoticeChannel | null {
  for (const channel of preference[kind]) {
    if (!configured.includes(channel)) continue;
    if (channel === 'epost' && contact.email) return channel;
    if (channel === 'sms' && contact.phone) return channel;
    if (channel === 'digital_post' && options.digitalPost) return channel;
  }
  return null;
}

/** Why no channel was chosen, for the delivery log. */
export function whyNotSent(kind: NoticeKind, contact: NoticeContact, configured: readonly NoticeChannel[]): 'no_channel' | 'no_address' {
  return preference[kind].some((c) => configured.includes(c)) ? 'no_address' : 'no_channel';
}

/** "o***@example.no"; "*** ** 45 67"; "digital postkasse": enough to see where it went, not to write to it. */
export function maskAddress(channel: NoticeChannel, address: string): string {
  if (channel === 'digital_post') return 'digital postkasse';
  if (channel === 'epost') {
    const at = address.lastIndexOf('@');
    if (at <= 0) return '***';
    return `${address[0]}***${address.slice(at)}`;
  }
  const digits = address.replace(/\D/g, '');
  return `*** ** ${digits.slice(-4, -2)} ${digits.slice(-2)}`;
}

export function addressFor(channel: NoticeChannel, contact: NoticeContact): string | null {
  if (channel === 'epost') return contact.email;
  if (channel === 'sms') return contact.phone;
  return null;
}
