import { defineConfig } from 'vitest/config';

// m2's copy of vitest.mutation.config.ts (delete when done): the leadership tests are another helper's work in progress.
export default defineConfig({
  test: {
    include: ['src/domain/**/*.test.ts'],
    exclude: ['src/**/*.db.test.ts', 'node_modules/**', 'src/domain/leadership/**'],
  },
});
