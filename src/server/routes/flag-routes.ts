/** The "why" panel: a student's flags, and a person's decision on one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, flag, flagDecisionBody, flagParams, studentFlags, studentParams } from '../../shared/api.js';
import { decideFlag } from '../../data/decide-flag.js';
import { findFlagStudent } from '../../data/find-flag-student.js';
import { loadFlags } from '../../data/load-flags.js';
import { writeAudit } from '../../data/write-audit.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { AppError, notFound } from '../errors.js';
import { presentFlag } from '../presenters/present-flag.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const flagRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/students/:studentId/flags',
      { schema: { summary: "A student's flags in every state, each with its evidence", tags: ['identification'], params: studentParams, response: { 200: studentFlags, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        await requireStudentAccess(db, actor, studentId, ctx.clock.today(), 'full');
        const rows = await loadFlags(db, actor.ownerId, [studentId]);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'flags', studentId });
        return { flags: rows.map(presentFlag) };
      },
    );

    app.post(
      '/api/flags/:flagId/decision',
      { schema: { summary: 'Confirm, dismiss or resolve a flag, with a reason', tags: ['identification'], params: flagParams, body: flagDecisionBody, response: { 200: flag, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { flagId } = request.params;
        const studentId = await findFlagStudent(db, actor.ownerId, flagId);
        if (!studentId) throw notFound('The flag');
        await requireStudentAccess(db, actor, studentId, ctx.clock.today(), 'full', 'The flag');
        const outcome = await decideFlag(db, { ownerId: actor.ownerId, flagId, staffId: actor.staffId, now: ctx.clock.now(), decision: request.body });
        if (outcome === 'not_found') throw notFound('The flag');
        if (outcome === 'conflict') throw new AppError('conflict', `A flag in this state cannot be given the decision "${request.body.decision}"`);
        await writeAudit(db, {
          ownerId: actor.ownerId,
          actorStaffId: actor.staffId,
          action: 'update',
          entity: 'flag',
          entityId: flagId,
          studentId,
          detail: { decision: request.body.decision },
        });
        const [updated] = (await loadFlags(db, actor.ownerId, [studentId])).filter((f) => f.id === flagId);
        return presentFlag(updated!);
      },
    );
  };
