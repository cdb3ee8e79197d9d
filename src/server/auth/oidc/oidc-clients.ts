/**
 * The OpenID Connect clients of Feide and ID-porten (openid-client): the provider's metadata is
 * discovered at the first sign-in and kept; a failed discovery is tried again at the next one,
 * so that a provider that was down at start-up does not need a restart.
 */
import * as client from 'openid-client';
import type { OidcProviderConfig, SignInConfig } from '../../../config.js';
import type { OidcProvider } from '../../../domain/vocabulary.js';

/** What Varde asks each provider for. Feide: the Feide name (userid-feide) and the education groups; ID-porten: the identity number (in the ID token's `pid`). */
export const scopesOf: Record<OidcProvider, string> = {
  feide: 'openid userid-feide profile groups-edu',
  id_porten: 'openid profile',
};

/** The path segment of each provider in Varde's sign-in routes (src/server/routes/oidc-routes.ts). */
export const pathOf: Record<OidcProvider, string> = { feide: 'feide', id_porten: 'id-porten' };

export const redirectUriOf = (publicUrl: string, provider: OidcProvider) => `${publicUrl}/api/sign-in/callback/${pathOf[provider]}`;

export interface OidcClients {
  /** The provider's client, or undefined when it is not configured. Throws when discovery fails. */
  get(provider: OidcProvider): Promise<client.Configuration> | undefined;
}

export function oidcClients(signIn: Pick<SignInConfig, 'feide' | 'idPorten'>): OidcClients {
  const configs: Record<OidcProvider, OidcProviderConfig | undefined> = { feide: signIn.feide, id_porten: signIn.idPorten };
  const found = new Map<OidcProvider, Promise<client.Configuration>>();
  return {
    get(provider) {
      const config = configs[provider];
      if (!config) return undefined;
      let discovered = found.get(provider);
      if (!discovered) {
        discovered = discover(config).catch((error: unknown) => {
          found.delete(provider);
          throw error;
        });
        found.set(provider, discovered);
      }
      return discovered;
    },
  };
}

async function discover(config: OidcProviderConfig): Promise<client.Configuration> {
  const issuer = new URL(config.issuer);
  // Plain http only reaches the local stand-ins of the tests and the demo: src/config.ts refuses it in production.
  const insecure = issuer.protocol === 'http:';
  // openid-client trusts an ID token from the token endpoint (TLS) without checking its signature
  // unless told to: Varde keeps the token and signatures rest on it, so its signature is checked too.
  const execute = insecure ? [client.allowInsecureRequests, client.enableNonRepudiationChecks] : [client.enableNonRepudiationChecks];
  return client.discovery(issuer, config.clientId, undefined, client.ClientSecretBasic(config.clientSecret), { execute });
}

/**
 * Where to send the browser to end the provider's session too (RP-initiated logout), or null:
 * the provider is not configured, has no end-session endpoint, or cannot be reached now — then
 * the Varde session is ended all the same.
 */
export async function endSessionUrlOf(clients: OidcClients, provider: OidcProvider, idToken: string | null, publicUrl: string): Promise<string | null> {
  const found = clients.get(provider);
  if (!found || !idToken) return null;
  try {
    const config = await found;
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: `${publicUrl}/logg-inn` }).href;
  } catch {
    return null;
  }
}
