/** The student page. Validate → authorize (need-to-know) → load → audit → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, studentDetail, studentParams } from '../../shared/api.js';
import { can } from '../../domain/access-policy.js';
import { findStudentDetail } from '../../data/find-student-detail.js';
import { writeAudit } from '../../data/write-audit.js';
import { requireSignIn } from '../auth/request-actor.js';
import { notFound } from '../errors.js';
import { requireStudentAccess } from '../auth/student-access.js';
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
        const { access } = await requireStudentAccess(db, actor, studentId, today, 'any');
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
        return { ...detail, mayCompleteBirthDate: detail.birthDate === null && can(actor, 'school.complete_birth_dates', { schoolId: detail.school.id }) };
      },
    );
  };
