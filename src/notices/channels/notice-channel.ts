/**
 * One way of reaching a person: e-mail, SMS or digital post. The queue hands a channel one
 * message at a time and learns either that it went (and the provider's id for it) or why it did
 * not, and whether trying again could help. A channel keeps nothing: what it was given is gone
 * when `send` returns, which matters for digital post, whose address is an identity number.
 */

export type NoticeChannelKind = 'epost' | 'sms' | 'digital_post';

export interface NoticeAttachment {
  filename: string;
  /** With parameters where they matter, e.g. `text/calendar; method=REQUEST` for an invitation. */
  contentType: string;
  content: Buffer;
}

/** A postal address, for digital post that SvarUt may have to print when the person has no digital mailbox. */
export interface PostalAddress {
  lines: string[];
  postnummer: string;
  poststed: string;
  /** Left out for Norway. */
  land?: string;
}

export interface OutgoingNotice {
  /** An e-mail address, a phone number, or (digital post) a national identity number for this one send. */
  to: string;
  /** The person's name: digital post needs it (SvarUt's `mottaker.navn`); e-mail shows it. */
  toName?: string;
  subject: string;
  /** Plain text: the body of an e-mail or the whole SMS. */
  text: string;
  html?: string;
  /** Digital post sends the attachments as its documents (PDF); SMS cannot carry any. */
  attachments?: NoticeAttachment[];
  /** Digital post only: where SvarUt prints to when the person has no digital mailbox; without it the letter goes digitally only. */
  postalAddress?: PostalAddress;
  /** Our notice's id: given to the provider where it keeps one (Message-ID, SvarUt's eksternReferanse), so a resend can be recognised. */
  reference: string;
}

export interface SendResult {
  /** `sent`: the provider took it; `delivered`: the provider says it reached the person. */
  status: 'sent' | 'delivered';
  /** The provider's id for the message, for a later status check. */
  externalId?: string;
}

/** What the provider says later about a message it took. */
export interface DeliveryStatus {
  status: 'sent' | 'delivered' | 'failed';
  /** The provider's own word for it (e.g. SvarUt's `LEST`), for the delivery log. */
  providerStatus: string;
}

export interface NoticeChannel {
  kind: NoticeChannelKind;
  /** Resolves when the provider took the message; throws a ChannelError when it did not. */
  send(message: OutgoingNotice): Promise<SendResult>;
  /** Asks the provider how a message it took has fared, where the provider can say (digital post). */
  checkStatus?(externalId: string): Promise<DeliveryStatus>;
}

/**
 * A send that failed. `retryable` says whether the same message could go through later (a server
 * down, a 5xx) or never will (an address refused, a 4xx). The reason is in plain words for the
 * delivery log, and carries no secret and no identity number.
 */
export class ChannelError extends Error {
  readonly kind: NoticeChannelKind;
  readonly retryable: boolean;

  constructor(kind: NoticeChannelKind, reason: string, options: { retryable: boolean; cause?: unknown }) {
    super(reason, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ChannelError';
    this.kind = kind;
    this.retryable = options.retryable;
  }
}

/** A network failure (refused, reset, timed out, no such host): the provider may be back later. */
export function isNetworkFailure(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return (
    typeof code === 'string' &&
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ESOCKET', 'ECONNECTION', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET'].includes(code)
  );
}
