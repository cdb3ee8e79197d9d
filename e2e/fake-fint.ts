/**
 * The fake FINT for the browser tests (playwright.config.ts starts it before the app, on a fixed
 * port the app's FINT_* variables name): the fake county of the connector's tests, whose school
 * 38001 the administrator syncs into the demo school (e2e/fint-sync.spec.ts). A newcomer can run
 * it to try the sync on the demo (`npx tsx e2e/fake-fint.ts`; docs/imports/README.md).
 */
import { fakeCounty } from '../src/imports/fint/fake-fint-county';
import { startFakeFintServer } from '../src/imports/fint/fake-fint-server';

export const FAKE_FINT_PORT = Number(process.env.VARDE_E2E_FINT_PORT ?? 3299);

const server = await startFakeFintServer(fakeCounty(), { port: FAKE_FINT_PORT });
console.log(`Fake FINT on ${server.baseUrl} (client ${server.clientId}); start Varde beside it with
  FINT_BASE_URL=${server.baseUrl} FINT_TOKEN_URL=${server.tokenUrl} FINT_CLIENT_ID=${server.clientId} FINT_CLIENT_SECRET=${server.clientSecret} npm start
and sync FINT's school 38001 on the import page as admin.`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
