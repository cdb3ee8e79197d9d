/**
 * The fake Feide's and ID-porten's fixed addresses and clients, apart from the providers
 * themselves so that playwright.config.ts can give Varde its variables without loading oidc-provider.
 * The secrets are published: they open nothing but the fakes.
 */

export const FAKE_FEIDE_CLIENT = { clientId: 'varde-feide', clientSecret: 'feide-hemmelig' } as const;
export const FAKE_ID_PORTEN_CLIENT = { clientId: 'varde-idporten', clientSecret: 'idporten-hemmelig' } as const;

export type FakeIdentityProvidersEnv = Record<
  'FEIDE_ISSUER' | 'FEIDE_CLIENT_ID' | 'FEIDE_CLIENT_SECRET' | 'FEIDE_GROUPS_API' | 'IDPORTEN_ISSUER' | 'IDPORTEN_CLIENT_ID' | 'IDPORTEN_CLIENT_SECRET',
  string
>;

/** Where the fakes answer, on the server at `base` (e.g. http://127.0.0.1:3298). */
export const fakeIssuers = (base: string) => ({
  feide: `${base}/feide`,
  feideGroupsApi: `${base}/feide-groups-api`,
  idPorten: `${base}/idporten`,
});

/** The variables (src/config.ts) that point Varde at the fakes on the server at `base`. */
export function fakeIdentityProvidersEnv(base: string): FakeIdentityProvidersEnv {
  const issuers = fakeIssuers(base);
  return {
    FEIDE_ISSUER: issuers.feide,
    FEIDE_CLIENT_ID: FAKE_FEIDE_CLIENT.clientId,
    FEIDE_CLIENT_SECRET: FAKE_FEIDE_CLIENT.clientSecret,
    FEIDE_GROUPS_API: issuers.feideGroupsApi,
    IDPORTEN_ISSUER: issuers.idPorten,
    IDPORTEN_CLIENT_ID: FAKE_ID_PORTEN_CLIENT.clientId,
    IDPORTEN_CLIENT_SECRET: FAKE_ID_PORTEN_CLIENT.clientSecret,
  };
}
