import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: path.resolve('./data'), databaseUrl: undefined, loadDemo: true });
  });

  it('loads the demo school under production only when asked for', () => {
    expect(readConfig({ NODE_ENV: 'production' }).loadDemo).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', VARDE_DEMO: '1' }).loadDemo).toBe(true);
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
});
