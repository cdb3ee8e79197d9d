/**
 * An access token from Maskinporten for SvarUt's REST API, got with a JWT grant (RFC 7523) signed
 * with the client's registered key, as Digdir's "JWT grant" and "/token endpoint" pages give it:
 * header { alg: RS256, kid }, claims { aud: Maskinporten's issuer, iss: client id, scope, iat,
 * exp (at most two minutes on), jti }, posted form-encoded to `${issuer}token`. The token is kept
 * until shortly before it expires, so each letter does not cost a round trip.
 */
import { createSign, randomUUID } from 'node:crypto';
import type { MaskinportenConfig } from './channel-config.js';
import { ChannelError, isNetworkFailure } from './notice-channel.js';

type Fetch = typeof fetch;

export interface AccessTokenSource {
  token(): Promise<string>;
  /** Drops the kept token, after the API refused it. */
  forget(): void;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export function jwtGrant(config: MaskinportenConfig, nowSeconds: number): string {
  const header = { alg: 'RS256', kid: config.keyId };
  const claims = { aud: config.issuer, iss: config.clientId, scope: config.scope, iat: nowSeconds, exp: nowSeconds + 100, jti: randomUUID() };
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(config.privateKey);
  return `${unsigned}.${base64url(signature)}`;
}

export function maskinportenTokenSource(config: MaskinportenConfig, options: { fetch?: Fetch; now?: () => number } = {}): AccessTokenSource {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  let kept: { token: string; until: number } | undefined;

  return {
    forget() {
      kept = undefined;
    },
    async token() {
      if (kept && now() < kept.until) return kept.token;
      let response: Response;
      try {
        response = await doFetch(`${config.issuer}token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwtGrant(config, Math.floor(now() / 1000)) }).toString(),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        if (isNetworkFailure(error) || error instanceof TypeError || (error as { name?: string } | null)?.name === 'TimeoutError') {
          throw new ChannelError('digital_post', 'Maskinporten could not be reached', { retryable: true, cause: error });
        }
        throw error;
      }
      const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown };
      if (!response.ok || typeof body.access_token !== 'string') {
        const words = [body.error, body.error_description].filter((w) => typeof w === 'string').join(': ');
        // A refused grant is the client's configuration; Maskinporten failing is Maskinporten's.
        throw new ChannelError('digital_post', `Maskinporten refused Varde's token request: ${response.status} ${words}`.trim(), { retryable: response.status >= 500 || response.status === 429 });
      }
      const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 120;
      kept = { token: body.access_token, until: now() + Math.max(0, lifetime - 30) * 1000 };
      return body.access_token;
    },
  };
}
