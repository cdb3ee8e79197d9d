/**
 * Sign-in with Feide and ID-porten (OpenID Connect, authorization code flow with PKCE, state and
 * nonce; docs/decisions/025-sign-in-feide-id-porten.md). The browser is sent to the provider and
 * comes back to the callback, which checks the answer (openid-client), finds the person in Varde
 * and starts a session: a staff session for staff (Feide), a home session for a student (Feide, or
 * ID-porten for one without Feide) or a guardian (ID-porten). Every refusal sends the browser
 * back to the sign-in page with its code (src/shared/sign-in-api.ts) and is audited.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as client from 'openid-client';
import { z } from 'zod';
import { loadActor } from '../../data/load-actor.js';
import { findHomeReach, isKnownGuardian } from '../../data/home/home-reach.js';
import { findFeideStaff } from '../../data/sign-in/find-feide-staff.js';
import { rememberSignIn, takeSignIn } from '../../data/sign-in/oidc-sign-ins.js';
import { NO_OWNER, writeAudit } from '../../data/write-audit.js';
import { isNationalId } from '../../domain/national-id.js';
import type { OidcProvider } from '../../domain/vocabulary.js';
import type { OidcRefusal } from '../../shared/sign-in-api.js';
import { sessionRefOf } from '../auth/audit-request-context.js';
import { homeSessionCookieName, startHomeSession } from '../auth/home-sessions.js';
import { redirectUriOf, scopesOf } from '../auth/oidc/oidc-clients.js';
import { recordFeideGroups } from '../auth/oidc/record-feide-groups.js';
import { setSessionCookie, startSession } from '../auth/sessions.js';
import type { RouteContext } from './context.js';

/** The claim in which Feide gives the Feide name (with the scope userid-feide). */
export const FEIDE_NAME_CLAIM = 'https://n.feide.no/claims/eduPersonPrincipalName';

const providerParam = z.object({ provider: z.enum(['feide', 'id-porten']) });
const providerOf = (segment: 'feide' | 'id-porten'): OidcProvider => (segment === 'feide' ? 'feide' : 'id_porten');

/** A path inside Varde, never another site: `//evil.example` and `https:` are refused. */
const returnToQuery = z.object({
  returnTo: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path inside Varde')
    .max(500)
    .optional(),
});

const callbackQuery = z.object({
  state: z.string().max(500).optional(),
  code: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
});

class Refused extends Error {
  constructor(
    readonly refusal: OidcRefusal,
    readonly detail: Record<string, unknown> = {},
    readonly ownerId: string = NO_OWNER,
  ) {
    super(refusal);
  }
}

