// Mutation testing of the domain (issue 18): `npm run test:mutation`, see README "Mutation testing".
// Only plain TypeScript in src/domain is mutated, and only the domain's own unit tests judge a
// mutant. Test helpers (fixtures, arbitraries) are not production code and are left out.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  checkers: ['typescript'],
  // Only the domain is type-checked per mutant: checking the whole project for each of 4 600
  // mutants made the checker the bottleneck (4 s a mutant); the domain imports nothing outside it.
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [
    'src/domain/**/*.ts',
    '!src/domain/**/*.test.ts',
    '!src/domain/identification/identification-fixtures.ts',
    '!src/domain/identification/absence-arbitraries.ts',
  ],
  // A re-run after a small change judges only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp/main',
  cleanTempDir: 'always',
};
