/**
 * A channel that sends nothing and keeps what it was given, for the tests of whatever sends
 * notices (the queue, the delivery log): told to fail, it throws the ChannelError it was handed,
 * once per `failNext`, so retries can be tested without a server.
 */
import type { ChannelError, DeliveryStatus, NoticeChannel, NoticeChannelKind, OutgoingNotice, SendResult } from './notice-channel.js';

export interface FakeChannel extends NoticeChannel {
  /** What was sent, in order; a failed send is not here. */
  readonly sent: OutgoingNotice[];
  /** The next send throws this error instead (several calls queue several failures). */
  failNext(error: ChannelError): void;
  /** What checkStatus answers for a message, once set; until then `sent`. */
  setStatus(externalId: string, status: DeliveryStatus): void;
}

export function createFakeChannel(kind: NoticeChannelKind): FakeChannel {
  const sent: OutgoingNotice[] = [];
  const failures: ChannelError[] = [];
  const statuses = new Map<string, DeliveryStatus>();
  return {
    kind,
    sent,
    failNext(error) {
      failures.push(error);
    },
    setStatus(externalId, status) {
      statuses.set(externalId, status);
    },
    async send(message): Promise<SendResult> {
      const failure = failures.shift();
      if (failure) throw failure;
      sent.push(message);
      return { status: 'sent', externalId: `fake-${kind}-${sent.length}` };
    },
    async checkStatus(externalId) {
      return statuses.get(externalId) ?? { status: 'sent', providerStatus: 'FAKE_SENT' };
    },
  };
}
