import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * A feature may use another feature's files only at these seams; anything else it needs from
 * another feature belongs in src/web/{components,lib,api}. Each seam is a known one, kept
 * narrow so that a new one is a decision, not an accident.
 */
const featureSeams = {
  // The case page shows the plans and conversations of its case; it, and the student's cases on the
  // student page, open a clarification case with OT.
  cases: [
    'plans/components/plans-section.tsx',
    'plans/components/conversations-section.tsx',
    'ot-avklaring/components/avklaring-from-case-section.tsx',
    'ot-avklaring/components/open-avklaring-button.tsx',
    // The delivery log of the case (issue 15).
    'notices/components/notice-log-section.tsx',
  ],
  // A signed plan moves its case on through the case client.
  plans: ['cases/api/case-client.ts'],
  // The student and guardians read a plan in the same read-only view as the school (issue 14).
  home: ['plans/components/plan-content-view.tsx', 'plans/plans.css'],
  // The student page opens a case (or a clarification case with OT) from a flag and lists the student's cases;
  // its leadership moves the student to another school, and a student moved away says where (skolebytte).
  // The overgang's two sides (the former school's summary, the receiving school's former schools) are sections of it.
  // A missing birth date is completed with the import page's form (issue 17).
  // Its leadership sees who has seen the student's data (innsyn i logg, issue 14).
  student: [
    'access-report/components/access-report-section.tsx',
    'cases/components/open-case-form.tsx',
    'cases/components/student-cases-section.tsx',
    'ot-avklaring/components/open-avklaring-form.tsx',
    'skolebytte/components/school-move-section.tsx',
    'skolebytte/components/student-moved-away.tsx',
    'overgang/components/incoming-section.tsx',
    'overgang/components/overgang-section.tsx',
    'imports/components/missing-birth-dates-section.tsx',
    // What Varde sent to the home about the student (the delivery log, issue 15).
    'notices/components/notice-log-section.tsx',
  ],
  // The clarification case with OT is a case: its page is built of the case page's sections,
  // forms, deadline, time fields and styles, and its staff candidates come from the case's.
  'ot-avklaring': [
    'cases/api/use-cases.ts',
    'cases/case-paths.ts',
    'cases/cases.css',
    'cases/field-problems.ts',
    'cases/oslo-time.ts',
    'cases/components/case-section.tsx',
    'cases/components/case-tasks-section.tsx',
    'cases/components/deadline.tsx',
    'cases/components/form-footer.tsx',
    'cases/components/form-problems.tsx',
    'cases/components/history-section.tsx',
  ],
  // Links into a case.
  tasks: ['cases/case-paths.ts'],
  // Links into a case; the meeting's form is laid out like a plan's (plan-form, agenda-list).
  'class-meeting': ['cases/case-paths.ts', 'plans/plans.css'],
  // Pages that pick among the teacher's own students.
  registration: ['my-students/api/use-my-students.ts'],
  'grade-entry': ['my-students/api/use-my-students.ts'],
  // The weekly and monthly checks share the checks' frame, period, record of the check and row actions.
  'weekly-check': ['checks/api/use-checks.ts', 'checks/components'],
  'monthly-check': ['checks/api/use-checks.ts', 'checks/components'],
  // Links into a case.
  checks: ['cases/case-paths.ts'],
  'iko-workspace': ['cases/case-paths.ts'],
  // A grunnskole's routine rhythm links to the school's cases (the staircase).
  // Misuse control (innsyn i logg, issue 14) is a section of the leadership page.
  // The school's notice settings (the same-day notice to guardians, issue 15) are set there too.
  leadership: ['cases/case-paths.ts', 'access-report/components/staff-access-log-section.tsx', 'notices/components/notice-settings-section.tsx'],
  // The owner's administrator compares staff's groups in Feide with Varde's, and resets a lost phone's
  // second factor, on the owner's import page (issue 14).
  imports: ['feide-groups/components/feide-groups-section.tsx', 'second-factor-admin/components/second-factor-section.tsx'],
};

