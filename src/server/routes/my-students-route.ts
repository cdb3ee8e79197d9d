/** "Mine elever": the signed-in teacher's class and teaching groups with absence this term. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, myStudents } from '../../shared/api.js';
import { findMyStudents } from '../../data/find-my-students.js';
import { writeAudit } from '../../data/write-audit.js';
import { requireSignIn } from '../auth/request-actor.js';
import { presentSignal } from '../presenters/present-flag.js';
import type { RouteContext } from './context.js';

export const myStudentsRoute =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    app.get(
      '/api/me/students',
      {
        schema: {
          summary: "The signed-in teacher's groups with each student's absence this term",
          tags: ['students'],
          response: { 200: myStudents, 401: apiError },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const result = await findMyStudents(db, actor, ctx.clock.today());
        const seen = new Set(result.groups.flatMap((g) => g.students.map((s) => s.id)));
        await writeAudit(
          db,
          [...seen].map((studentId) => ({
            ownerId: actor.ownerId,
            actorStaffId: actor.staffId,
            action: 'read' as const,
            entity: 'absence_totals',
            studentId,
            detail: { view: 'mine-elever' },
          })),
        );
        return {
          term: result.term,
          groups: result.groups.map((g) => ({
            ...g,
            students: g.students.map(({ openFlags, ...student }) => ({ ...student, signal: openFlags ? presentSignal(openFlags) : null })),
          })),
        };
      },
    );
  };