export const oidcRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const clients = ctx.oidc;
    const homeCookie = homeSessionCookieName(ctx.secureCookies);
    // The state also goes in a cookie of the browser that began the sign-in: an answer brought to
    // another browser (someone's link with their own code) is refused, so nobody can be signed in
    // as someone else. Lax, because the provider's redirect back is a cross-site navigation.
    const stateCookie = ctx.secureCookies ? '__Host-varde_sign_in' : 'varde_sign_in';

    app.get(
      '/api/sign-in/:provider',
      {
        schema: {
          summary: 'Begin a sign-in with Feide or ID-porten: a redirect to the provider',
          description: 'Remembers the state, the nonce and the PKCE verifier for ten minutes; `returnTo` is where a member of staff lands afterwards.',
          tags: ['session'],
          params: providerParam,
          querystring: returnToQuery,
        },
      },
      async (request, reply) => {
        const provider = providerOf(request.params.provider);
        const config = await configOrRefusal(provider, reply);
        if (!config) return reply;
        const begun = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier(), returnTo: request.query.returnTo ?? '/' };
        await rememberSignIn(db, provider, begun, ctx.clock.now());
        reply.setCookie(stateCookie, begun.state, { httpOnly: true, secure: ctx.secureCookies, path: '/', sameSite: 'lax', maxAge: 600 });
        const url = client.buildAuthorizationUrl(config, {
          redirect_uri: redirectUriOf(ctx.signIn.publicUrl, provider),
          scope: scopesOf[provider],
          code_challenge: await client.calculatePKCECodeChallenge(begun.codeVerifier),
          code_challenge_method: 'S256',
          state: begun.state,
          nonce: begun.nonce,
        });
        return reply.redirect(url.href, 302);
      },
    );

    app.get(
      '/api/sign-in/callback/:provider',
      {
        schema: {
          summary: "The provider's answer: checked, the person found, a session started; a redirect into Varde or back to the sign-in page",
          tags: ['session'],
          params: providerParam,
          querystring: callbackQuery,
        },
      },
      async (request, reply) => {
        const provider = providerOf(request.params.provider);
        try {
          const config = clients.get(provider);
          if (!config) throw new Refused('provider_off');
          if (request.query.error) throw new Refused('provider_error', { error: request.query.error });
          const state = request.query.state;
          const sameBrowser = state !== undefined && request.cookies[stateCookie] === state;
          reply.clearCookie(stateCookie, { path: '/', secure: ctx.secureCookies });
          const taken = state ? await takeSignIn(db, provider, state, ctx.clock.now()) : undefined;
          if (!taken) throw new Refused('state_invalid');
          if (!sameBrowser) throw new Refused('state_invalid', { reason: 'the sign-in was begun in another browser' });
          const tokens = await client
            .authorizationCodeGrant(await config, currentUrl(request), {
              pkceCodeVerifier: taken.codeVerifier,
              expectedState: state,
              expectedNonce: taken.nonce,
              idTokenExpected: true,
            })
            .catch((error: unknown) => {
              throw new Refused('token_invalid', { reason: reasonOf(error) });
            });
          const claims = tokens.claims();
          if (!claims) throw new Refused('token_invalid', { reason: 'no ID token' });
          const landing =
            provider === 'feide'
              ? await signInWithFeide(request, reply, await config, tokens, claims.sub, taken.returnTo)
              : await signInWithIdPorten(reply, tokens.id_token!, claims);
          return reply.redirect(landing, 302);
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
          await writeAudit(db, {
            ownerId: error.ownerId,
            actorStaffId: null,
            action: 'sign_in_failed',
            entity: 'session',
            detail: { provider, refusal: error.refusal, ...error.detail },
          });
          return reply.redirect(`/logg-inn?feil=${error.refusal}`, 302);
        }
      },
    );

    async function configOrRefusal(provider: OidcProvider, reply: FastifyReply): Promise<client.Configuration | undefined> {
      const config = clients.get(provider);
      if (!config) {
        await reply.redirect('/logg-inn?feil=provider_off', 302);
        return undefined;
      }
      return config;
    }

    function currentUrl(request: FastifyRequest): URL {
      // The provider redirected to the public address; behind a proxy the request's own host may differ.
      return new URL(request.url, ctx.signIn.publicUrl);
    }

    async function signInWithFeide(
      request: FastifyRequest,
      reply: FastifyReply,
      config: client.Configuration,
      tokens: client.TokenEndpointResponse,
      subject: string,
      returnTo: string,
    ): Promise<string> {
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, subject).catch((error: unknown) => {
        throw new Refused('token_invalid', { reason: `userinfo: ${reasonOf(error)}` });
      });
      const feideName = userinfo[FEIDE_NAME_CLAIM];
      if (typeof feideName !== 'string' || feideName === '') throw new Refused('token_invalid', { reason: 'no Feide name in userinfo' });
      const now = ctx.clock.now();
      const staffMember = await findFeideStaff(db, feideName);
      if (staffMember) {
        if (staffMember.disabled) throw new Refused('account_disabled', {}, staffMember.ownerId);
        const actor = await loadActor(db, staffMember, ctx.clock.today());
        if (!actor) throw new Refused('account_disabled', {}, staffMember.ownerId);
        const { token } = await startSession(db, staffMember, now, ctx.sessionPolicy.idleMs, { method: 'feide', idToken: tokens.id_token ?? null });
        await writeAudit(db, { ownerId: staffMember.ownerId, actorStaffId: staffMember.staffId, action: 'sign_in', entity: 'session', detail: { method: 'feide' }, sessionRef: sessionRefOf(token) });
        // Feide's groups are read for the administrator's comparison only; a slow or failing groups API never stops a sign-in.
        await recordFeideGroups(db, { groupsApi: ctx.signIn.feide!.groupsApi, accessToken: tokens.access_token, ownerId: staffMember.ownerId, staffId: staffMember.staffId, now }).catch(
          (error: unknown) => request.log.warn({ err: error }, "Feide's groups could not be read"),
        );
        setSessionCookie(reply, ctx.sessionPolicy.cookieName, token, ctx.secureCookies);
        return returnTo;
      }
      const reach = await findHomeReach(db, { personKind: 'elev', method: 'feide', identity: feideName }, ctx.clock.today());
      if (reach.students.length === 0) throw new Refused('feide_unknown');
      await startHome(reply, { personKind: 'elev', method: 'feide', identity: feideName, displayName: reach.name!, idToken: tokens.id_token ?? null }, reach.students);
      return '/hjem';
    }

    async function signInWithIdPorten(reply: FastifyReply, idToken: string, claims: client.IDToken): Promise<string> {
      const pid = claims.pid;
      if (typeof pid !== 'string' || !isNationalId(pid)) throw new Refused('token_invalid', { reason: 'no valid pid in the ID token' });
      const identity = ctx.keys.hashNationalId(pid);
      const today = ctx.clock.today();
      const children = await findHomeReach(db, { personKind: 'foresatt', method: 'id_porten', identity }, today);
      if (children.students.length > 0) {
        await startHome(reply, { personKind: 'foresatt', method: 'id_porten', identity, displayName: children.name!, idToken }, children.students);
        return '/hjem';
      }
      const own = await findHomeReach(db, { personKind: 'elev', method: 'id_porten', identity }, today);
      if (own.students.length > 0) {
        await startHome(reply, { personKind: 'elev', method: 'id_porten', identity, displayName: own.name!, idToken }, own.students);
        return '/hjem';
      }
      if (children.refusals.length > 0) {
        const refusal = children.refusals.every((r) => r === 'no_parental_responsibility') ? 'no_parental_responsibility' : 'student_is_adult';
        throw new Refused(refusal);
      }
      if (await isKnownGuardian(db, identity)) throw new Refused('id_unknown', { reason: 'a guardian with no student at school' });
      throw new Refused('id_unknown');
    }

    async function startHome(
      reply: FastifyReply,
      who: Parameters<typeof startHomeSession>[1],
      reached: ReadonlyArray<{ ownerId: string; studentId: string }>,
    ): Promise<void> {
      const { token } = await startHomeSession(db, who, ctx.clock.now(), ctx.sessionPolicy.idleMs);
      // A home sign-in belongs to no one owner: each owner of a student it reaches gets the entry.
      const owners = [...new Set(reached.map((s) => s.ownerId))];
      await writeAudit(
        db,
        owners.map((ownerId) => ({ ownerId, actorStaffId: null, action: 'sign_in' as const, entity: 'home_session', detail: { personKind: who.personKind, method: who.method }, sessionRef: sessionRefOf(token) })),
      );
      setSessionCookie(reply, homeCookie, token, ctx.secureCookies);
    }
  };

function reasonOf(error: unknown): string {
  if (error instanceof Error) return `${(error as { code?: string }).code ?? error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
