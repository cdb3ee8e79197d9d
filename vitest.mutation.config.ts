import { defineConfig } from 'vitest/config';

// The domain's own unit tests, and nothing else: what StrykerJS runs against each mutant
// (stryker.config.mjs). Database and web tests would only make each mutant slower to judge.
export default defineConfig({
  test: {
    include: ['src/domain/**/*.test.ts'],
    exclude: ['src/**/*.db.test.ts', 'node_modules/**'],
  },
});
