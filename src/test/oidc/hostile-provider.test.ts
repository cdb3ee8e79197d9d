import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import type { HostileMode } from './hostile-provider.js';
import { startHostileProvider } from './hostile-provider.js';

const varde = 'http://127.0.0.1:3999';
const redirectUri = `${varde}/api/sign-in/callback/id-porten`;

/** Varde's side of a sign-in at the hostile provider, with the verifier the test chooses. */
async function signInAt(mode: HostileMode, options: { wrongVerifier?: boolean; checkSignature?: boolean } = {}) {
  const provider = await startHostileProvider({ varde, mode, claims: { pid: '01017012345' } });
  try {
    const checkSignature = options.checkSignature ?? true;
    const config = await client.discovery(new URL(provider.issuer), provider.clientId, undefined, client.ClientSecretBasic(provider.clientSecret), {
      execute: [client.allowInsecureRequests, ...(checkSignature ? [client.enableNonRepudiationChecks] : [])],
    });
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const authorizationUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const back = await fetch(authorizationUrl, { redirect: 'manual' });
    const callbackUrl = new URL(back.headers.get('location')!);
    expect(callbackUrl.href.startsWith(redirectUri)).toBe(true);
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: options.wrongVerifier ? client.randomPKCECodeVerifier() : verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    return { claims: tokens.claims()!, userinfo };
  } finally {
    await provider.stop();
  }
}

describe('the hostile provider', () => {
  it('in mode ok, signs in with the claims given', async () => {
    const { claims, userinfo } = await signInAt('ok');
    expect(claims).toMatchObject({ sub: 'hostile-sub-0001', pid: '01017012345' });
    expect(userinfo).toMatchObject({ sub: 'hostile-sub-0001', pid: '01017012345' });
  });

  it.each([
    ['expired_id_token', /"exp" \(expiration time\) claim value, expiration is past/],
    ['wrong_nonce', /unexpected ID Token "nonce" claim value/],
    ['wrong_audience', /unexpected JWT "aud" \(audience\) claim value/],
    ['wrong_issuer', /unexpected JWT "iss" \(issuer\) claim value/],
    ['bad_signature', /JWT signature verification failed/],
  ] as const)('in mode %s, gives an ID token that openid-client refuses', async (mode, message) => {
    // openid-client wraps the check that failed as the cause of its error.
    await expect(signInAt(mode)).rejects.toMatchObject({ cause: { message: expect.stringMatching(message) as unknown } });
  });

  it('is accepted with a bad signature when enableNonRepudiationChecks is off: openid-client trusts the token endpoint over TLS, so Varde must turn the check on', async () => {
    await expect(signInAt('bad_signature', { checkSignature: false })).resolves.toMatchObject({ claims: { sub: 'hostile-sub-0001' } });
  });

  it('refuses a code with the wrong PKCE verifier', async () => {
    await expect(signInAt('ok', { wrongVerifier: true })).rejects.toMatchObject({ error: 'invalid_grant' });
  });
});
