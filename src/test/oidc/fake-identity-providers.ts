/**
 * Stand-ins for Feide and ID-porten for the tests and the demo: two OpenID providers (oidc-provider)
 * on one local HTTP server, with login pages a browser can fill in and a fake of Feide's groups API.
 * Any identity typed in is accepted: Varde, not the fake, decides who is known.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import { Provider } from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import type { FakeIdentityProvidersEnv } from './fake-identity-providers-env.js';
import { FAKE_FEIDE_CLIENT, FAKE_ID_PORTEN_CLIENT, fakeIdentityProvidersEnv, fakeIssuers } from './fake-identity-providers-env.js';

/** One group as Feide's groups API (`/groups/me/groups`) answers it; the fields Varde reads, as docs.feide.no describes them. */
export interface FeideGroupsApiGroup {
  /** `fc:gogroup:<realm>:<go_type>:<org number>:<local id>:<start>:<end>`. */
  id: string;
  type: 'fc:gogroup' | (string & {});
  displayName: string;
  /** b: basisgruppe (the class), u: undervisningsgruppe (a teaching group), a: another group. */
  go_type?: 'b' | 'u' | 'a';
  go_type_displayName?: string;
  /** The school: `fc:org:<realm>:unit:NO<org number>`. */
  parent?: string;
  membership: { basic: 'member' | 'admin' | 'owner'; affiliation?: string | string[]; displayName?: string };
  notBefore?: string;
  /** When the group ends, usually the end of the school year; past it the API leaves the group out unless `showAll=true`. */
  notAfter?: string;
}

export interface FakeIdentityProvidersOptions {
  /** 0 (the default) takes any free port. */
  port?: number;
  /** Varde's public URL, e.g. http://127.0.0.1:3100: the clients' redirect URIs are under it. */
  varde: string;
  /** The groups Feide's groups API gives the signed-in Feide name; none when not given. */
  feideGroups?: (feideName: string) => FeideGroupsApiGroup[];
  /** Today for the groups API's expiry; the real time when not given. */
  now?: () => Date;
}

export interface FakeOidcClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface FakeIdentityProviders {
  feide: FakeOidcClient & { groupsApi: string };
  idPorten: FakeOidcClient;
  /** The variables that point Varde at the fakes (src/config.ts); fakeIdentityProvidersEnv gives the same without starting them. */
  env: FakeIdentityProvidersEnv;
  stop(): Promise<void>;
}

/** The Feide name claim: the user's Feide identifier (eduPersonPrincipalName), e.g. rektor@demo.varde.no. */
export const FEIDE_NAME_CLAIM = 'https://n.feide.no/claims/eduPersonPrincipalName';

type Kind = 'feide' | 'idporten';