/**
 * Which folder may import which (docs/architecture.md draws it). From the bottom up: lib; domain;
 * shared (the wire contract) and db; data and documents; imports and demo; server, whose main.ts
 * alone wires in the demo school. The web app stands beside them and sees only domain and shared.
 * Each zone forbids a folder to import from the folders above or beside it, so the folders cannot
 * import each other in a circle; import-x/no-cycle holds single files the same way.
 * Tests and benchmarks are outside the zones (see `harness` below): a server test may build
 * the demo school, a bench may load it.
 */
const src = (folder) => `./src/${folder}`;
const zones = [
  {
    // Helpers at the very bottom, shared by data, imports, demo and server; if they imported
    // any of those, the folders would import each other again (src/lib/README.md).
    target: src('lib'),
    from: './src',
    except: ['./lib'],
    message: 'src/lib is below every other folder: it imports nothing from src.',
  },
  {
    // The rules are plain TypeScript tested without I/O (docs/architecture.md). group-by and the
    // clock are pure; the SQL and password helpers are not.
    target: src('domain'),
    from: ['db', 'data', 'server', 'web', 'demo', 'imports', 'documents', 'notices', 'queue', 'shared', 'test', 'lib/sql-arrays.ts', 'lib/password.ts', 'config.ts'].map(src),
    message: 'The domain is plain data in, plain data out: no database, HTTP, React, imports or documents.',
  },
  {
    // The wire contract is bundled into the web app as well as used by the server, so it may
    // lean only on the domain's vocabularies and schemas.
    target: src('shared'),
    from: ['db', 'data', 'server', 'web', 'demo', 'imports', 'documents', 'notices', 'queue', 'lib', 'test', 'config.ts'].map(src),
    message: 'src/shared is the contract between server and web: it may import only the domain.',
  },
  {
    // The schema takes its CHECK lists from the domain's vocabularies; everything else builds
    // on the schema, so the schema cannot build on it.
    target: src('db'),
    from: ['data', 'server', 'web', 'demo', 'imports', 'documents', 'shared'].map(src),
    message: 'src/db sits under data, imports, demo and server: it may import only the domain and lib.',
  },
  {
    // PDFs are drawn from plain models; the data layer or a route fills them in.
    target: src('documents'),
    from: ['db', 'data', 'server', 'web', 'demo', 'imports'].map(src),
    message: 'Documents render plain models: they may import only the domain and lib.',
  },
  {
    // The data layer answers the server, the imports and the demo; it never calls back up
    // (data ↔ imports was a cycle through the SQL array helpers, now in lib).
    target: src('data'),
    from: ['server', 'web', 'demo', 'imports'].map(src),
    message: 'src/data is under server, imports and demo: it may not import them.',
  },
  {
    // The imports run from the command line as well as from the import route; the clock they
    // once took from the server is in lib.
    target: src('imports'),
    from: ['server', 'web', 'demo'].map(src),
    message: 'src/imports is under the server: it may not import server, web or demo.',
  },
  {
    // The demo school is built through the data layer, like real data; the server starts it
    // (main.ts), never the other way round.
    target: src('demo'),
    from: ['server', 'web', 'imports'].map(src),
    message: 'src/demo is under the server: it may not import server, web or imports.',
  },
  {
    // The notice channels carry a message out to a provider (SMTP, an SMS gateway, SvarUt) and
    // know nothing of Varde's data or HTTP, so that whatever sends notices can swap them for fakes.
    target: src('notices/channels'),
    from: ['shared', 'db', 'data', 'server', 'web', 'demo', 'imports', 'documents'].map(src),
    message: 'The notice channels take a message and send it: they may import only the domain, lib and config.ts.',
  },
  {
    // The job queue (pg-boss) sits just above the database: the data layer enqueues a job in the
    // same transaction as the change that causes it, so the queue may know nothing above db.
    target: src('queue'),
    from: ['shared', 'data', 'server', 'web', 'demo', 'imports', 'documents', 'notices'].map(src),
    message: 'src/queue sits just above src/db: it may import only the domain, lib and db.',
  },
  {
    // Only main.ts, the composition root, loads the demo school; the rest of the server
    // serves whatever database it is given.
    target: ['src/server/!(main).ts', 'src/server/*/**'].map((p) => path.join(root, p)),
    from: [path.join(root, 'src/demo/**'), path.join(root, 'src/web/**')],
    message: 'Only src/server/main.ts may reach into src/demo; the web app is reached over HTTP.',
  },
  {
    // The web app talks to the server only over HTTP, with the shared contract.
    target: src('web'),
    from: ['db', 'data', 'server', 'demo', 'imports', 'documents', 'notices', 'queue', 'lib', 'test', 'config.ts'].map(src),
    message: 'The web app reaches the server only over HTTP: it may import only src/shared and src/domain.',
  },
  {
    // Shared web folders sit under the features (shared → features → app, as in
    // bulletproof-react); the catalog index gathers each feature's own catalog files.
    target: ['components', 'lib', 'api', 'i18n'].map((f) => path.join(root, 'src/web', f, '**')),
    from: [path.join(root, 'src/web/features/**'), path.join(root, 'src/web/app/**')],
    except: [path.join(root, 'src/web/features/*/i18n/*.json')],
    message: 'Shared web folders may not import features or the app shell; move what both need into a shared folder.',
  },
  ...webFeatureZones(),
];

