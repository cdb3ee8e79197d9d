import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SmsConfig } from './channel-config.js';
import { closedPort } from './closed-port.js';
import { ChannelError, type OutgoingNotice } from './notice-channel.js';
import { createSmsChannel, normaliseNorwegianPhone } from './sms-channel.js';

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

const seen: Seen[] = [];
/** What the fake gateway answers next. */
let answer: { status: number; body: unknown };
let gateway: http.Server;
let base: string;

beforeAll(async () => {
  gateway = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(gateway.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  answer = { status: 200, body: { messageId: 'link-42', resultCode: 1005, description: 'Queued' } };
});

const config = (): SmsConfig => ({ url: `${base}/sms/send`, key: 'varde-api:hemmelig', sender: 'EksSkole', platformId: 'COMMON_API', platformPartnerId: '1234' });

const notice: OutgoingNotice = {
  to: '912 34 567',
  subject: 'unused by SMS',
  text: 'Hei! Du har fått en innkalling i Varde. Logg inn for å lese den.',
  reference: '0190a0b2-0000-7000-8000-000000000002',
};

describe('the SMS channel', () => {
  it('posts the message to the gateway with the key, the sender and the normalised number', async () => {
    const result = await createSmsChannel(config()).send(notice);

    expect(result).toEqual({ status: 'sent', externalId: 'link-42' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/sms/send' });
    expect(seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from('varde-api:hemmelig').toString('base64')}`);
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    expect(seen[0]!.body).toEqual({
      source: 'EksSkole',
      destination: '+4791234567',
      userData: notice.text,
      platformId: 'COMMON_API',
      platformPartnerId: '1234',
      refId: notice.reference,
    });
  });

  it('sends a key without a colon as a bearer token, and a long text whole for the gateway to concatenate', async () => {
    const long = 'Påminnelse: '.repeat(30);
    expect(long.length).toBeGreaterThan(160);

    await createSmsChannel({ ...config(), key: 'abc123', platformId: undefined, platformPartnerId: undefined }).send({ ...notice, text: long });

    expect(seen[0]!.headers.authorization).toBe('Bearer abc123');
    expect(seen[0]!.body).toEqual({ source: 'EksSkole', destination: '+4791234567', userData: long, refId: notice.reference });
  });

  it('gives a non-retryable error when the gateway refuses the request (4xx)', async () => {
    answer = { status: 400, body: { resultCode: 106, description: 'Invalid destination' } };

    const error = await createSmsChannel(config()).send(notice).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'sms', retryable: false, message: 'the SMS gateway refused the message: 400 Invalid destination' });
  });

  it('gives a retryable error when the gateway fails (5xx) or cannot be reached', async () => {
    answer = { status: 503, body: { description: 'Service unavailable' } };
    await expect(createSmsChannel(config()).send(notice)).rejects.toMatchObject({ retryable: true, message: expect.stringContaining('503') });

    const down = await createSmsChannel({ ...config(), url: `http://127.0.0.1:${await closedPort()}/sms/send` }).send(notice).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(ChannelError);
    expect(down).toMatchObject({ retryable: true, message: 'the SMS gateway could not be reached' });
  });

  it('refuses, without calling the gateway, a number that is not a mobile one', async () => {
    await expect(createSmsChannel(config()).send({ ...notice, to: '22 33 44 55' })).rejects.toMatchObject({ retryable: false });
    expect(seen).toHaveLength(0);
  });
});

describe('normaliseNorwegianPhone', () => {
  it.each([
    ['91234567', '+4791234567'],
    ['912 34 567', '+4791234567'],
    ['+47 912 34 567', '+4791234567'],
    ['0047 41234567', '+4741234567'],
    ['4791234567', '+4791234567'],
    ['+46 70 123 45 67', '+46701234567'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseNorwegianPhone(raw)).toBe(expected);
  });

  it.each(['22334455', '+4722334455', '1234567', '912345678', 'abc', ''])('%s is not a mobile number', (raw) => {
    expect(normaliseNorwegianPhone(raw)).toBeUndefined();
  });
});