export async function startFakeIdentityProviders(options: FakeIdentityProvidersOptions): Promise<FakeIdentityProviders> {
  const varde = options.varde.replace(/\/$/, '');
  const now = options.now ?? (() => new Date());
  // The keys first: from listening on, every request must find the providers ready.
  const keys = { feide: await signingKey('feide'), idporten: await signingKey('idporten') };
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The pseudonym (sub) of each identity typed in, so that the provider can find the identity again.
  const identities = { feide: new Map<string, string>(), idporten: new Map<string, string>() };
  const issuers = fakeIssuers(base);
  const clients = {
    feide: { issuer: issuers.feide, ...FAKE_FEIDE_CLIENT },
    idporten: { issuer: issuers.idPorten, ...FAKE_ID_PORTEN_CLIENT },
  };
  const providers = {
    feide: buildProvider('feide', keys.feide, clients.feide, `${varde}/api/sign-in/callback/feide`, varde, identities.feide),
    idporten: buildProvider('idporten', keys.idporten, clients.idporten, `${varde}/api/sign-in/callback/id-porten`, varde, identities.idporten),
  };
  const groupsApi = issuers.feideGroupsApi;
  const handlers = { feide: providers.feide.callback(), idporten: providers.idporten.callback() };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const handle = async () => {
      if (url.pathname === '/feide-groups-api/groups/me/groups' && req.method === 'GET') {
        await answerGroups(req, res, url, providers.feide, identities.feide, options.feideGroups, now);
        return;
      }
      const [, first, second, uid] = url.pathname.split('/');
      if ((first === 'feide' || first === 'idporten') && second === 'interaction' && uid) {
        await interact(first, providers[first], identities[first], req, res);
        return;
      }
      if (first === 'feide' || first === 'idporten') {
        // Mounted as Express would mount it: the provider reads its mount path from originalUrl.
        Object.assign(req, { originalUrl: req.url, url: req.url!.slice(first.length + 1) || '/' });
        handlers[first](req, res);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });

  return {
    feide: { ...clients.feide, groupsApi },
    idPorten: clients.idporten,
    env: fakeIdentityProvidersEnv(base),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A stable pseudonym for an identity, as Feide's and ID-porten's `sub` are: the same every time, not the identity itself. */
export function pseudonymOf(kind: Kind, identity: string): string {
  const hex = createHash('sha256').update(`${kind}:${identity}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

async function signingKey(kind: Kind) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: `${kind}-1`, alg: 'RS256', use: 'sig' };
}

function buildProvider(kind: Kind, jwk: object, client: FakeOidcClient, redirectUri: string, varde: string, identities: Map<string, string>) {
  const claimsOf = (sub: string): Record<string, unknown> => {
    const identity = identities.get(sub);
    if (identity === undefined) return { sub };
    if (kind === 'feide') return { sub, [FEIDE_NAME_CLAIM]: identity, name: identity.split('@')[0] };
    return { sub, pid: identity };
  };
  return new Provider(client.issuer, {
    // The built-in store, chosen by name so that the provider does not warn that it is not for production: a fake need not keep its codes across restarts.
    adapter: createMemoryAdapter(15),
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [`${varde}/logg-inn`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk] },
    pkce: { required: () => true },
    // Real Feide has the Feide name in userinfo, ID-porten has pid in the ID token: the fakes put
    // their claims in both, so that Varde may read either.
    conformIdTokenClaims: false,
    scopes: kind === 'feide' ? ['openid', 'profile', 'userid', 'userid-feide', 'groups', 'groups-edu', 'groups-org'] : ['openid', 'profile'],
    claims:
      kind === 'feide'
        ? { openid: ['sub'], 'userid-feide': [FEIDE_NAME_CLAIM, 'name'], profile: ['name'] }
        : { openid: ['sub', 'pid', 'acr', 'amr'], profile: ['pid'] },
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => claimsOf(sub) }),
    cookies: {
      // Both providers share the host, and a browser keeps cookies per host, not per port or path.
      names: { session: `_${kind}_session`, interaction: `_${kind}_interaction`, resume: `_${kind}_resume` },
      keys: [randomBytes(32).toString('hex')],
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource: signedOutSource },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/${kind}/interaction/${interaction.uid}` },
    renderError,
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
  });
}

/**
 * The login page and its answer. A login is followed by the consent prompt, which the fake grants
 * at once with whatever the client asked for (a school's Feide and ID-porten do not ask either).
 */
async function interact(kind: Kind, provider: Provider, identities: Map<string, string>, req: http.IncomingMessage, res: http.ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'consent') {
    const grant = details.grantId
      ? ((await provider.Grant.find(details.grantId)) ?? newGrant(provider, details))
      : newGrant(provider, details);
    if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '));
    if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(details.prompt.details.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    return;
  }
  if (req.method !== 'POST') {
    sendHtml(res, 200, loginPage(kind, details.uid));
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  if (form.has('avbryt')) {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'Brukeren avbrøt innloggingen' }, { mergeWithLastSubmission: false });
    return;
  }
  const identity = (form.get('identity') ?? '').trim();
  if (!identity || (kind === 'idporten' && !/^\d{11}$/.test(identity))) {
    sendHtml(res, 400, loginPage(kind, details.uid, kind === 'feide' ? 'Skriv et Feide-navn.' : 'Skriv et fødselsnummer med 11 siffer.'));
    return;
  }
  const sub = pseudonymOf(kind, identity);
  identities.set(sub, identity);
  const login = kind === 'feide' ? { accountId: sub } : { accountId: sub, acr: 'idporten-loa-high', amr: ['TestID'] };
  await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
}

