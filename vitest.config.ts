import { defineConfig } from 'vitest/config';

// Three kinds of test: unit (no database), and the database tests (*.db.test.ts) once on the
// embedded PGlite and once on the PostgreSQL server named by TEST_DATABASE_URL, when given.
// One id per run names the template databases that global-setup builds and the tests copy.
process.env.VARDE_TEST_RUN ??= String(process.pid);

const dbProjects = [
  { name: 'db-pglite', env: { VARDE_TEST_DATABASE: 'pglite' } },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'db-postgres', env: { VARDE_TEST_DATABASE: 'postgres' } }] : []),
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts', 'node_modules/**'],
        },
      },
      ...dbProjects.map((p) => ({
        test: {
          name: p.name,
          include: ['src/**/*.db.test.ts'],
          env: { ...p.env, VARDE_TEST_RUN: process.env.VARDE_TEST_RUN! },
          globalSetup: ['src/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
    ],
  },
});
