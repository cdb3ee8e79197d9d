/**
 * The role workspaces: a teacher files a concern report (melding) that reaches the IKO
 * coordinator at once; the coordinator's workspace (reports, the intake priority list, the
 * identified students, the classes); the owner's figures without names.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, schoolParams, studentParams } from '../../shared/api.js';
import { ikoWorkspace, ownerFigures, teacherReportBody, teacherReportReceipt } from '../../shared/workspace-api.js';
import { can } from '../../domain/access-policy.js';
import { smallCount } from '../../domain/owner/shown-count.js';
import { findIkoWorkspace } from '../../data/iko/find-iko-workspace.js';
import { findOwnerFigures } from '../../data/find-owner-figures.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { fileTeacherReport } from '../../data/teacher-reports/file-teacher-report.js';
import { writeAudit } from '../../data/write-audit.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, notFound } from '../errors.js';
import { presentSignal } from '../presenters/present-flag.js';
import { presentTeacherReport } from '../presenters/present-workspace.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

export const workspaceRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.post(
      '/api/students/:studentId/teacher-reports',
      {
        schema: {
          summary: "A teacher's concern report (melding) about a student, to the IKO coordinator",
          tags: ['identification'],
          params: studentParams,
          body: teacherReportBody,
          response: { 201: teacherReportReceipt, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const student = await loadStudentFacts(db, actor.ownerId, studentId, today);
        if (!student) throw notFound('The student');
        if (!can(actor, 'student.report_concern', student)) {
          const subject = { entity: 'teacher_report', studentId };
          // A student the person cannot see at all answers as an unknown id.
          if (!can(actor, 'student.see', student)) throw notFound('The student', subject);
          throw forbidden('A concern report comes from a teacher of the student', subject);
        }
        const filed = await fileTeacherReport(db, {
          ownerId: actor.ownerId,
          schoolId: student.schoolId,
          studentId,
          reportedBy: actor.staffId,
          kind: request.body.kind,
          subject: request.body.subject || null,
          text: request.body.text,
          today,
          at: ctx.clock.now(),
        });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'teacher_report', entityId: filed.id, studentId, detail: { kind: filed.kind, newFlags: filed.newFlags } });
        reply.code(201);
        return { report: presentTeacherReport(filed), coordinators: filed.coordinators };
      },
    );

    app.get(
      '/api/schools/:schoolId/iko-workspace',
      { schema: { summary: "The IKO coordinator's workspace for a school", tags: ['identification'], params: schoolParams, response: { 200: ikoWorkspace, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.coordinate_iko', { schoolId })) throw forbidden('The IKO workspace is for the rådgiver and the leadership of the school');
        const view = await findIkoWorkspace(db, actor.ownerId, schoolId, ctx.clock.today(), actor);
        if (!view) throw notFound('The school');
        const seen = new Set([...view.reports.map((r) => r.student.id), ...view.intake.map((i) => i.student.id), ...view.identified.map((i) => i.student.id)]);
        await writeAudit(db, [...seen].map((studentId) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read' as const, entity: 'iko_workspace', studentId })));
        return {
          ...view,
          reports: view.reports.map((r) => ({ ...presentTeacherReport(r), student: r.student })),
          identified: view.identified
            .map(({ openFlags, ...i }) => ({ ...i, signal: presentSignal(openFlags) }))
            .sort((a, b) => rank(a.signal.level) - rank(b.signal.level) || b.signal.flags.length - a.signal.flags.length || a.student.familyName.localeCompare(b.student.familyName, 'nb')),
        };
      },
    );

    app.get(
      '/api/owner/figures',
      { schema: { summary: "The owner's schools in figures, without names", tags: ['identification'], response: { 200: ownerFigures, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'owner.see_figures', {})) throw forbidden('The figures are for the school owner');
        return { smallCount, schools: await findOwnerFigures(db, actor.ownerId, ctx.clock.today()) };
      },
    );
  };

const rank = (level: string) => (level === 'rod' ? 0 : level === 'gul' ? 1 : 2);