function newGrant(provider: Provider, details: Awaited<ReturnType<Provider['interactionDetails']>>) {
  return new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id });
}

function loginPage(kind: Kind, uid: string, problem?: string): string {
  const title = kind === 'feide' ? 'Logg inn med Feide (testtjener)' : 'Logg inn med ID-porten (testtjener)';
  const label = kind === 'feide' ? 'Feide-navn' : 'Fødselsnummer (syntetisk)';
  const input =
    kind === 'feide'
      ? '<input id="identity" name="identity" type="text" autocomplete="username" required aria-describedby="hint">'
      : '<input id="identity" name="identity" type="text" inputmode="numeric" pattern="[0-9]{11}" autocomplete="off" required aria-describedby="hint">';
  const hint =
    kind === 'feide'
      ? 'For eksempel rektor@demo.varde.no. Testtjeneren godtar alle navn; Varde avgjør hvem som kjennes.'
      : '11 siffer, som i ID-portens TestID. Testtjeneren godtar alle numre; Varde avgjør hvem som kjennes.';
  return page(
    title,
    `<h1>${title}</h1>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/${kind}/interaction/${escapeHtml(uid)}">
<p><label for="identity">${label}</label><br>${input}<br><span id="hint">${hint}</span></p>
<p><button type="submit">Logg inn</button> <button type="submit" name="avbryt" value="1" formnovalidate>Avbryt</button></p>
</form>`,
  );
}

/** RP-initiated logout without a question: the form the provider gives submits itself. */
function logoutSource(ctx: { body: unknown }, form: string) {
  ctx.body = page(
    'Logger ut',
    `<h1>Logger ut</h1>
${form}
<noscript><button type="submit" form="op.logoutForm" name="logout" value="yes">Logg ut</button></noscript>
<script>
  const form = document.getElementById('op.logoutForm');
  const logout = document.createElement('input');
  logout.type = 'hidden'; logout.name = 'logout'; logout.value = 'yes';
  form.appendChild(logout);
  form.submit();
</script>`,
  );
}

function signedOutSource(ctx: { body: unknown }) {
  ctx.body = page('Logget ut', '<h1>Du er logget ut</h1>');
}

function renderError(ctx: { type: string; body: unknown }, out: Record<string, string>) {
  ctx.type = 'html';
  ctx.body = page('Feil ved innlogging', `<h1>Feil ved innlogging</h1>${Object.entries(out).map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(String(value))}</p>`).join('')}`);
}

async function answerGroups(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  feide: Provider,
  identities: Map<string, string>,
  feideGroups: FakeIdentityProvidersOptions['feideGroups'],
  now: () => Date,
) {
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ? await feide.AccessToken.find(bearer) : undefined;
  if (!token) {
    sendJson(res, 401, { message: 'A valid access token is needed' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    return;
  }
  const scopes = new Set((token.scope ?? '').split(' '));
  if (!scopes.has('groups-edu') && !scopes.has('groups')) {
    sendJson(res, 403, { message: 'The token has no groups scope (groups-edu)' });
    return;
  }
  const feideName = identities.get(token.accountId);
  const groups = feideName === undefined ? [] : (feideGroups?.(feideName) ?? []);
  // Feide's query parameter for the expired groups too (docs.feide.no, groups API: "showAll=true").
  const showAll = url.searchParams.get('showAll') === 'true';
  const today = now().getTime();
  sendJson(res, 200, showAll ? groups : groups.filter((g) => !g.notAfter || Date.parse(g.notAfter) > today));
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main>
${body}
</main></body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sendHtml(res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
