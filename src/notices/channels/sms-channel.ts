/**
 * SMS through an HTTP gateway. The request is LINK Mobility's "Common" SMS REST API (`POST
 * …/sms/send`, JSON `{ source, destination, userData, platformId, platformPartnerId, refId }`, as
 * in its "SMS REST API — MT and Delivery Reports" guide), the gateway many Norwegian public
 * bodies buy; other gateways of the same shape need only another URL and key. A text longer than
 * one SMS is the gateway's to split: LINK concatenates up to 254 parts.
 */
import type { SmsConfig } from './channel-config.js';
import { ChannelError, isNetworkFailure, type NoticeChannel, type OutgoingNotice } from './notice-channel.js';

type Fetch = typeof fetch;

/**
 * A phone number as the gateway wants it, +47XXXXXXXX for Norway, or undefined when it is none.
 * A Norwegian number must be a mobile one (starting with 4 or 9): a landline cannot take an SMS.
 * A number with another country code is passed on as it is.
 */
export function normaliseNorwegianPhone(raw: string): string | undefined {
  const compact = raw.replace(/[\s\-().]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  let national: string;
  if (/^\d{8}$/.test(international)) national = international;
  else if (/^\+47\d{8}$/.test(international)) national = international.slice(3);
  else if (/^47\d{8}$/.test(international)) national = international.slice(2);
  else if (/^\+(?!47)[1-9]\d{6,14}$/.test(international)) return international;
  else return undefined;
  return /^[49]/.test(national) ? `+47${national}` : undefined;
}

export function createSmsChannel(config: SmsConfig, options: { fetch?: Fetch } = {}): NoticeChannel {
  const doFetch = options.fetch ?? fetch;
  const authorization = config.key.includes(':') ? `Basic ${Buffer.from(config.key).toString('base64')}` : `Bearer ${config.key}`;

  return {
    kind: 'sms',
    async send(message: OutgoingNotice) {
      const destination = normaliseNorwegianPhone(message.to);
      if (!destination) throw new ChannelError('sms', `"${message.to}" is not a mobile phone number`, { retryable: false });
      if (message.attachments?.length) throw new ChannelError('sms', 'an SMS cannot carry attachments', { retryable: false });

      const body = {
        source: config.sender,
        destination,
        userData: message.text,
        ...(config.platformId ? { platformId: config.platformId } : {}),
        ...(config.platformPartnerId ? { platformPartnerId: config.platformPartnerId } : {}),
        // LINK's own reference field: our notice id, to find the message again in the gateway's log.
        refId: message.reference,
      };
      let response: Response;
      try {
        response = await doFetch(config.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', authorization },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        const timedOut = (error as { name?: string } | null)?.name === 'TimeoutError';
        if (timedOut || isNetworkFailure(error) || error instanceof TypeError) {
          throw new ChannelError('sms', timedOut ? 'the SMS gateway did not answer in time' : 'the SMS gateway could not be reached', { retryable: true, cause: error });
        }
        throw new ChannelError('sms', `the SMS could not be sent: ${String(error)}`, { retryable: false, cause: error });
      }

      const answer = await response.text();
      if (!response.ok) {
        // 408 and 429 are "not now"; every other 4xx is a request the gateway will never take.
        const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
        throw new ChannelError('sms', `the SMS gateway refused the message: ${response.status} ${gatewayWords(answer) ?? response.statusText}`.trim(), { retryable });
      }
      const messageId = parseJson(answer)?.messageId;
      return { status: 'sent', ...(typeof messageId === 'string' && messageId ? { externalId: messageId } : {}) };
    },
  };
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** LINK answers a refusal with `{ resultCode, description }`; other gateways with a message of some kind. */
function gatewayWords(answer: string): string | undefined {
  const json = parseJson(answer);
  const words = json?.description ?? json?.message ?? json?.error ?? (json ? undefined : answer);
  return typeof words === 'string' && words.trim() ? words.trim().slice(0, 300) : undefined;
}
