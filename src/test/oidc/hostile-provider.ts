/**
 * A bare OpenID provider for the negative tests: it signs in anyone at once, and its ID token is
 * wrong in the way the test chooses, so that the test can show that Varde refuses it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export type HostileMode = 'ok' | 'expired_id_token' | 'wrong_nonce' | 'wrong_audience' | 'wrong_issuer' | 'bad_signature';

export interface HostileProviderOptions {
  /** Varde's public URL: the provider sends the browser back only to its sign-in callbacks. */
  varde: string;
  mode: HostileMode;
  /** Claims for the ID token and userinfo (e.g. `pid`, the Feide name); `sub` defaults to a fixed pseudonym. */
  claims?: Record<string, unknown>;
  port?: number;
}

export interface HostileProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

interface PendingCode {
  redirectUri: string;
  nonce: string | undefined;
  codeChallenge: string;
  scope: string;
}

const CLIENT_ID = 'varde-hostile';

// RSA keys are slow to make; every hostile provider of a test run may share the same two.
let keys: Promise<[CryptoKeyPair, CryptoKeyPair]> | undefined;

export async function startHostileProvider(options: HostileProviderOptions): Promise<HostileProvider> {
  const varde = options.varde.replace(/\/$/, '');
  const clientSecret = randomBytes(16).toString('hex');
  // The impostor has the signing key's kid, but the JWKS does not have it: its signature cannot verify.
  keys ??= Promise.all([generateKeyPair('RS256'), generateKeyPair('RS256')]);
  const [signing, impostor] = await keys;
  const kid = 'hostile-1';
  const publicJwk = { ...(await exportJWK(signing.publicKey)), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, Record<string, unknown>>();
  const claims = { sub: 'hostile-sub-0001', ...options.claims };

  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const idToken = async (code: PendingCode) => {
    const now = Math.floor(Date.now() / 1000);
    const expired = options.mode === 'expired_id_token';
    const payload: Record<string, unknown> = { ...claims };
    if (code.nonce !== undefined) payload.nonce = options.mode === 'wrong_nonce' ? `${code.nonce}-not` : code.nonce;
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(options.mode === 'wrong_issuer' ? `${issuer}/someone-else` : issuer)
      .setAudience(options.mode === 'wrong_audience' ? 'someone-else' : CLIENT_ID)
      .setSubject(String(claims.sub))
      .setIssuedAt(expired ? now - 2 * 3600 : now)
      .setExpirationTime(expired ? now - 3600 : now + 600)
      .sign(options.mode === 'bad_signature' ? impostor.privateKey : signing.privateKey);
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    const handle = async () => {
      switch (`${req.method} ${url.pathname}`) {
        case 'GET /.well-known/openid-configuration':
          return sendJson(res, 200, {
            issuer,
            authorization_endpoint: `${issuer}/authorize`,
            token_endpoint: `${issuer}/token`,
            userinfo_endpoint: `${issuer}/userinfo`,
            jwks_uri: `${issuer}/jwks`,
            end_session_endpoint: `${issuer}/logout`,
            response_types_supported: ['code'],
            grant_types_supported: ['authorization_code'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
            code_challenge_methods_supported: ['S256'],
            token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
            scopes_supported: ['openid', 'profile'],
          });
        case 'GET /jwks':
          return sendJson(res, 200, { keys: [publicJwk] });
        case 'GET /authorize':
          return authorize(url, res);
        case 'POST /token':
          return token(req, res);
        case 'GET /userinfo':
        case 'POST /userinfo': {
          const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
          const known = bearer ? accessTokens.get(bearer) : undefined;
          return known ? sendJson(res, 200, known) : sendJson(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
        }
        case 'GET /logout': {
          const back = url.searchParams.get('post_logout_redirect_uri');
          if (back?.startsWith(`${varde}/`)) return res.writeHead(303, { location: back }).end();
          return res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Logget ut');
        }
        default:
          return res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });

  function authorize(url: URL, res: http.ServerResponse) {
    const p = url.searchParams;
    const redirectUri = p.get('redirect_uri') ?? '';
    if (p.get('client_id') !== CLIENT_ID || !redirectUri.startsWith(`${varde}/api/sign-in/callback/`)) {
      return sendJson(res, 400, { error: 'invalid_request', error_description: 'unknown client or redirect_uri' });
    }
    const back = new URL(redirectUri);
    const state = p.get('state');
    if (p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) {
      back.searchParams.set('error', 'invalid_request');
      back.searchParams.set('error_description', 'response_type code with an S256 code_challenge is required');
    } else {
      const code = randomBytes(16).toString('base64url');
      codes.set(code, { redirectUri, nonce: p.get('nonce') ?? undefined, codeChallenge: p.get('code_challenge')!, scope: p.get('scope') ?? 'openid' });
      back.searchParams.set('code', code);
    }
    if (state !== null) back.searchParams.set('state', state);
    res.writeHead(303, { location: back.href }).end();
  }

  async function token(req: http.IncomingMessage, res: http.ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, 'base64').toString('utf8').split(':').map((part) => decodeURIComponent(part))
      : [form.get('client_id'), form.get('client_secret')];
    if (id !== CLIENT_ID || !secret || !sameText(secret, clientSecret)) return sendJson(res, 401, { error: 'invalid_client' });
    if (form.get('grant_type') !== 'authorization_code') return sendJson(res, 400, { error: 'unsupported_grant_type' });
    const codeValue = form.get('code') ?? '';
    const code = codes.get(codeValue);
    // A code is good once, like a real provider's.
    codes.delete(codeValue);
    if (!code || form.get('redirect_uri') !== code.redirectUri) return sendJson(res, 400, { error: 'invalid_grant', error_description: 'unknown code or redirect_uri' });
    const verifier = form.get('code_verifier') ?? '';
    if (!sameText(createHash('sha256').update(verifier).digest('base64url'), code.codeChallenge)) {
      return sendJson(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
    }
    const accessToken = randomBytes(24).toString('base64url');
    accessTokens.set(accessToken, claims);
    return sendJson(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 600, scope: code.scope, id_token: await idToken(code) });
  }

  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
