/** Sign in, who am I, sign out. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, session, signInBody } from '../../shared/api.js';
import { loadActor } from '../../data/load-actor.js';
import { writeAudit } from '../../data/write-audit.js';
import { authenticateWithPassword } from '../auth/authenticate-with-password.js';
import { currentSignIn, requireSignIn } from '../auth/request-actor.js';
import { endSession, SESSION_COOKIE, SESSION_HOURS, startSession } from '../auth/sessions.js';
import { AppError } from '../errors.js';
import { presentSession } from '../presenters/present-session.js';
import type { RouteContext } from './context.js';

export const sessionRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const errors = { 400: apiError, 401: apiError, 403: apiError, 429: apiError };

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
        schema: { summary: 'Sign in with username and password', tags: ['session'], body: signInBody, response: { 200: session, ...errors } },
        config: {
          rateLimit: {
            // After parsing, so that the key can include the username.
            hook: 'preHandler',
            max: ctx.signInRateLimit.max,
            timeWindow: ctx.signInRateLimit.timeWindowMs,
            // Per address and username: slows guessing one account without locking out a school behind one NAT.
            keyGenerator: (request) => `${request.ip}|${String((request.body as { username?: unknown })?.username ?? '').toLowerCase()}`,
          },
        },
      },
      async (request, reply) => {
        const who = await authenticateWithPassword(db, request.body.username, request.body.password);
        if (!who) throw new AppError('invalid_credentials', 'The username or password is wrong');
        const actor = await loadActor(db, who, ctx.clock.today());
        if (!actor) throw new AppError('invalid_credentials', 'The username or password is wrong');
        const { token, session: started } = await startSession(db, who, ctx.clock.now());
        await writeAudit(db, { ownerId: who.ownerId, actorStaffId: who.staffId, action: 'sign_in', entity: 'session' });
        reply.setCookie(SESSION_COOKIE, token, {
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
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );
  };
