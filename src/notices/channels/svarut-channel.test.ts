import { createVerify, generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SvarUtConfig } from './channel-config.js';
import { closedPort } from './closed-port.js';
import { maskinportenTokenSource } from './maskinporten-token.js';
import { ChannelError, type OutgoingNotice } from './notice-channel.js';
import { createSvarUtChannel, deliveryStatusOf, withoutIdentityNumbers } from './svarut-channel.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kontoId = '3f2a1c9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const integrasjonId = '7c6b5a49-3827-4165-8f4e-3d2c1b0a9f8e';
const fodselsnummer = '01017012345';

interface SeenLetter {
  headers: http.IncomingHttpHeaders;
  forsendelse: Record<string, unknown>;
  files: { name: string; type: string; bytes: Buffer }[];
  forsendelsePartHadFilename: boolean;
}

const letters: SeenLetter[] = [];
const statuses = new Map<string, string>();
let grants: Record<string, unknown>[] = [];
let svarUtAnswer: { status: number; body: unknown } | undefined;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void answer(req, Buffer.concat(chunks)).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  letters.length = 0;
  grants = [];
  svarUtAnswer = undefined;
});

/** The fake Maskinporten (`/maskinporten/token`) and the fake SvarUt (`/api/v3/…`). */
async function answer(req: http.IncomingMessage, body: Buffer): Promise<{ status: number; body: unknown }> {
  if (req.url === '/maskinporten/token') {
    const form = new URLSearchParams(body.toString('utf8'));
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return { status: 400, body: { error: 'unsupported_grant_type' } };
    const [header, claims, signature] = form.get('assertion')!.split('.');
    const valid = createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(publicKey, Buffer.from(signature!, 'base64url'));
    if (!valid) return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid assertion' } };
    grants.push({ header: JSON.parse(Buffer.from(header!, 'base64url').toString()), ...JSON.parse(Buffer.from(claims!, 'base64url').toString()) });
    return { status: 200, body: { access_token: 'maskinporten-token-1', token_type: 'Bearer', expires_in: 120, scope: 'ks:fiks' } };
  }
  if (req.headers.authorization !== 'Bearer maskinporten-token-1' || req.headers.integrasjonid !== integrasjonId || req.headers.integrasjonpassord !== 'integrasjon-hemmelig') {
    return { status: 401, body: { status: 401, error: 'Unauthorized', message: 'Ugyldig integrasjon' } };
  }
  if (svarUtAnswer) return svarUtAnswer;
  if (req.method === 'POST' && req.url === `/api/v3/kontoer/${kontoId}/forsendelser/person`) {
    const form = await new Request('http://svarut.test/', { method: 'POST', headers: { 'content-type': req.headers['content-type']! }, body: new Uint8Array(body) }).formData();
    const files = await Promise.all(
      form.getAll('dokumenter').map(async (f) => {
        const file = f as File;
        return { name: file.name, type: file.type, bytes: Buffer.from(await file.arrayBuffer()) };
      }),
    );
    const forsendelse = form.get('forsendelse');
    letters.push({
      headers: req.headers,
      forsendelse: JSON.parse(typeof forsendelse === 'string' ? forsendelse : await (forsendelse as File).text()) as Record<string, unknown>,
      files,
      forsendelsePartHadFilename: typeof forsendelse !== 'string',
    });
    const id = `a0b1c2d3-0000-4000-8000-00000000000${letters.length}`;
    statuses.set(id, 'MOTTATT');
    return { status: 200, body: { id } };
  }
  if (req.method === 'POST' && req.url === `/api/v3/kontoer/${kontoId}/forsendelser/status`) {
    const ids = (JSON.parse(body.toString('utf8')) as { id: string[] }).id;
    return { status: 200, body: { statuser: ids.filter((id) => statuses.has(id)).map((id) => ({ id, status: statuses.get(id), sisteStatusEndring: '2026-12-07T10:00:00.000+01:00' })) } };
  }
  return { status: 404, body: { status: 404, error: 'Not Found' } };
}

