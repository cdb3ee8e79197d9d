/**
 * A local SMTP server for the browser tests (playwright.config.ts starts it before the app, on a
 * fixed port the app's VARDE_SMTP_URL names): it keeps every message it is given, and shows them
 * as JSON at GET /messages on a second port, for a test to poll (e2e/notices.spec.ts). A newcomer
 * can run it beside Varde to see the notices Varde sends (`npx tsx e2e/fake-smtp.ts`, then start
 * Varde with the variables it prints).
 *
 * Only the MIME that nodemailer writes is read here (multipart, base64, quoted-printable, encoded
 * words in headers): enough to check a notice, not a general mail parser.
 */
import http from 'node:http';
import { SMTPServer } from 'smtp-server';

export const FAKE_SMTP_PORT = Number(process.env.VARDE_E2E_SMTP_PORT ?? 3297);
export const FAKE_SMTP_HTTP_PORT = Number(process.env.VARDE_E2E_SMTP_HTTP_PORT ?? 3296);

export interface ReceivedAttachment {
  filename: string | null;
  /** The Content-Type as sent, parameters included ("text/calendar; method=PUBLISH; charset=utf-8"). */
  contentType: string;
  /** A text/* attachment as text; anything else in base64. */
  content: string;
  encoding: 'utf8' | 'base64';
}

export interface ReceivedMail {
  receivedAt: string;
  /** The envelope: who the SMTP client said it is from and to, which is where the message went. */
  envelope: { from: string | null; to: string[] };
  from: string | null;
  to: string | null;
  subject: string | null;
  messageId: string | null;
  text: string | null;
  html: string | null;
  attachments: ReceivedAttachment[];
}

interface Part {
  headers: Map<string, string>;
  /** The body's bytes as a latin1 string, so that every byte survives until it is decoded. */
  body: string;
}

function parsePart(raw: string): Part {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  // A header continues on the lines that start with white space (RFC 5322 folding).
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(utf8(line.slice(colon + 1).trim())));
  }
  return { headers, body };
}

const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

/** RFC 2047 encoded words ("=?UTF-8?Q?m=C3=B8te?="); white space between two of them is not part of the text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : utf8(decodeQuotedPrintable(text.replace(/_/g, ' '))),
    );
}

/** Quoted-printable to bytes, as a latin1 string. */
function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodedBody(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s/g, ''), 'base64');
  if (encoding === 'quoted-printable') return Buffer.from(decodeQuotedPrintable(part.body), 'latin1');
  return Buffer.from(part.body, 'latin1');
}

/** A header's parameter ('boundary', 'filename'), quoted or not, or in RFC 2231's `name*=utf-8''…`. */
function parameter(header: string | undefined, name: string): string | null {
  if (!header) return null;
  const extended = new RegExp(`;\\s*${name}\\*=(?:[^']*'[^']*')?([^;]+)`, 'i').exec(header);
  if (extended) return decodeURIComponent(extended[1]!.trim());
  const plain = new RegExp(`;\\s*${name}=(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return plain ? (plain[1] ?? plain[2] ?? null) : null;
}

/** The leaves of the MIME tree, in order. */
function leaves(part: Part): Part[] {
  const contentType = part.headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(contentType, 'boundary');
  if (!/^multipart\//i.test(contentType) || !boundary) return [part];
  const delimiter = `--${boundary}`;
  const sections = part.body.split(new RegExp(`\\r?\\n?${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // The first section is the preamble, and the last one begins with "--" (the closing delimiter).
  return sections
    .slice(1)
    .filter((section) => !section.startsWith('--'))
    .flatMap((section) => leaves(parsePart(section.replace(/^[ \t]*\r?\n/, ''))));
}

export function parseMail(raw: Buffer, envelope: ReceivedMail['envelope'], receivedAt: Date): ReceivedMail {
  const message = parsePart(raw.toString('latin1'));
  let text: string | null = null;
  let html: string | null = null;
  const attachments: ReceivedAttachment[] = [];
  for (const leaf of leaves(message)) {
    const contentType = leaf.headers.get('content-type') ?? 'text/plain';
    const disposition = leaf.headers.get('content-disposition');
    const filename = parameter(disposition, 'filename') ?? parameter(contentType, 'name');
    const body = decodedBody(leaf);
    const isAttachment = /^attachment/i.test(disposition ?? '') || filename !== null;
    if (!isAttachment && /^text\/plain/i.test(contentType) && text === null) text = body.toString('utf8');
    else if (!isAttachment && /^text\/html/i.test(contentType) && html === null) html = body.toString('utf8');
    else {
      const isText = /^text\//i.test(contentType);
      attachments.push({ filename, contentType, content: isText ? body.toString('utf8') : body.toString('base64'), encoding: isText ? 'utf8' : 'base64' });
    }
  }
  const header = (name: string) => message.headers.get(name) ?? null;
  return { receivedAt: receivedAt.toISOString(), envelope, from: header('from'), to: header('to'), subject: header('subject'), messageId: header('message-id'), text, html, attachments };
}

const received: ReceivedMail[] = [];

// No TLS and no sign-in: the server listens on 127.0.0.1 only, and Varde's smtp:// URL then needs neither.
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null, to: session.envelope.rcptTo.map((r) => r.address) };
      const mail = parseMail(Buffer.concat(chunks), envelope, new Date());
      received.push(mail);
      console.log(`Fake SMTP: to ${envelope.to.join(', ')}: «${mail.subject ?? ''}»${mail.attachments.length > 0 ? ` with ${mail.attachments.map((a) => a.filename ?? a.contentType).join(', ')}` : ''}`);
      callback();
    });
  },
});

const api = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/messages') {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify(received, null, 2));
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not here: GET /messages\n');
});

await new Promise<void>((resolve) => smtp.listen(FAKE_SMTP_PORT, '127.0.0.1', resolve));
// The HTTP side is started last: when it answers, which playwright.config.ts waits for, the SMTP side listens too.
await new Promise<void>((resolve) => api.listen(FAKE_SMTP_HTTP_PORT, '127.0.0.1', resolve));
console.log(`Fake SMTP server on smtp://127.0.0.1:${FAKE_SMTP_PORT}, what it received on http://127.0.0.1:${FAKE_SMTP_HTTP_PORT}/messages; start Varde beside it with
  VARDE_SMTP_URL=smtp://127.0.0.1:${FAKE_SMTP_PORT} VARDE_SMTP_FROM="Varde <varsel@varde.test>" npm start
and summon a guardian to a meeting by e-mail (E-post) from a case: the message arrives here.`);

const stop = () => {
  api.close();
  smtp.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
