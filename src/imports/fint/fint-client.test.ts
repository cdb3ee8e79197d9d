/**
 * The FINT client against the fake FINT server: paging, the token cached and renewed, a token
 * that stops working mid-sync, and errors that name the collection and page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFintClient, FintError, readFintRoster } from './fint-client.js';
import { fakeCounty } from './fake-fint-county.js';
import { startFakeFintServer, type FakeFintServer } from './fake-fint-server.js';

let server: FakeFintServer;
beforeEach(async () => {
  server = await startFakeFintServer(fakeCounty());
});
afterEach(async () => {
  await server.close();
});

const clientOf = (s: FakeFintServer, extra: Partial<Parameters<typeof createFintClient>[0]> = {}) =>
  createFintClient({ baseUrl: s.baseUrl, tokenUrl: s.tokenUrl, clientId: s.clientId, clientSecret: s.clientSecret, pageSize: 3, ...extra });

describe('the FINT client', () => {
  it('reads a collection page by page until total_items, with one token', async () => {
    const client = clientOf(server);
    const elever = await client.readAll('elev');
    expect(elever.map((e) => e.systemId.identifikatorverdi)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E90']);
    expect(server.log.filter((l) => l.collection === 'elev').map((l) => l.offset)).toEqual([0, 3, 6]);
    expect(client.tokensFetched).toBe(1);
  });

  it('reads a collection FINT does not serve as empty when Varde can do without it, and fails on one it needs', async () => {
    const client = clientOf(server);
    expect(await client.readAll('arstrinn')).toEqual([]);
    expect(server.log.filter((l) => l.collection === 'arstrinn')).toEqual([{ collection: 'arstrinn', offset: 0, status: 404 }]);
    server.county.arstrinn = [{ id: 'T1', navn: 'VG1' }];
    expect((await client.readAll('arstrinn')).map((a) => a.navn)).toEqual(['VG1']);
    const broken = clientOf({ ...server, baseUrl: `${server.baseUrl}/feil` });
    await expect(broken.readAll('elev')).rejects.toMatchObject({ code: 'request_failed', details: { collection: 'elev', status: 404 } });
  });

  it('gets its token by FINT’s password grant when given the user, and is refused with a wrong one', async () => {
    const client = clientOf(server, { user: server.user });
    expect(await client.readAll('elev')).toHaveLength(8);
    expect(client.tokensFetched).toBe(1);
    const wrong = clientOf(server, { user: { username: server.user.username, password: 'feil' } });
    await expect(wrong.readAll('elev')).rejects.toMatchObject({ code: 'token_refused' });
  });

  it('gets one new token and retries the page when the token stops working mid-sync', async () => {
    const client = clientOf(server);
    server.expireTokensAfter(5);
    const data = await readFintRoster(client);
    expect(data.elev).toHaveLength(8);
    expect(client.tokensFetched).toBe(2);
    expect(server.log.filter((l) => l.status === 401)).toHaveLength(1);
  });

  it('fetches a new token before the old one expires, without a 401', async () => {
    let clock = 0;
    server.tokenLifetimeSeconds = 120;
    const client = clientOf(server, { now: () => clock, expiryMarginSeconds: 60 });
    await client.readAll('skole');
    clock += 59_000;
    await client.readAll('skole');
    expect(client.tokensFetched).toBe(1);
    clock += 2_000;
    await client.readAll('skole');
    expect(client.tokensFetched).toBe(2);
    expect(server.log.every((l) => l.status === 200)).toBe(true);
  });

  it('stops with an error that names the collection and page when FINT fails', async () => {
    const client = clientOf(server);
    await client.readAll('skole');
    server.failRequest(2);
    const error = await client.readAll('elev').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FintError);
    expect(error).toMatchObject({ code: 'request_failed', details: { collection: 'elev', offset: 3, status: 500 } });
    expect((error as Error).message).toContain('/utdanning/elev/elev (entries 3–5)');
  });

  it('does not retry a 401 more than once', async () => {
    const client = clientOf(server);
    await client.readAll('skole');
    // Every token stops working at once, again and again: one retry, then an error.
    const stubborn = createFintClient({
      baseUrl: server.baseUrl,
      tokenUrl: server.tokenUrl,
      clientId: server.clientId,
      clientSecret: server.clientSecret,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(input).includes('/utdanning/')) server.expireTokens();
        return String(input).includes('/utdanning/') ? new Response('{}', { status: 401 }) : response;
      },
    });
    await expect(stubborn.readAll('elev')).rejects.toMatchObject({ code: 'request_failed', details: { status: 401 } });
    expect(stubborn.tokensFetched).toBe(2);
  });

  it('says so when the client is refused a token', async () => {
    const client = clientOf(server, { clientSecret: 'feil' });
    await expect(client.readAll('elev')).rejects.toMatchObject({ code: 'token_refused', details: { status: 401 } });
  });

  it('refuses an answer that is not a HAL collection', async () => {
    const client = clientOf(server, { fetch: async (input, init) => (String(input).includes('token') ? fetch(input, init) : new Response('{"entries":[]}', { status: 200 })) });
    await expect(client.readAll('basisgruppe')).rejects.toMatchObject({ code: 'invalid_answer', details: { collection: 'basisgruppe', offset: 0 } });
  });
});
