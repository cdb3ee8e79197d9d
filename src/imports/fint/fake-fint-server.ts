/**
 * TEST SUPPORT: a fake FINT for the connector's tests, on node:http on a free local port. It
 * serves a small county built from FINT's model (fake-fint-county.ts) as FINT does: HAL
 * collections with `_embedded._entries`, `total_items`, `size`, `offset`, and `_links` whose
 * `href`s point back at the server; an OAuth2 token endpoint (client credentials) whose tokens
 * the test can make expire; and a switch that fails a chosen request with a 500. Not used by
 * Varde itself. On a free port unless told one (the browser tests start it on a fixed port: e2e/fake-fint.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fintCollections, type FintCollection } from './fint-model.js';
import { countyResources, type FakeCounty } from './fake-fint-county.js';

export interface FakeFintServer {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The user name and password of FINT's password grant. */
  user: { username: string; password: string };
  /** The county served; a test may change it between syncs. */
  county: FakeCounty;
  /** Every collection request, in order: `path?offset`, with its status. */
  log: Array<{ collection: FintCollection; offset: number; status: number }>;
  tokensIssued: number;
  /** Every token issued so far stops working (as if it had expired): the next read answers 401. */
  expireTokens(): void;
  /** The tokens issued so far stop working after this many more collection requests. */
  expireTokensAfter(requests: number): void;
  /** The collection request number `n` (1-based, counted from now) answers 500. */
  failRequest(n: number): void;
  /** Seconds a new token says it lasts (expires_in). */
  tokenLifetimeSeconds: number;
  close(): Promise<void>;
}

const byPath = new Map<string, FintCollection>(Object.entries(fintCollections).map(([name, c]) => [c.path, name as FintCollection]));

export async function startFakeFintServer(county: FakeCounty, options: { maxPageSize?: number; port?: number } = {}): Promise<FakeFintServer> {
  const valid = new Set<string>();
  let expireAfter: number | undefined;
  let failAt: number | undefined;
  let seen = 0;
  const clientId = 'varde-test';
  const clientSecret = 'hemmelig';
  const username = 'varde-fylke';
  const password = 'passord-fra-novari';

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/nidp/oauth/nam/token' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const form = new URLSearchParams(body);
        const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
        // Client credentials in the header, or FINT's password grant with everything in the form.
        const byCredentials = form.get('grant_type') === 'client_credentials' && request.headers.authorization === basic;
        const byPassword =
          form.get('grant_type') === 'password' && form.get('client_id') === clientId && form.get('client_secret') === clientSecret && form.get('username') === username && form.get('password') === password;
        if (!byCredentials && !byPassword) {
          answer(401, { error: 'invalid_client' });
          return;
        }
        fake.tokensIssued++;
        const token = `token-${fake.tokensIssued}`;
        valid.add(token);
        answer(200, { access_token: token, token_type: 'bearer', expires_in: fake.tokenLifetimeSeconds, scope: form.get('scope') ?? 'fint-client' });
      });
      return;
    }
    const collection = byPath.get(url.pathname.replace(/\/+$/, ''));
    if (!collection || request.method !== 'GET') {
      answer(404, { message: `No such resource: ${url.pathname}` });
      return;
    }
    const offset = Number(url.searchParams.get('offset') ?? '0');
    const asked = Number(url.searchParams.get('size') ?? '0');
    const size = Math.min(asked > 0 ? asked : Number.MAX_SAFE_INTEGER, options.maxPageSize ?? Number.MAX_SAFE_INTEGER);
    seen++;
    const status = (() => {
      if (expireAfter !== undefined && seen > expireAfter) {
        valid.clear();
        expireAfter = undefined;
      }
      const bearer = request.headers.authorization?.replace(/^Bearer /, '');
      if (!bearer || !valid.has(bearer)) return 401;
      if (failAt !== undefined && seen === failAt) return 500;
      return 200;
    })();
    const all = countyResources(fake.county, fake.baseUrl)[collection];
    // A collection the county does not serve, as an older FINT answers one it does not have.
    if (status === 200 && !all) {
      fake.log.push({ collection, offset, status: 404 });
      answer(404, { message: `No such resource: ${url.pathname}` });
      return;
    }
    fake.log.push({ collection, offset, status });
    if (status !== 200 || !all) {
      answer(status, { message: status === 401 ? 'Unauthorized' : 'Internal Server Error' });
      return;
    }
    const entries = all.slice(offset, offset + size);
    answer(200, {
      _embedded: { _entries: entries },
      _links: { self: [{ href: `${fake.baseUrl}${url.pathname}?${url.searchParams.toString()}` }] },
      total_items: all.length,
      size: entries.length,
      offset,
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const fake: FakeFintServer = {
    baseUrl,
    tokenUrl: `${baseUrl}/nidp/oauth/nam/token`,
    clientId,
    clientSecret,
    user: { username, password },
    county,
    log: [],
    tokensIssued: 0,
    tokenLifetimeSeconds: 3600,
    expireTokens: () => valid.clear(),
    expireTokensAfter: (requests) => {
      expireAfter = seen + requests;
    },
    failRequest: (n) => {
      failAt = seen + n;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return fake;
}
