/**
 * Digital post through KS Fiks SvarUt, which finds the person's Digipost or e-Boks (or Altinn)
 * from the contact register and otherwise prints and posts the letter.
 *
 * The request is SvarUt's REST API v3 (KS's fiks-svarut-klient, openapi_v3/forsendelse-send-api-v3.json
 * and forsendelse-status-api-v3.json; ks-no.github.io "API: Sending av dokumenter"): REST v1
 * (`/tjenester/api/forsendelse/v1/sendForsendelse` with basic auth) is to be shut down by
 * 31.12.2026 (ks-no.github.io "API: Versjonsoversikt"). So:
 * - send: `POST {url}/api/v3/kontoer/{kontoId}/forsendelser/person`, multipart/form-data whose first
 *   part, named `forsendelse`, is the PersonForsendelse JSON, followed by the documents in the same
 *   order as `dokumenter`, matched by filename; the answer is `{ id }`;
 * - status: `POST {url}/api/v3/kontoer/{kontoId}/forsendelser/status` with `{ id: [id] }`, answered
 *   `{ statuser: [{ id, status, sisteStatusEndring }] }`;
 * - both with a Maskinporten token (scope ks:fiks) and the Fiks integration's `IntegrasjonId` and
 *   `IntegrasjonPassord` headers.
 *
 * The recipient is a national identity number, which Varde keeps only as a keyed hash: the caller
 * passes the number in for this one send, and it goes to SvarUt and nowhere else — not into an
 * error, a log line or the result.
 */
import { randomUUID } from 'node:crypto';
import type { SvarUtConfig } from './channel-config.js';
import type { AccessTokenSource } from './maskinporten-token.js';
import { ChannelError, isNetworkFailure, type DeliveryStatus, type NoticeChannel, type OutgoingNotice } from './notice-channel.js';

type Fetch = typeof fetch;

/** SvarUt's statuses (status API v3, with those the v3 notes add) as the delivery log counts them. */
const delivered = new Set(['LEST', 'LEVERT_SDP', 'LEVERT_NHN_MOTTAKER']);
const failed = new Set(['AVVIST', 'IKKE_LEVERT', 'FEILET_UNDER_MOTTAK']);

export function deliveryStatusOf(svarUtStatus: string): DeliveryStatus['status'] {
  if (delivered.has(svarUtStatus)) return 'delivered';
  if (failed.has(svarUtStatus)) return 'failed';
  // MOTTATT, AKSEPTERT, VARSLET, SENDT_DIGITALT, SENDT_SDP, SENDT_PRINT, PRINTET, KLAR_FOR_MOTTAK, …:
  // on its way, or posted, which SvarUt cannot follow further.
  return 'sent';
}

/** Identity numbers (11 digits) that a provider's message might echo, blanked out. */
export function withoutIdentityNumbers(text: string): string {
  return text.replace(/(?<!\d)\d{11}(?!\d)/g, '***********');
}

