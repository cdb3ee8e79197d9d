import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { fakeIdentityProvidersEnv } from './src/test/oidc/fake-identity-providers-env';

// Each run gets a fresh embedded database (the env var carries the folder to the workers).
process.env.VARDE_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'varde-e2e-'));
const port = Number(process.env.VARDE_E2E_PORT ?? 3100);
// The fake FINT (e2e/fake-fint.ts), started before the app; the app reads FINT_* only when a sync is asked for.
const fintPort = Number(process.env.VARDE_E2E_FINT_PORT ?? 3299);
// The fake Feide and ID-porten (e2e/fake-idp.ts), started before the app, which discovers them at the first sign-in.
const idpPort = Number(process.env.VARDE_E2E_IDP_PORT ?? 3298);
// The local SMTP server (e2e/fake-smtp.ts), started before the app, which sends its e-mail notices there;
// what it received is at GET /messages on the second port (e2e/notices.spec.ts).
const smtpPort = Number(process.env.VARDE_E2E_SMTP_PORT ?? 3297);
const smtpHttpPort = Number(process.env.VARDE_E2E_SMTP_HTTP_PORT ?? 3296);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on its second try hides a flake, which is a bug to fix.
  retries: 0,
  timeout: 60_000,
  // Waiting for state, not for time: a heavy page (the leadership overview) on a loaded two-core
  // machine can take longer than the default 5 seconds to show what the test waits for.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nb-NO',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'npx tsx e2e/fake-fint.ts',
      port: fintPort,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { VARDE_E2E_FINT_PORT: String(fintPort) },
    },
    {
      command: 'npx tsx e2e/fake-idp.ts',
      url: `http://127.0.0.1:${idpPort}/feide/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { VARDE_E2E_IDP_PORT: String(idpPort), VARDE_E2E_VARDE_URL: `http://127.0.0.1:${port}` },
    },
    {
      command: 'npx tsx e2e/fake-smtp.ts',
      url: `http://127.0.0.1:${smtpHttpPort}/messages`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { VARDE_E2E_SMTP_PORT: String(smtpPort), VARDE_E2E_SMTP_HTTP_PORT: String(smtpHttpPort) },
    },
    {
      command: 'npx tsx src/server/main.ts',
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        VARDE_DATA_DIR: process.env.VARDE_E2E_DATA_DIR,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
        // Every test signs in afresh; the limit for people (10 in 15 minutes) would stop the suite.
        VARDE_SIGN_IN_LIMIT: '200',
        // The fake FINT's address and client (src/imports/fint/fake-fint-server.ts).
        FINT_BASE_URL: `http://127.0.0.1:${fintPort}`,
        FINT_TOKEN_URL: `http://127.0.0.1:${fintPort}/nidp/oauth/nam/token`,
        FINT_CLIENT_ID: 'varde-test',
        FINT_CLIENT_SECRET: 'hemmelig',
        // Feide and ID-porten: the fakes (src/test/oidc/fake-identity-providers.ts); passwords stay on for the other tests.
        ...fakeIdentityProvidersEnv(`http://127.0.0.1:${idpPort}`),
        VARDE_PUBLIC_URL: `http://127.0.0.1:${port}`,
        // E-mail is on, to the local SMTP server: the notice queue runs, as it does where a school has e-mail.
        VARDE_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        VARDE_SMTP_FROM: 'Varde <varsel@varde.test>',
      },
    },
  ],
});
