import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Each run gets a fresh embedded database (the env var carries the folder to the workers).
process.env.VARDE_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'varde-e2e-'));
const port = Number(process.env.VARDE_E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on its second try hides a flake, which is a bug to fix.
  retries: 0,
  timeout: 60_000,
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
  webServer: {
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
    },
  },
});
