/** Sign in, who am I, sign out here, sign out everywhere. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, session, signInBody } from '../../shared/api.js';
import { loadActor } from '../../data/load-actor.js';
import { NO_OWNER, writeAudit } from '../../data/write-audit.js';
import { authenticateWithPassword } from '../auth/authenticate-with-password.js';
import { sessionRefOf } from '../auth/audit-request-context.js';
import { currentSignIn, requireSignIn } from '../auth/request-actor.js';
import { endEverySession, endSession, SESSION_HOURS, startSession } from '../auth/sessions.js';
import { clearUsernameFailures, recordSignInFailure, signInWait } from '../auth/sign-in-throttle.js';
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

    app.post(
      '/api/session',
      {
        schema: {
          summary: 'Sign in with username and password',
          description:
            'Throttled per client address and per username: beyond a few failures each attempt waits (429 with Retry-After) for a delay that doubles per failure, up to a cap.',
          tags: ['session'],
          body: signInBody,
          response: { 200: session, ...errors },
        },
      },
      async (request, reply) => {
        const now = ctx.clock.now();
        const attempt = { address: request.ip, username: request.body.username };
        const wait = await signInWait(db, attempt, now);
        if (wait > 0) {
          const seconds = Math.ceil(wait / 1000);
          reply.header('retry-after', String(seconds));
          throw new AppError('rate_limited', `Too many failed sign-ins; try again in ${seconds} seconds`);
        }
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
        await clearUsernameFailures(db, request.body.username);
        const { token, session: started } = await startSession(db, checked, now, idleMs);
        await writeAudit(db, {
          ownerId: checked.ownerId,
          actorStaffId: checked.staffId,
          action: 'sign_in',
          entity: 'session',
          sessionRef: sessionRefOf(token),
        });
        reply.setCookie(cookieName, token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: ctx.secureCookies,
          path: '/',
          maxAge: SESSION_HOURS * 3600,
        });
        return presentSession(actor, started.csrfToken);
      },
    );

    app.delete(
      '/api/session',
      { schema: { summary: 'Sign out', tags: ['session'], response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        const signedIn = await requireSignIn(request, db, ctx.clock);
        await endSession(db, signedIn.token);
        await writeAudit(db, {
          ownerId: signedIn.actor.ownerId,
          actorStaffId: signedIn.actor.staffId,
          action: 'sign_out',
          entity: 'session',
        });
        reply.clearCookie(cookieName, { path: '/', secure: ctx.secureCookies });
        return reply.code(204).send(null);
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
