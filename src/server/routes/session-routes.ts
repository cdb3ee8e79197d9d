/** Sign in (with a second factor where required), who am I, sign out here, sign out everywhere. */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, secondFactorBody, session, signInBody, signInResult, type Session, type SignInResult } from '../../shared/api.js';
import { acceptSecondFactorCode } from '../../data/accounts/accept-second-factor-code.js';
import { loadSecondFactor } from '../../data/accounts/load-second-factor.js';
import { loadActor, type Actor } from '../../data/load-actor.js';
import { NO_OWNER, writeAudit } from '../../data/write-audit.js';
import { needsSecondFactor } from '../../domain/people/second-factor-roles.js';
import type { SignInMethod } from '../../domain/vocabulary.js';
import { authenticateWithPassword } from '../auth/authenticate-with-password.js';
import { sessionRefOf } from '../auth/audit-request-context.js';
import { currentSignIn, requireSignIn } from '../auth/request-actor.js';
import { endSessionUrlOf } from '../auth/oidc/oidc-clients.js';
import { signOutResult } from '../../shared/sign-in-api.js';
import { endEverySession, endSession, setSessionCookie, startSession } from '../auth/sessions.js';
import { checkCode, newTotpSecret, openChallenge, otpauthUri, sealChallenge } from '../auth/second-factor.js';
import { clearUsernameFailures, recordSignInFailure, signInWait, type SignInAttempt } from '../auth/sign-in-throttle.js';
import { AppError } from '../errors.js';
import { presentSession } from '../presenters/present-session.js';
import type { RouteContext } from './context.js';

