/**
 * The fake Feide and ID-porten for the browser tests (playwright.config.ts starts it before the
 * app, on a fixed port the app's FEIDE_* and IDPORTEN_* variables name), with the demo school's
 * groups in the fake groups API (src/test/oidc/demo-feide-groups.ts). A newcomer can run it to try
 * the sign-in on the demo (`npx tsx e2e/fake-idp.ts`, then start Varde with the variables it prints).
 */
import { demoFeideGroups } from '../src/test/oidc/demo-feide-groups';
import { startFakeIdentityProviders } from '../src/test/oidc/fake-identity-providers';

export const FAKE_IDP_PORT = Number(process.env.VARDE_E2E_IDP_PORT ?? 3298);
const varde = process.env.VARDE_E2E_VARDE_URL ?? 'http://127.0.0.1:3100';

const fakes = await startFakeIdentityProviders({ port: FAKE_IDP_PORT, varde, feideGroups: (name) => demoFeideGroups(name) });
const env = Object.entries(fakes.env).map(([name, value]) => `${name}=${value}`);
console.log(`Fake Feide and ID-porten ready on http://127.0.0.1:${FAKE_IDP_PORT} for Varde at ${varde}; start Varde beside it with
  ${env.join(' ')} VARDE_PUBLIC_URL=${varde} npm start
and sign in with Feide as e.g. rektor@demo.varde.no, or with ID-porten with a synthetic identity number.`);
const stop = () => void fakes.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
