/** The school overview for leadership: classes with their absence figures and their students' lights. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, schoolOverview, schoolParams } from '../../shared/api.js';
import { can } from '../../domain/access-policy.js';
import { findSchoolOverview } from '../../data/find-school-overview.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

export const schoolOverviewRoute =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    app.get(
      '/api/schools/:schoolId/overview',
      {
        schema: {
          summary: 'Classes of a school with their absence this term and how many students are at each light (aggregated, no student is named)',
          tags: ['schools'],
          params: schoolParams,
          response: { 200: schoolOverview, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'school.see_overview', { schoolId: request.params.schoolId })) throw forbidden('Only the school’s leadership and rådgiver see this overview');
        const overview = await findSchoolOverview(db, actor.ownerId, request.params.schoolId, ctx.clock.today());
        if (!overview) throw notFound('The school');
        return overview;
      },
    );
  };