const config = (): SvarUtConfig => ({
  url: base,
  kontoId,
  integrasjonId,
  integrasjonPassord: 'integrasjon-hemmelig',
  maskinporten: { issuer: `${base}/maskinporten/`, clientId: 'varde-client', keyId: 'varde-key-1', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), scope: 'ks:fiks' },
});

function channel(c = config()) {
  return createSvarUtChannel(c, { tokens: maskinportenTokenSource(c.maskinporten) });
}

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const letter: OutgoingNotice = {
  to: fodselsnummer,
  toName: 'Kari Nordmann',
  subject: 'Innkalling til kartleggingssamtale',
  text: 'unused by digital post',
  attachments: [{ filename: 'innkalling.pdf', contentType: 'application/pdf', content: pdf }],
  postalAddress: { lines: ['Storgata 1'], postnummer: '0155', poststed: 'Oslo' },
  reference: '0190a0b2-0000-7000-8000-000000000003',
};

describe('the digital post channel (SvarUt)', () => {
  it('sends the letter as SvarUt wants it: the forsendelse JSON, then the PDF, with the Maskinporten token and the integration', async () => {
    const result = await channel().send(letter);

    expect(result).toEqual({ status: 'sent', externalId: 'a0b1c2d3-0000-4000-8000-000000000001' });
    expect(letters).toHaveLength(1);
    const seen = letters[0]!;
    expect(seen.forsendelsePartHadFilename).toBe(false);
    expect(seen.forsendelse).toEqual({
      tittel: 'Innkalling til kartleggingssamtale',
      mottaker: { navn: 'Kari Nordmann', digitalId: fodselsnummer, adresse: { adresselinje1: 'Storgata 1', postnummer: '0155', poststed: 'Oslo' } },
      avgivendeSystem: 'Varde',
      eksternReferanse: letter.reference,
      kunDigitalLevering: false,
      dokumenter: [{ filnavn: 'innkalling.pdf', mimeType: 'application/pdf' }],
    });
    expect(seen.files).toEqual([{ name: 'innkalling.pdf', type: 'application/pdf', bytes: pdf }]);
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({ header: { alg: 'RS256', kid: 'varde-key-1' }, aud: `${base}/maskinporten/`, iss: 'varde-client', scope: 'ks:fiks' });
    expect((grants[0]!.exp as number) - (grants[0]!.iat as number)).toBeLessThanOrEqual(120);
  });

  it('keeps the Maskinporten token for the next letter, and sends digitally only when there is no postal address', async () => {
    const svarUt = channel();
    await svarUt.send(letter);
    await svarUt.send({ ...letter, postalAddress: undefined, attachments: [...letter.attachments!, { filename: 'invitasjon.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR') }] });

    expect(grants).toHaveLength(1);
    expect(letters[1]!.forsendelse).toMatchObject({ kunDigitalLevering: true, mottaker: { navn: 'Kari Nordmann', digitalId: fodselsnummer } });
    expect(letters[1]!.forsendelse.mottaker).not.toHaveProperty('adresse');
    expect(letters[1]!.files.map((f) => f.name)).toEqual(['innkalling.pdf', 'invitasjon.ics']);
  });

  it('marks a document that is not a PDF as left out of a printed letter', async () => {
    await channel().send({ ...letter, attachments: [...letter.attachments!, { filename: 'invitasjon.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR') }] });

    expect(letters[0]!.forsendelse.dokumenter).toEqual([
      { filnavn: 'innkalling.pdf', mimeType: 'application/pdf' },
      { filnavn: 'invitasjon.ics', mimeType: 'text/calendar', skalEkskluderesFraUtskrift: true },
    ]);
  });

  it('asks SvarUt for the status and maps LEST, MOTTATT and AVVIST to delivered, sent and failed', async () => {
    const svarUt = channel();
    const { externalId } = await svarUt.send(letter);

    expect(await svarUt.checkStatus!(externalId!)).toEqual({ status: 'sent', providerStatus: 'MOTTATT' });
    statuses.set(externalId!, 'LEST');
    expect(await svarUt.checkStatus!(externalId!)).toEqual({ status: 'delivered', providerStatus: 'LEST' });
    statuses.set(externalId!, 'AVVIST');
    expect(await svarUt.checkStatus!(externalId!)).toEqual({ status: 'failed', providerStatus: 'AVVIST' });
  });

  it('refuses, without calling SvarUt, a letter it cannot send, and never names the identity number', async () => {
    const svarUt = channel();
    const notAnId = await svarUt.send({ ...letter, to: '0101701234' }).catch((e: unknown) => e);
    const noName = await svarUt.send({ ...letter, toName: ' ' }).catch((e: unknown) => e);
    const noDocument = await svarUt.send({ ...letter, attachments: [] }).catch((e: unknown) => e);

    for (const error of [notAnId, noName, noDocument]) {
      expect(error).toBeInstanceOf(ChannelError);
      expect(error).toMatchObject({ retryable: false });
      expect((error as ChannelError).message).not.toMatch(/\d{10}/);
    }
    expect(letters).toHaveLength(0);
  });

  it('gives a non-retryable error for a 4xx, without the identity number SvarUt echoes, and a retryable one for a 5xx or SvarUt down', async () => {
    svarUtAnswer = { status: 400, body: { status: 400, error: 'Bad Request', message: `Ugyldig fødselsnummer ${fodselsnummer}`, errorId: 'e-1' } };
    const refused = await channel().send(letter).catch((e: unknown) => e);
    expect(refused).toMatchObject({ kind: 'digital_post', retryable: false, message: 'SvarUt refused the letter: 400 Ugyldig fødselsnummer *********** (errorId e-1)' });

    svarUtAnswer = { status: 503, body: { status: 503, error: 'Service Unavailable' } };
    await expect(channel().send(letter)).rejects.toMatchObject({ retryable: true, message: 'SvarUt refused the letter: 503 Service Unavailable' });

    const down = { ...config(), url: `http://127.0.0.1:${await closedPort()}` };
    await expect(channel(down).send(letter)).rejects.toMatchObject({ retryable: true, message: 'SvarUt could not be reached' });
  });

  it('gives a non-retryable error when Maskinporten refuses the grant', async () => {
    const wrongKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const c = config();
    const error = await channel({ ...c, maskinporten: { ...c.maskinporten, privateKey: wrongKey } }).send(letter).catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: 'digital_post', retryable: false, message: "Maskinporten refused Varde's token request: 400 invalid_grant: Invalid assertion" });
    expect(letters).toHaveLength(0);
  });
});

