/**
 * The owner's administrator forgets a person's second factor (a lost or replaced phone): the person
 * enrols a new authenticator at the next sign-in (issue 14, part 3). The administrator's list of
 * who needs one and who has set it up is here too: staff names and usernames, no student.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api.js';
import { can } from '../../domain/access-policy.js';
import { secondFactorOverview } from '../../shared/second-factor-api.js';
import { findSecondFactorStates } from '../../data/accounts/find-second-factor-states.js';
import { resetSecondFactor } from '../../data/accounts/reset-second-factor.js';
import { writeAudit } from '../../data/write-audit.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

export const secondFactorRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/owner/second-factors',
      {
        schema: {
          summary: "The owner's people with a password and a role that needs a second factor, and whether each has set up an authenticator (administrators)",
          tags: ['owner'],
          response: { 200: secondFactorOverview, 401: apiError, 403: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        // Who has set one up is for the one who resets it.
        if (!can(actor, 'staff.reset_second_factor', {})) throw forbidden("The second factors are for the owner's administrator");
        const people = await findSecondFactorStates(db, actor.ownerId);
        return {
          secondFactor: ctx.signIn.secondFactor,
          people: people.map((p) => ({
            staffId: p.staffId,
            name: `${p.givenName} ${p.familyName}`,
            username: p.username,
            roles: p.roles,
            state: p.confirmedAt ? { kind: 'enrolled' as const, since: p.confirmedAt.toISOString() } : { kind: 'not_enrolled' as const },
          })),
        };
      },
    );

    app.delete(
      '/api/staff/:staffId/second-factor',
      {
        schema: {
          summary: "Reset a person's second factor (a lost phone): they set up an authenticator again at the next sign-in",
          tags: ['session'],
          params: z.object({ staffId: z.string().uuid() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'staff.reset_second_factor', {})) throw forbidden("Only the owner's administrator resets a second factor");
        const { staffId } = request.params;
        // Another owner's person and nobody answer alike.
        if (!(await resetSecondFactor(db, actor.ownerId, staffId))) throw notFound('The account', { entity: 'account_second_factor', entityId: staffId });
        await writeAudit(db, {
          ownerId: actor.ownerId,
          actorStaffId: actor.staffId,
          action: 'delete',
          entity: 'account_second_factor',
          entityId: staffId,
        });
        return reply.code(204).send(null);
      },
    );
  };
