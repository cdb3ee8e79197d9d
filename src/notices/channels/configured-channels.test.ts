import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.js';
import { readEmailConfig, readSmsConfig, readSvarUtConfig } from './channel-config.js';
import { configuredChannels } from './configured-channels.js';
import { createFakeChannel } from './fake-channel.js';
import { ChannelError } from './notice-channel.js';

const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const email = { VARDE_SMTP_URL: 'smtp://varde:smtp-hemmelig@smtp.example.no:587', VARDE_SMTP_FROM: 'Eksempel skole <post@skole.example.no>' };
const sms = { VARDE_SMS_URL: 'https://gateway.example.no/sms/send', VARDE_SMS_KEY: 'varde:sms-hemmelig', VARDE_SMS_SENDER: 'EksSkole' };
const svarUt = {
  VARDE_SVARUT_KONTO_ID: '3f2a1c9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  VARDE_SVARUT_INTEGRASJON_ID: '7c6b5a49-3827-4165-8f4e-3d2c1b0a9f8e',
  VARDE_SVARUT_INTEGRASJON_PASSORD: 'integrasjon-hemmelig',
  VARDE_MASKINPORTEN_CLIENT_ID: 'varde-client',
  VARDE_MASKINPORTEN_KID: 'varde-key-1',
  VARDE_MASKINPORTEN_PRIVATE_KEY: pem,
};

function configError(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuredChannels', () => {
  it('turns on no channel when none is configured', () => {
    expect(configuredChannels({ PORT: '3000', VARDE_SMTP_URL: '' })).toEqual([]);
  });

  it('turns on each channel whose variables are set', () => {
    expect(configuredChannels({ ...email }).map((c) => c.kind)).toEqual(['epost']);
    expect(configuredChannels({ ...sms, ...svarUt }).map((c) => c.kind)).toEqual(['sms', 'digital_post']);
    expect(configuredChannels({ ...email, ...sms, ...svarUt }).map((c) => c.kind)).toEqual(['epost', 'sms', 'digital_post']);
  });
});

describe('the channels\' configuration', () => {
  it('reads the e-mail settings', () => {
    expect(readEmailConfig(email)).toEqual({ url: email.VARDE_SMTP_URL, from: email.VARDE_SMTP_FROM });
  });

  it('names the missing variable of a half-configured channel', () => {
    expect(configError(() => readEmailConfig({ VARDE_SMTP_URL: email.VARDE_SMTP_URL }))).toBe('VARDE_SMTP_FROM is not set (needed for sending e-mail)');
    expect(configError(() => readSmsConfig({ VARDE_SMS_URL: sms.VARDE_SMS_URL, VARDE_SMS_SENDER: 'EksSkole' }))).toBe('VARDE_SMS_KEY is not set (needed for sending SMS)');
    expect(configError(() => readSvarUtConfig({ ...svarUt, VARDE_MASKINPORTEN_KID: undefined }))).toBe('VARDE_MASKINPORTEN_KID is not set (needed for sending digital post through SvarUt)');
  });

  it('shows a wrong value, but never a secret', () => {
    expect(configError(() => readEmailConfig({ ...email, VARDE_SMTP_FROM: 'skolen' }))).toBe('VARDE_SMTP_FROM="skolen" is not valid: must be an e-mail address, or "Name <address>" (needed for sending e-mail)');
    expect(configError(() => readSmsConfig({ ...sms, VARDE_SMS_SENDER: 'Eksempel skole' }))).toMatch(/^VARDE_SMS_SENDER="Eksempel skole" is not valid/);
    const smtp = configError(() => readEmailConfig({ ...email, VARDE_SMTP_URL: 'https://varde:smtp-hemmelig@smtp.example.no' }));
    expect(smtp).toBe('VARDE_SMTP_URL=(hidden) is not valid: must be an smtp:// or smtps:// URL (needed for sending e-mail)');
    const key = configError(() => readSvarUtConfig({ ...svarUt, VARDE_MASKINPORTEN_PRIVATE_KEY: '-----BEGIN CERTIFICATE-----\nhemmelig' }));
    expect(key).not.toContain('hemmelig');
  });

  it('reads SvarUt\'s settings, with the defaults and the private key from a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'varde-svarut-'));
    const keyFile = path.join(dir, 'maskinporten.pem');
    fs.writeFileSync(keyFile, pem);
    try {
      expect(readSvarUtConfig({ ...svarUt, VARDE_MASKINPORTEN_PRIVATE_KEY: keyFile })).toEqual({
        url: 'https://svarut.ks.no',
        kontoId: svarUt.VARDE_SVARUT_KONTO_ID,
        integrasjonId: svarUt.VARDE_SVARUT_INTEGRASJON_ID,
        integrasjonPassord: 'integrasjon-hemmelig',
        maskinporten: { issuer: 'https://maskinporten.no/', clientId: 'varde-client', keyId: 'varde-key-1', privateKey: pem, scope: 'ks:fiks' },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(configError(() => readSvarUtConfig({ ...svarUt, VARDE_MASKINPORTEN_PRIVATE_KEY: '/no/such/key.pem' }))).toMatch(/^VARDE_MASKINPORTEN_PRIVATE_KEY="\/no\/such\/key.pem" is not valid: no file/);
  });
});

describe('the fake channel', () => {
  it('keeps what it sends, fails when told to, and answers a status', async () => {
    const fake = createFakeChannel('sms');
    const notice = { to: '91234567', subject: 's', text: 't', reference: 'n-1' };
    fake.failNext(new ChannelError('sms', 'the SMS gateway could not be reached', { retryable: true }));

    await expect(fake.send(notice)).rejects.toMatchObject({ retryable: true });
    expect(await fake.send(notice)).toEqual({ status: 'sent', externalId: 'fake-sms-1' });
    expect(fake.sent).toEqual([notice]);
    fake.setStatus('fake-sms-1', { status: 'delivered', providerStatus: 'DELIVERED' });
    expect(await fake.checkStatus!('fake-sms-1')).toEqual({ status: 'delivered', providerStatus: 'DELIVERED' });
  });
});