describe('the Maskinporten token', () => {
  it('is kept until 30 seconds before it expires, then fetched anew', async () => {
    let now = Date.parse('2026-12-07T10:00:00Z');
    const tokens = maskinportenTokenSource(config().maskinporten, { now: () => now });

    await tokens.token();
    now += 89_000;
    await tokens.token();
    expect(grants).toHaveLength(1);
    now += 1_000;
    await tokens.token();
    expect(grants).toHaveLength(2);
    tokens.forget();
    await tokens.token();
    expect(grants).toHaveLength(3);
  });
});

describe('deliveryStatusOf', () => {
  it.each([
    ['LEST', 'delivered'],
    ['LEVERT_SDP', 'delivered'],
    ['MOTTATT', 'sent'],
    ['AKSEPTERT', 'sent'],
    ['SENDT_PRINT', 'sent'],
    ['AVVIST', 'failed'],
    ['IKKE_LEVERT', 'failed'],
    ['FEILET_UNDER_MOTTAK', 'failed'],
  ])('%s → %s', (status, expected) => {
    expect(deliveryStatusOf(status)).toBe(expected);
  });
});

describe('withoutIdentityNumbers', () => {
  it('blanks 11-digit runs and leaves other numbers', () => {
    expect(withoutIdentityNumbers('fnr 01017012345, postnr 0155, tlf 4791234567')).toBe('fnr ***********, postnr 0155, tlf 4791234567');
  });
});