export const sessionRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const { cookieName, idleMs } = ctx.sessionPolicy;
    const errors = { 400: apiError, 401: apiError, 403: apiError, 429: apiError };
    const wrongCredentials = () => new AppError('invalid_credentials', 'The username or password is wrong');

    app.get(
      '/api/session',
      { schema: { summary: 'The signed-in person and roles', tags: ['session'], response: { 200: session, ...errors } } },
      async (request) => {
        const signedIn = await currentSignIn(request, db, ctx.clock);
        if (!signedIn) throw new AppError('unauthenticated', 'Sign in to continue');
        return presentSession(signedIn.actor, signedIn.session.csrfToken);
      },
    );

    /**
     * The end of every successful local sign-in, with or without a second factor: the username's
     * failures forgotten, the session started, the sign-in audited and the cookie set.
     */
    const signInAs = async (reply: FastifyReply, actor: Actor, username: string, method: SignInMethod, now: Date): Promise<Session> => {
      await clearUsernameFailures(db, username);
      const { token, session: started } = await startSession(db, actor, now, idleMs, { method });
      await writeAudit(db, {
        ownerId: actor.ownerId,
        actorStaffId: actor.staffId,
        action: 'sign_in',
        entity: 'session',
        sessionRef: sessionRefOf(token),
        detail: { method },
      });
      setSessionCookie(reply, cookieName, token, ctx.secureCookies);
      return presentSession(actor, started.csrfToken);
    };

    /** Each attempt first waits out the throttle (429 with Retry-After). */
    const awaitThrottle = async (reply: FastifyReply, attempt: SignInAttempt, now: Date) => {
      const wait = await signInWait(db, attempt, now);
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        reply.header('retry-after', String(seconds));
        throw new AppError('rate_limited', `Too many failed sign-ins; try again in ${seconds} seconds`);
      }
    };

    const refusePasswordSignInWhenOff = async (detail: Record<string, unknown>) => {
      if (ctx.signIn.passwordSignIn) return;
      // Nobody is named: no password was checked, so the username proves nothing.
      await writeAudit(db, { ownerId: NO_OWNER, actorStaffId: null, action: 'sign_in_failed', entity: 'session', detail: { passwordSignIn: 'off', ...detail } });
      throw new AppError('password_sign_in_off', 'Password sign-in is turned off on this server; sign in with Feide');
    };

    app.post(
      '/api/session',
      {
        schema: {
          summary: 'Sign in with username and password',
          description:
            'Throttled per client address and per username: beyond a few failures each attempt waits (429 with Retry-After) for a delay that doubles per failure, up to a cap. ' +
            'When a second factor is required (VARDE_SECOND_FACTOR) for a leadership or administrator account, a right password starts no session: ' +
            'the answer is a second-factor challenge (to enrol an authenticator, or to verify a code) for POST /api/session/second-factor. ' +
            'Refused with password_sign_in_off (403) when password sign-in is turned off.',
          tags: ['session'],
          body: signInBody,
          response: { 200: signInResult, ...errors },
        },
      },
      async (request, reply): Promise<SignInResult> => {
        await refusePasswordSignInWhenOff({});
        const now = ctx.clock.now();
        const attempt = { address: request.ip, username: request.body.username };
        await awaitThrottle(reply, attempt, now);
        const checked = await authenticateWithPassword(db, request.body.username, request.body.password);
        const actor = checked.ok ? await loadActor(db, checked, ctx.clock.today()) : undefined;
        if (!checked.ok || !actor) {
          await recordSignInFailure(db, attempt, now, ctx.signInThrottle);
          const account = checked.ok ? checked : checked.account;
          // The username itself is not logged: people type their password there by mistake.
          await writeAudit(db, {
            ownerId: account?.ownerId ?? NO_OWNER,
            actorStaffId: account?.staffId ?? null,
            action: 'sign_in_failed',
            entity: 'session',
          });
          throw wrongCredentials();
        }
        if (ctx.signIn.secondFactor === 'required' && needsSecondFactor(actor.roles)) {
          // The username's failures are kept until the code is in too, or a known password would
          // clear them between guesses at the code.
          const state = await loadSecondFactor(db, actor);
          if (state?.sealedSecret && state.confirmedAt) {
            return { secondFactor: { step: 'verify', challenge: sealChallenge(ctx.keys, actor, now) } };
          }
          const secret = newTotpSecret();
          return {
            secondFactor: {
              step: 'enrol',
              challenge: sealChallenge(ctx.keys, actor, now, secret),
              otpauthUri: otpauthUri(state?.username ?? request.body.username, secret),
              secret,
            },
          };
        }
        return signInAs(reply, actor, request.body.username, 'password', now);
      },
    );

    app.post(
      '/api/session/second-factor',
      {
        schema: {
          summary: 'Finish a sign-in with the code from an authenticator app',
          description:
            'Takes the challenge POST /api/session answered and a 6-digit TOTP code; on the first code (enrolment) the authenticator is kept for the account. ' +
            'A wrong or reused code, or an expired or forged challenge: second_factor_failed (401), counted by the sign-in throttle.',
          tags: ['session'],
          body: secondFactorBody,
          response: { 200: session, ...errors },
        },
      },
      async (request, reply) => {
        await refusePasswordSignInWhenOff({ factor: 'totp' });
        const now = ctx.clock.now();
        const claims = openChallenge(ctx.keys, request.body.challenge, now);
        const state = claims && (await loadSecondFactor(db, claims));
        // A forged challenge names nobody: its failures count against the address (and one empty username).
        const attempt = { address: request.ip, username: state?.username ?? '' };
        await awaitThrottle(reply, attempt, now);
        const refuse = async (reason: string): Promise<never> => {
          await recordSignInFailure(db, attempt, now, ctx.signInThrottle);
          await writeAudit(db, {
            ownerId: claims?.ownerId ?? NO_OWNER,
            actorStaffId: claims?.staffId ?? null,
            action: 'sign_in_failed',
            entity: 'session',
            detail: { factor: 'totp', reason },
          });
          throw new AppError(
            'second_factor_failed',
            reason === 'challenge'
              ? 'The sign-in took too long or could not be confirmed; sign in with your password again'
              : 'The code is wrong or has been used; wait for a new code in the authenticator app and try again',
          );
        };
        if (!claims || !state || state.disabled) return refuse('challenge');
        const enrolling = claims.secret !== undefined;
        let secret: string;
        if (enrolling) secret = claims.secret!;
        else if (state.sealedSecret && state.confirmedAt) secret = ctx.keys.open(state.sealedSecret);
        // Reset by the administrator since the password was given: the person enrols again.
        else return refuse('challenge');
        const checked = await checkCode({ secret, code: request.body.code, now, lastStep: state.lastStep });
        if (!checked.ok) return refuse(checked.reason);
        const accepted = await acceptSecondFactorCode(db, claims, {
          timeStep: checked.timeStep,
          now,
          ...(enrolling ? { enrolSealedSecret: ctx.keys.seal(secret) } : {}),
        });
        if (!accepted) return refuse(enrolling ? 'challenge' : 'reused');
        const actor = await loadActor(db, claims, ctx.clock.today());
        if (!actor) return refuse('challenge');
        return signInAs(reply, actor, state.username, 'password_totp', now);
      },
    );

    app.delete(
      '/api/session',
      {
        schema: {
          summary: 'Sign out',
          description: "Ends the Varde session. A session begun at Feide also gives the provider's end-session address, where the web app sends the browser next.",
          tags: ['session'],
          response: { 200: signOutResult, ...errors },
        },
      },
      async (request, reply) => {
        const signedIn = await requireSignIn(request, db, ctx.clock);
        const ended = await endSession(db, signedIn.token);
        await writeAudit(db, {
          ownerId: signedIn.actor.ownerId,
          actorStaffId: signedIn.actor.staffId,
          action: 'sign_out',
          entity: 'session',
        });
        reply.clearCookie(cookieName, { path: '/', secure: ctx.secureCookies });
        return { endSessionUrl: await endSessionUrlOf(ctx.oidc, 'feide', ended?.idToken ?? null, ctx.signIn.publicUrl) };
      },
    );

    app.delete(
      '/api/sessions',
      {
        schema: {
          summary: 'Sign out everywhere: end every session of the signed-in person, this one included',
          tags: ['session'],
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const signedIn = await requireSignIn(request, db, ctx.clock);
        const ended = await endEverySession(db, signedIn.actor);
        await writeAudit(db, {
          ownerId: signedIn.actor.ownerId,
          actorStaffId: signedIn.actor.staffId,
          action: 'sign_out',
          entity: 'session',
          detail: { everywhere: true, sessions: ended },
        });
        reply.clearCookie(cookieName, { path: '/', secure: ctx.secureCookies });
        return reply.code(204).send(null);
      },
    );
  };
