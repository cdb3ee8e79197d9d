import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: path.resolve('./data'), databaseUrl: undefined, loadDemo: true });
  });

  const key = 'a-production-secret-of-at-least-32-characters';

  it('loads the demo school under production only when asked for', () => {
    expect(readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: key }).loadDemo).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: key, VARDE_DEMO: '1' }).loadDemo).toBe(true);
    expect(readConfig({ NODE_ENV: 'development' }).loadDemo).toBe(true);
    expect(readConfig({ VARDE_DEMO: 'false' }).loadDemo).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'abc' })).toThrow(/^PORT="abc" is not valid/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/^DATABASE_URL=.*postgres/);
  });

  it('ends idle sessions after 30 minutes unless told otherwise', () => {
    expect(readConfig({}).sessionIdleMinutes).toBe(30);
    expect(readConfig({ VARDE_SESSION_IDLE_MINUTES: '15' }).sessionIdleMinutes).toBe(15);
    expect(() => readConfig({ VARDE_SESSION_IDLE_MINUTES: '0' })).toThrow(/^VARDE_SESSION_IDLE_MINUTES="0" is not valid/);
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('needs a secret of its own in production', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/^VARDE_SECRET_KEY is not set/);
    expect(() => readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: 'short' })).toThrow(/^VARDE_SECRET_KEY=.*at least 32/);
    expect(readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: key }).secretKey).toBe(key);
  });

  it('asks a second factor of local leadership accounts unless the demo is loaded', () => {
    expect(readConfig({}).signIn.secondFactor).toBe('off');
    expect(readConfig({ VARDE_DEMO: 'false' }).signIn.secondFactor).toBe('required');
    expect(readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: key }).signIn.secondFactor).toBe('required');
    expect(readConfig({ VARDE_SECOND_FACTOR: 'required' }).signIn.secondFactor).toBe('required');
    expect(() => readConfig({ VARDE_SECOND_FACTOR: 'maybe' })).toThrow(/^VARDE_SECOND_FACTOR="maybe" is not valid/);
  });

  it('configures Feide and ID-porten only with both client id and secret', () => {
    expect(readConfig({}).signIn.feide).toBeUndefined();
    expect(readConfig({ FEIDE_CLIENT_ID: 'id', FEIDE_CLIENT_SECRET: 's' }).signIn.feide).toEqual({
      issuer: 'https://auth.dataporten.no',
      clientId: 'id',
      clientSecret: 's',
      groupsApi: 'https://groups-api.dataporten.no',
    });
    expect(() => readConfig({ IDPORTEN_CLIENT_ID: 'id' })).toThrow(/^IDPORTEN_CLIENT_SECRET is not set/);
    expect(() =>
      readConfig({ NODE_ENV: 'production', VARDE_SECRET_KEY: key, FEIDE_ISSUER: 'http://127.0.0.1:4000', FEIDE_CLIENT_ID: 'id', FEIDE_CLIENT_SECRET: 's' }),
    ).toThrow(/^FEIDE_ISSUER=.*https/);
  });

  it('refuses to turn passwords off when no provider lets staff in', () => {
    expect(() => readConfig({ VARDE_PASSWORD_SIGN_IN: 'false' })).toThrow(/^VARDE_PASSWORD_SIGN_IN=false/);
    expect(readConfig({ VARDE_PASSWORD_SIGN_IN: 'false', FEIDE_CLIENT_ID: 'id', FEIDE_CLIENT_SECRET: 's' }).signIn.passwordSignIn).toBe(false);
  });

  it('builds the redirect address from the host and port unless given', () => {
    expect(readConfig({ PORT: '3100' }).signIn.publicUrl).toBe('http://127.0.0.1:3100');
    expect(readConfig({ VARDE_PUBLIC_URL: 'https://varde.example.no' }).signIn.publicUrl).toBe('https://varde.example.no');
    expect(() => readConfig({ VARDE_PUBLIC_URL: 'https://varde.example.no/app' })).toThrow(/^VARDE_PUBLIC_URL=/);
  });
});
