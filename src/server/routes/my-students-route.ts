/** "Mine elever": the signed-in teacher's class and teaching groups with absence this term. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, myStudents } from '../../shared/api.js';
import { findMyStudents } from '../../data/find-my-students.js';
import { findOpenCloserFollowUps } from '../../data/follow-up/find-closer-follow-ups.js';
import { findSubjectLimits, type SubjectLimits } from '../../data/find-subject-limits.js';
import { writeAudit } from '../../data/write-audit.js';
import { hasAbsenceLimit } from '../../domain/school-kind-features.js';
import { groupBy } from '../../lib/group-by.js';
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
        // A subject teacher's groups in upper secondary show each student's share against the absence
        // limit, school by school; a grunnskole has no limit, and its groups none to show.
        const teaching = result.groups.filter((g) => g.relation === 'faglaerer' && hasAbsenceLimit(g.schoolKind));
        const limitsOf = new Map<string, SubjectLimits>();
        for (const [schoolId, schoolGroups] of groupBy(teaching, (g) => g.schoolId)) {
          const found = await findSubjectLimits(db, actor.ownerId, schoolId, schoolGroups.map((g) => ({ id: g.id, studentIds: g.students.map((s) => s.id) })), ctx.clock.today());
          if (found) limitsOf.set(schoolId, found);
        }
        // The closer-follow-up mark beside the names of the contact teacher's own class.
        const marks = await findOpenCloserFollowUps(db, actor.ownerId, result.groups.filter((g) => g.relation === 'kontaktlaerer').flatMap((g) => g.students.map((s) => s.id)));
        return {
          term: result.term,
          groups: result.groups.map(({ schoolId, ...g }) => {
            const limits = g.relation === 'faglaerer' ? limitsOf.get(schoolId) : undefined;
            const groupLimits = limits?.of.get(g.id);
            return {
              ...g,
              absenceLimitPercent: groupLimits ? limits!.limitPercent : null,
              students: g.students.map(({ openFlags, ...student }) => {
                const limit = groupLimits?.get(student.id);
                return {
                  ...student,
                  signal: openFlags ? presentSignal(openFlags) : null,
                  closerFollowUpReviewOn: g.relation === 'kontaktlaerer' ? (marks.get(student.id)?.reviewOn ?? null) : null,
                  subjectLimit: limit ? { percent: limit.percent === null ? null : Math.round(limit.percent * 10) / 10, lessonsHeld: limit.lessonsHeld, lessonsMissed: limit.lessonsMissed, band: limit.band } : null,
                };
              }),
            };
          }),
        };
      },
    );
  };
