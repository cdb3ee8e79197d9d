import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Three kinds of test: unit (no database), and the database tests (*.db.test.ts) once on the
// embedded PGlite and once on the PostgreSQL server named by TEST_DATABASE_URL, when given.
// One id per run names the template databases that global-setup builds and the tests copy.
process.env.VARDE_TEST_RUN ??= String(process.pid);

// Each project runs by itself (sequence.groupOrder), after the one before: a database worker goes
// on to its project's next file only when that file is next in the queue (isolate: false, below).
const dbProjects = [
  { name: 'db-pglite', env: { VARDE_TEST_DATABASE: 'pglite' }, groupOrder: 1 },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'db-postgres', env: { VARDE_TEST_DATABASE: 'postgres' }, groupOrder: 2 }] : []),
];

// Vitest's default is one worker less than the cores: on CI's two cores, one test file at a time.
// The database tests spend much of their time waiting on the PostgreSQL server or a child
// process, so two files at a time on two cores is faster; VARDE_TEST_WORKERS overrides it.
const workers = Number(process.env.VARDE_TEST_WORKERS ?? Math.max(2, os.availableParallelism() - 1));

export default defineConfig({
  test: {
    maxWorkers: workers,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts', 'node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      ...dbProjects.map((p) => ({
        test: {
          name: p.name,
          include: ['src/**/*.db.test.ts'],
          env: { ...p.env, VARDE_TEST_RUN: process.env.VARDE_TEST_RUN! },
          globalSetup: ['src/test/global-setup.ts'],
          // A worker keeps the modules it imported for its next file: each file imports the whole app
          // (Fastify, drizzle, PGlite, pdfmake, exceljs), which took as long as many files' tests.
          // Safe because every file opens its own database (src/test/test-database.ts), nothing here
          // mocks a module, and the app keeps no state between requests but caches keyed by content.
          isolate: false,
          sequence: { groupOrder: p.groupOrder },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
    ],
  },
});
