import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FEIDE_GROUPS, demoFeideGroups } from './demo-feide-groups.js';
import type { FakeIdentityProviders, FakeOidcClient } from './fake-identity-providers.js';
import { fakeIdentityProvidersEnv } from './fake-identity-providers-env.js';
import { FEIDE_NAME_CLAIM, pseudonymOf, startFakeIdentityProviders } from './fake-identity-providers.js';
import { CookieJar, signInWithoutBrowser } from './sign-in-without-browser.js';

const varde = 'http://127.0.0.1:3999';
const today = new Date('2026-12-07T12:00:00Z');
let fakes: FakeIdentityProviders;

beforeAll(async () => {
  fakes = await startFakeIdentityProviders({ varde, feideGroups: (name) => demoFeideGroups(name, today), now: () => today });
});
afterAll(() => fakes.stop());

async function discover(provider: FakeOidcClient) {
  return client.discovery(new URL(provider.issuer), provider.clientId, undefined, client.ClientSecretBasic(provider.clientSecret), {
    execute: [client.allowInsecureRequests],
  });
}

/** Varde's side of a sign-in: the authorization URL, then (after the provider) the code grant. */
async function signIn(provider: FakeOidcClient, callback: string, scope: string, identity: string, cookies?: CookieJar) {
  const config = await discover(provider);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: `${varde}/api/sign-in/callback/${callback}`,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const browser = await signInWithoutBrowser({ authorizationUrl, identity, varde, ...(cookies ? { cookies } : {}) });
  const grant = () => client.authorizationCodeGrant(config, browser.callbackUrl, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
  return { config, browser, grant, tokens: await grant() };
}

describe('the fake Feide', () => {
  it('signs in with the Feide name typed in and gives it, with a stable pseudonym, in the ID token and userinfo', async () => {
    const { config, browser, tokens } = await signIn(fakes.feide, 'feide', 'openid userid-feide profile groups-edu', 'rektor@demo.varde.no');
    expect(browser.loginPage).toContain('<html lang="nb">');
    expect(browser.loginPage).toMatch(/<label for="identity">Feide-navn<\/label>/);
    expect(browser.loginPage).toMatch(/<button type="submit">Logg inn<\/button>/);
    const claims = tokens.claims()!;
    expect(claims.sub).toBe(pseudonymOf('feide', 'rektor@demo.varde.no'));
    expect(claims.sub).not.toContain('rektor');
    expect(claims[FEIDE_NAME_CLAIM]).toBe('rektor@demo.varde.no');
    expect(claims.exp - claims.iat).toBeGreaterThanOrEqual(300);
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(userinfo).toMatchObject({ sub: claims.sub, [FEIDE_NAME_CLAIM]: 'rektor@demo.varde.no', name: 'rektor' });
  });

  it('gives the same pseudonym at the next sign-in and another to another Feide name', async () => {
    const first = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'larer@demo.varde.no');
    const again = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'larer@demo.varde.no');
    const other = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'rektor@demo.varde.no');
    expect(again.tokens.claims()!.sub).toBe(first.tokens.claims()!.sub);
    expect(other.tokens.claims()!.sub).not.toBe(first.tokens.claims()!.sub);
  });

  it('refuses a code the second time', async () => {
    const { grant } = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'rektor@demo.varde.no');
    await expect(grant()).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a token request without the PKCE verifier of the challenge', async () => {
    const config = await discover(fakes.feide);
    const state = client.randomState();
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: `${varde}/api/sign-in/callback/feide`,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
      state,
    });
    const { callbackUrl } = await signInWithoutBrowser({ authorizationUrl, identity: 'rektor@demo.varde.no', varde });
    await expect(client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: client.randomPKCECodeVerifier(), expectedState: state })).rejects.toThrow();
  });

  it('refuses an authorization request without PKCE', async () => {
    const config = await discover(fakes.feide);
    const authorizationUrl = client.buildAuthorizationUrl(config, { redirect_uri: `${varde}/api/sign-in/callback/feide`, scope: 'openid', state: client.randomState() });
    const response = await fetch(authorizationUrl, { redirect: 'manual' });
    expect(new URL(response.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
  });

  it('sends the user back with access_denied when they cancel', async () => {
    const config = await discover(fakes.feide);
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: `${varde}/api/sign-in/callback/feide`,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
      state: 'x',
    });
    const { callbackUrl } = await signInWithoutBrowser({ authorizationUrl, identity: '', varde, cancel: true });
    expect(callbackUrl.pathname).toBe('/api/sign-in/callback/feide');
    expect(callbackUrl.searchParams.get('error')).toBe('access_denied');
  });

  it('keeps the session for single sign-on, and ends it at sign-out, back to Varde without a question', async () => {
    const cookies = new CookieJar();
    const first = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'rektor@demo.varde.no', cookies);
    expect(first.browser.loginPage).toBeDefined();
    const second = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'ignored@demo.varde.no', cookies);
    expect(second.browser.loginPage).toBeUndefined();
    expect(second.tokens.claims()![FEIDE_NAME_CLAIM]).toBe('rektor@demo.varde.no');

    const endSession = client.buildEndSessionUrl(second.config, { id_token_hint: second.tokens.id_token!, post_logout_redirect_uri: `${varde}/logg-inn` });
    const page = await cookies.fetch(endSession);
    const html = await page.text();
    expect(html).toContain('<html lang="nb">');
    // The page submits its form itself; post it here as the browser's script would.
    const action = /<form[^>]*action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const done = await cookies.fetch(new URL(action, endSession), {
      method: 'POST',
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${varde}/logg-inn`);

    const third = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'larer@demo.varde.no', cookies);
    expect(third.browser.loginPage).toBeDefined();
    expect(third.tokens.claims()![FEIDE_NAME_CLAIM]).toBe('larer@demo.varde.no');
  });
});

describe("the fake Feide's groups API", () => {
  const groupsOf = (accessToken: string | undefined, query = '') =>
    fetch(`${fakes.feide.groupsApi}/groups/me/groups${query}`, accessToken ? { headers: { authorization: `Bearer ${accessToken}` } } : {});
  const names = DEMO_FEIDE_GROUPS['kontaktlaerer@demo.varde.no'];

  it('gives the signed-in teacher the groups of this school year in Feide’s format, and the expired ones only with showAll=true', async () => {
    const { tokens } = await signIn(fakes.feide, 'feide', 'openid userid-feide profile groups-edu', 'kontaktlaerer@demo.varde.no');
    const current = await groupsOf(tokens.access_token);
    expect(current.status).toBe(200);
    const groups = (await current.json()) as Array<Record<string, unknown>>;
    expect(groups.map((g) => g.displayName)).toEqual([names.basis, names.teachingNotInVarde]);
    expect(groups[0]).toMatchObject({
      type: 'fc:gogroup',
      go_type: 'b',
      parent: expect.stringMatching(/^fc:org:/) as unknown,
      membership: { basic: 'admin', affiliation: 'faculty' },
      notAfter: '2027-06-30T22:00:00Z',
    });
    expect(groups[1]).toMatchObject({ go_type: 'u', id: expect.stringMatching(/^fc:gogroup:demo\.varde\.no:u:/) as unknown });

    const all = (await (await groupsOf(tokens.access_token, '?showAll=true')).json()) as Array<{ displayName: string }>;
    expect(all.map((g) => g.displayName)).toEqual([names.basis, names.teachingNotInVarde, names.expired]);
  });

  it('gives no groups to a Feide name without any', async () => {
    const { tokens } = await signIn(fakes.feide, 'feide', 'openid groups-edu', 'rektor@demo.varde.no');
    expect(await (await groupsOf(tokens.access_token)).json()).toEqual([]);
  });

  it('answers 401 without a token the fake Feide issued, and 403 to a token without the groups scope', async () => {
    expect((await groupsOf(undefined)).status).toBe(401);
    expect((await groupsOf('not-a-token')).status).toBe(401);
    const { tokens } = await signIn(fakes.feide, 'feide', 'openid userid-feide', 'kontaktlaerer@demo.varde.no');
    expect((await groupsOf(tokens.access_token)).status).toBe(403);
  });
});

describe('the fake ID-porten', () => {
  const pid = '01017012345';

  it('signs in with the identity number typed in and gives pid, acr and amr in the ID token', async () => {
    const { config, browser, tokens } = await signIn(fakes.idPorten, 'id-porten', 'openid profile', pid);
    expect(browser.loginPage).toMatch(/<label for="identity">Fødselsnummer \(syntetisk\)<\/label>/);
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ sub: pseudonymOf('idporten', pid), pid, acr: 'idporten-loa-high', amr: ['TestID'] });
    expect(claims.sub).not.toBe(pid);
    expect(await client.fetchUserInfo(config, tokens.access_token, claims.sub)).toMatchObject({ sub: claims.sub, pid });
  });

  it('asks again for a number that does not have 11 digits', async () => {
    const config = await discover(fakes.idPorten);
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: `${varde}/api/sign-in/callback/id-porten`,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    await expect(signInWithoutBrowser({ authorizationUrl, identity: '1234', varde })).rejects.toThrow(/Unexpected answer 400.*role="alert"/s);
  });

  it('refuses a redirect URI other than Varde’s ID-porten callback', async () => {
    const config = await discover(fakes.idPorten);
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: `${varde}/api/sign-in/callback/feide`,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    const response = await fetch(authorizationUrl, { redirect: 'manual' });
    expect(response.status).toBe(400);
  });
});

describe('the env for Varde', () => {
  it('names both providers and the groups API', () => {
    expect(fakes.env).toEqual({
      FEIDE_ISSUER: fakes.feide.issuer,
      FEIDE_CLIENT_ID: fakes.feide.clientId,
      FEIDE_CLIENT_SECRET: fakes.feide.clientSecret,
      FEIDE_GROUPS_API: fakes.feide.groupsApi,
      IDPORTEN_ISSUER: fakes.idPorten.issuer,
      IDPORTEN_CLIENT_ID: fakes.idPorten.clientId,
      IDPORTEN_CLIENT_SECRET: fakes.idPorten.clientSecret,
    });
    expect(fakes.env.FEIDE_ISSUER).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feide$/);
    // What playwright.config.ts can give Varde before the fakes have started.
    expect(fakeIdentityProvidersEnv(new URL(fakes.feide.issuer).origin)).toEqual(fakes.env);
  });
});