// SvarUt's rule for `filnavn`.
const forbiddenInFilename = /[*:"\\/<>|?]/;

export function createSvarUtChannel(config: SvarUtConfig, options: { tokens: AccessTokenSource; fetch?: Fetch }): NoticeChannel {
  const doFetch = options.fetch ?? fetch;
  const kontoUrl = `${config.url}/api/v3/kontoer/${config.kontoId}/forsendelser`;

  async function call(path: string, init: { body: Buffer | string; contentType: string; timeoutMs: number }, what: string): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(`${kontoUrl}/${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await options.tokens.token()}`,
          integrasjonid: config.integrasjonId,
          integrasjonpassord: config.integrasjonPassord,
          'content-type': init.contentType,
          accept: 'application/json',
        },
        body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body),
        signal: AbortSignal.timeout(init.timeoutMs),
      });
    } catch (error) {
      if (error instanceof ChannelError) throw error;
      const timedOut = (error as { name?: string } | null)?.name === 'TimeoutError';
      if (timedOut || isNetworkFailure(error) || error instanceof TypeError) {
        throw new ChannelError('digital_post', timedOut ? 'SvarUt did not answer in time' : 'SvarUt could not be reached', { retryable: true, cause: error });
      }
      throw new ChannelError('digital_post', `${what} failed: ${withoutIdentityNumbers(String(error))}`, { retryable: false, cause: error });
    }
    const text = await response.text();
    if (!response.ok) {
      // The token may have run out between fetching it and using it: fetch a new one next time.
      if (response.status === 401) options.tokens.forget();
      const retryable = response.status >= 500 || response.status === 401 || response.status === 408 || response.status === 429;
      throw new ChannelError('digital_post', `SvarUt refused ${what}: ${response.status} ${withoutIdentityNumbers(svarUtWords(text) ?? response.statusText)}`.trim(), { retryable });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ChannelError('digital_post', `SvarUt's answer to ${what} was not JSON`, { retryable: true });
    }
  }

  return {
    kind: 'digital_post',

    async send(message: OutgoingNotice) {
      if (!/^\d{11}$/.test(message.to.trim())) throw new ChannelError('digital_post', 'the recipient is not an 11-digit national identity number', { retryable: false });
      if (!message.toName?.trim()) throw new ChannelError('digital_post', 'digital post needs the recipient\'s name', { retryable: false });
      const documents = message.attachments ?? [];
      if (documents.length === 0) throw new ChannelError('digital_post', 'digital post needs at least one document (PDF)', { retryable: false });
      const badName = documents.find((d) => forbiddenInFilename.test(d.filename));
      if (badName) throw new ChannelError('digital_post', `SvarUt does not take the file name "${badName.filename}"`, { retryable: false });
      if (new Set(documents.map((d) => d.filename)).size !== documents.length) throw new ChannelError('digital_post', 'two documents have the same file name', { retryable: false });

      const address = message.postalAddress;
      const forsendelse = {
        tittel: message.subject,
        mottaker: {
          navn: message.toName.trim(),
          digitalId: message.to.trim(),
          ...(address
            ? {
                adresse: {
                  ...Object.fromEntries(address.lines.slice(0, 3).map((line, i) => [`adresselinje${i + 1}`, line])),
                  postnummer: address.postnummer,
                  poststed: address.poststed,
                  ...(address.land ? { land: address.land } : {}),
                },
              }
            : {}),
        },
        avgivendeSystem: 'Varde',
        eksternReferanse: message.reference,
        // Without a postal address SvarUt has nowhere to print to: digital mailboxes only.
        kunDigitalLevering: !address,
        dokumenter: documents.map((d) => ({
          filnavn: d.filename,
          mimeType: d.contentType,
          // Only PDF can be printed; anything else must be left out of a printed letter.
          ...(d.contentType === 'application/pdf' || !address ? {} : { skalEkskluderesFraUtskrift: true }),
        })),
      };

      const boundary = `varde-${randomUUID()}`;
      const body = multipart(boundary, [
        { name: 'forsendelse', contentType: 'application/json;charset=UTF-8', content: Buffer.from(JSON.stringify(forsendelse), 'utf8') },
        ...documents.map((d) => ({ name: 'dokumenter', filename: d.filename, contentType: d.contentType, content: d.content })),
      ]);
      // KS asks for a 16-minute read timeout on sending: SvarUt gives up after 15.
      const answer = (await call('person', { body, contentType: `multipart/form-data; boundary=${boundary}`, timeoutMs: 16 * 60_000 }, 'the letter')) as { id?: unknown };
      if (typeof answer.id !== 'string') throw new ChannelError('digital_post', 'SvarUt took the letter but gave no id for it', { retryable: false });
      return { status: 'sent', externalId: answer.id };
    },

    async checkStatus(externalId: string) {
      const answer = (await call('status', { body: JSON.stringify({ id: [externalId] }), contentType: 'application/json', timeoutMs: 60_000 }, 'the status request')) as {
        statuser?: { id?: unknown; status?: unknown }[];
      };
      const found = answer.statuser?.find((s) => s.id === externalId);
      if (typeof found?.status !== 'string') throw new ChannelError('digital_post', `SvarUt knows no letter ${externalId}`, { retryable: false });
      return { status: deliveryStatusOf(found.status), providerStatus: found.status };
    },
  };
}

interface Part {
  name: string;
  filename?: string;
  contentType: string;
  content: Buffer;
}

/** multipart/form-data by hand: SvarUt wants the `forsendelse` part as JSON without a filename, which FormData cannot write. */
function multipart(boundary: string, parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename.replace(/[\r\n"]/g, '_')}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\nContent-Type: ${part.contentType}\r\n\r\n`, 'utf8'), part.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** SvarUt answers a refusal with Fiks's ErrorMessage `{ status, error, message, errorCode, errorId }`. */
function svarUtWords(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown; errorId?: unknown };
    const words = typeof body.message === 'string' && body.message ? body.message : typeof body.error === 'string' ? body.error : undefined;
    if (!words) return undefined;
    return typeof body.errorId === 'string' ? `${words} (errorId ${body.errorId})` : words;
  } catch {
    return text.trim() ? text.trim().slice(0, 300) : undefined;
  }
}