function webFeatureZones() {
  const features = fs
    .readdirSync(path.join(root, 'src/web/features'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  return features.map((feature) => ({
    // Features are independent of each other, so one can change without reading the rest.
    target: src(`web/features/${feature}`),
    from: src('web/features'),
    except: [`./${feature}`, ...(featureSeams[feature] ?? []).map((seam) => `./${seam}`)],
    message: 'A web feature may not import another feature: share through src/web/{components,lib,api}, or name the seam in featureSeams.',
  }));
}

/** Tests, test support and benchmarks: they may reach across the zones to set up a world. */
const harness = [
  'src/**/*.test.ts',
  'src/**/*.test.tsx',
  'src/test/**',
  'src/imports/import-test-helpers.ts',
  'src/imports/bench-absence-import.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', '.stryker-tmp/**', 'reports/**', 'stryker.*.config.mjs', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'src/web/tsconfig.json', 'src/web/tsconfig.test.json'], noWarnOnMultipleProjects: true })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // Nothing imports a test or a bench, so no cycle can pass through one: skipping them halves the walk.
    ignores: harness,
    rules: {
      // Type-only imports do not count (they vanish at run time); a cycle of values does.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain is plain TypeScript: no database, HTTP or React (docs/architecture.md).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['drizzle-orm*', 'fastify*', '@fastify/*', 'pg', '@electric-sql/*', 'react*', '@node-rs/*'] }],
    },
  },
  {
    // Routes validate, authorize, call a data command and present (docs/architecture.md, "One
    // feature from the web to the domain"): the SQL is in src/data. The database handle's type
    // may pass through to the command.
    files: ['src/server/routes/**/*.ts'],
    ignores: harness,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Routes do not talk SQL: put the query in a src/data command.' },
            { group: ['**/db/*'], allowTypeImports: true, message: 'Routes reach the database through src/data; only the handle type may be imported.' },
          ],
        },
      ],
    },
  },
  {
    // The web app reaches the server only over HTTP.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['drizzle-orm*', 'fastify*', '@fastify/*', 'pg', '@electric-sql/*', '@node-rs/*'] }],
    },
  },
  {
    // Words people read come from the catalogs in nb, nn and en: text written into JSX would be one language only.
    files: ['src/web/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
