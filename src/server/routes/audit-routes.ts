/**
 * Innsyn i logg (issue 14, part 5; OpenAPI tag `audit`; docs/innsyn.md): who read or changed a
 * student's data, from the audit log, for the skoleleder of the student's school — as JSON and as
 * a PDF to send when someone asks in writing — and misuse control: everything one member of staff
 * read or changed about students in a period. Every report is itself a read of each student it
 * shows (decision 013): the student's report of the student, the staff log of each student named.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, schoolParams, studentParams } from '../../shared/api.js';
import { accessControlStaff, accessPeriodQuery, accessReport, accessReportDocumentQuery, staffAccessLog, staffParams } from '../../shared/audit-api.js';
import { findStaffAccessLog } from '../../data/audit/find-staff-access-log.js';
import { findStudentAccessReport } from '../../data/audit/find-student-access-report.js';
import { listSchoolStaff } from '../../data/audit/list-school-staff.js';
import { loadStaffSchools } from '../../data/audit/load-staff-schools.js';
import { loadLetterhead } from '../../data/cases/load-letterhead.js';
import type { Actor } from '../../data/load-actor.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { loadOtSettings } from '../../data/ot/load-ot-settings.js';
import { can } from '../../domain/access-policy.js';
import { accessReportPeriods, resolveAccessPeriod, type AccessPeriodProblem } from '../../domain/audit/build-access-report.js';
import type { Db } from '../../db/database.js';
import { accessReportFilename } from '../../documents/access-report-document.js';
import { renderAccessReportPdf } from '../../documents/render-access-report-pdf.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, invalidField, notFound } from '../errors.js';
import { presentAccessActor, presentAccessReport, presentStaffAccessLog, studentsInStaffLog } from '../presenters/present-access-report.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['audit'];

const periodMessages: Record<AccessPeriodProblem['problem'], (maxDays: number) => string> = {
  after_to: () => 'must not be after to',
  after_today: () => 'must not be after today',
  too_long: (maxDays) => `the period must be at most ${maxDays} days`,
};

function requirePeriod(asked: { from?: string | undefined; to?: string | undefined }, today: string, limits: { defaultDays: number; maxDays: number }) {
  const period = resolveAccessPeriod(asked, today, limits);
  if (!period.ok) throw invalidField(period.problem.path, periodMessages[period.problem.problem](limits.maxDays));
  return { from: period.from, to: period.to };
}

/**
 * The student's school, once the person may have the student's report (student.see_access_report).
 * A student they cannot see at all is missing (404, decision 015); one they see but may not have
 * the report of — a teacher, the rådgiver — is forbidden (403), as for a move of school.
 */
async function requireMayReport(db: Db, actor: Actor, studentId: string, today: string): Promise<void> {
  const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
  const subject = { entity: 'access_report', studentId, detail: { studentId } };
  if (!facts) throw notFound('The student');
  if (can(actor, 'student.see_access_report', facts)) return;
  if (!can(actor, 'student.see', facts)) throw notFound('The student', subject);
  throw forbidden("Only the leadership of the student's school sees who has read the student's data", subject);
}

export const auditRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    async function studentReport(actor: Actor, studentId: string, query: { from?: string | undefined; to?: string | undefined }) {
      const today = ctx.clock.today();
      await requireMayReport(db, actor, studentId, today);
      const period = requirePeriod(query, today, accessReportPeriods.student);
      const found = await findStudentAccessReport(db, { ownerId: actor.ownerId, studentId, period, today, forStudent: false });
      if (!found) throw notFound('The student');
      return presentAccessReport(found);
    }

    app.get(
      '/api/students/:studentId/access-report',
      {
        schema: {
          summary:
            "Who read or changed the student's data in a period, from the audit log: by day, person (with roles and schools), what and how many times; refusals apart. For the skoleleder of the student's school. Default: the last 12 months; at most 366 days",
          tags,
          params: studentParams,
          querystring: accessPeriodQuery,
          response: { 200: accessReport, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const report = await studentReport(actor, studentId, request.query);
        return auditedRead(db, actor, { entity: 'access_report', entityId: studentId, detail: { period: report.period } }, [studentId], report);
      },
    );

    app.get(
      '/api/students/:studentId/access-report.pdf',
      {
        schema: {
          summary: "Who read or changed the student's data in a period, as a PDF to send on a written request (\"Utskrift på forespørsel\"); in the owner's målform unless a language is asked for",
          tags,
          params: studentParams,
          querystring: accessReportDocumentQuery,
          response: { 200: z.any().describe('application/pdf'), ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const report = await studentReport(actor, studentId, request.query);
        // The owner's målform (kept with OT's settings, src/data/ot/load-ot-settings.ts) unless the reader asks for the other.
        const language = request.query.language ?? (await loadOtSettings(db, actor.ownerId)).maalform;
        const pdf = await renderAccessReportPdf({ letterhead: await loadLetterhead(db, actor.ownerId, report.student.school.id), language, report, generatedOn: ctx.clock.today() });
        await auditedRead(db, actor, { entity: 'access_report_pdf', entityId: studentId, detail: { period: report.period, language } }, [studentId], null);
        reply.header('content-type', 'application/pdf');
        reply.header('content-disposition', `inline; filename="${accessReportFilename(report)}"`);
        return reply.send(pdf);
      },
    );

    app.get(
      '/api/staff/:staffId/access-log',
      {
        schema: {
          summary:
            "Misuse control: everything one member of staff read or changed about students in a period, each line naming the student. For the skoleleder of a school the person works at (that school's students only), and for the person themself. Default: the last 30 days; at most 366 days",
          tags,
          params: staffParams,
          querystring: accessPeriodQuery,
          response: { 200: staffAccessLog, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { staffId } = request.params;
        const schoolIds = await loadStaffSchools(db, actor.ownerId, staffId);
        if (!schoolIds) throw notFound('The member of staff', { entity: 'staff_access_log', entityId: staffId });
        if (!can(actor, 'staff.see_access_log', { staffId, schoolIds })) {
          throw forbidden('Only the leadership of a school the person works at sees what they have read', { entity: 'staff_access_log', entityId: staffId });
        }
        const period = requirePeriod(request.query, ctx.clock.today(), accessReportPeriods.staff);
        // One's own log in full; a leader sees the students of the schools they lead, where the person also works (decision 005).
        const own = staffId === actor.staffId;
        const led = actor.roles.filter((r) => r.role === 'skoleleder' && r.schoolId !== null && schoolIds.includes(r.schoolId)).map((r) => r.schoolId!);
        const found = await findStaffAccessLog(db, { ownerId: actor.ownerId, staffId, period, today: ctx.clock.today(), schoolIds: own ? null : led });
        if (!found) throw notFound('The member of staff');
        const log = presentStaffAccessLog(found);
        return auditedRead(db, actor, { entity: 'staff_access_log', entityId: staffId, detail: { period } }, studentsInStaffLog(log), log);
      },
    );

    app.get(
      '/api/schools/:schoolId/access-control/staff',
      {
        schema: {
          summary: "The school's staff with their roles, to pick one for misuse control. For the school's skoleleder",
          tags,
          params: schoolParams,
          response: { 200: accessControlStaff, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.control_access', { schoolId })) throw forbidden("Only the school's leadership controls who has read what");
        return { staff: (await listSchoolStaff(db, actor.ownerId, schoolId)).map(presentAccessActor) };
      },
    );
  };
