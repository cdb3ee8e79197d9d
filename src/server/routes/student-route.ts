/** The student page. Validate → authorize (need-to-know) → load → audit → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, studentDetail, studentParams } from '../../shared/api.js';
import { studentAccess } from '../../domain/access-policy.js';
import { findStudentDetail } from '../../data/find-student-detail.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { writeAudit } from '../../data/write-audit.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

export const studentRoute =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    app.get(
      '/api/students/:studentId',
      {
        schema: {
          summary: 'One student: profile, guardians, absence this term and grades, as far as need-to-know allows',
          tags: ['students'],
          params: studentParams,
          response: { 200: studentDetail, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
        if (!facts) throw notFound('The student');
        const access = studentAccess(actor, facts);
        if (access.kind === 'none') {
          // Refused attempts are logged too: they are what an auditor looks for.
          await writeAudit(db, {
            ownerId: actor.ownerId,
            actorStaffId: actor.staffId,
            action: 'read',
            entity: 'student',
            entityId: studentId,
            studentId,
            detail: { refused: true },
          });
          throw forbidden('You have no need-to-know access to this student');
        }
        const detail = await findStudentDetail(db, actor.ownerId, studentId, access, today);
        if (!detail) throw notFound('The student');
        await writeAudit(db, {
          ownerId: actor.ownerId,
          actorStaffId: actor.staffId,
          action: 'read',
          entity: 'student',
          entityId: studentId,
          studentId,
          detail: { access: access.kind, parts: access.kind === 'full' ? ['profil', 'foresatte', 'fravær', 'karakterer'] : ['profil', 'fravær i faget', 'karakterer i faget'] },
        });
        return detail;
      },
    );
  };
