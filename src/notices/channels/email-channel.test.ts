import type net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from './closed-port.js';
import { createEmailChannel } from './email-channel.js';
import { ChannelError, type OutgoingNotice } from './notice-channel.js';

interface Received {
  from: string | undefined;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('finnes-ikke@')) {
        callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const invitation = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:meeting-1@varde',
  'DTSTART:20261210T090000Z',
  'SUMMARY:Kartleggingssamtale',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const summons: OutgoingNotice = {
  to: 'foresatt@example.no',
  toName: 'Kari Nordmann',
  subject: 'Invitation to a meeting',
  text: 'You are invited to a meeting. Sign in to Varde to read more.',
  attachments: [{ filename: 'invitation.ics', contentType: 'text/calendar; method=REQUEST', content: Buffer.from(invitation) }],
  reference: '0190a0b2-0000-7000-8000-000000000001',
};

describe('the e-mail channel', () => {
  it('delivers the message, with its subject, text and .ics invitation, from the school', async () => {
    const channel = createEmailChannel({ url: `smtp://127.0.0.1:${port}`, from: 'Eksempel skole <post@skole.example.no>' });

    const result = await channel.send(summons);

    expect(result).toEqual({ status: 'sent', externalId: `<${summons.reference}@skole.example.no>` });
    const message = received.find((m) => m.raw.includes(summons.reference))!;
    expect(message.from).toBe('post@skole.example.no');
    expect(message.to).toEqual(['foresatt@example.no']);
    expect(message.raw).toMatch(/^Subject: Invitation to a meeting$/m);
    expect(message.raw).toMatch(/^To: Kari Nordmann <foresatt@example\.no>$/m);
    expect(message.raw).toContain('You are invited to a meeting. Sign in to Varde to read more.');
    expect(message.raw).toMatch(/^Content-Type: text\/calendar; method=REQUEST; name=invitation\.ics$/im);
    const attachmentPart = message.raw.split(/^Content-Type: text\/calendar/im)[1]!;
    const base64 = attachmentPart.split(/\r?\n\r?\n/)[1]!.split(/\r?\n--/)[0]!;
    expect(Buffer.from(base64.replace(/\s/g, ''), 'base64').toString('utf8')).toBe(invitation);
  });

  it('gives a non-retryable error, with the server\'s words, for an address the server refuses', async () => {
    const channel = createEmailChannel({ url: `smtp://127.0.0.1:${port}`, from: 'post@skole.example.no' });

    const error = await channel.send({ ...summons, to: 'finnes-ikke@example.no' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'epost', retryable: false });
    expect((error as ChannelError).message).toMatch(/^the SMTP server refused the address: 550 .*No such user here/);
  });

  it('gives a retryable error when the server is down', async () => {
    const downPort = await closedPort();
    const channel = createEmailChannel({ url: `smtp://user:hemmelig-passord@127.0.0.1:${downPort}`, from: 'post@skole.example.no' });

    const error = await channel.send(summons).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'epost', retryable: true });
    expect((error as ChannelError).message).toMatch(/^the SMTP server could not be reached/);
    expect((error as ChannelError).message).not.toContain('hemmelig-passord');
  });
});
