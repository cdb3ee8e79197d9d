/**
 * The reports after each assessment round (issue 11, part 5; the IKO seed's
 * "rapporteringsfunksjon"): for the school's leadership and rådgiver every class in figures, and
 * each class's report by name — as JSON, as a PDF to print and as a spreadsheet — for them and
 * for the class's contact teacher. Leadership's review of the round and its decisions are
 * recorded with the annual wheel, not here.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, schoolParams } from '../../shared/api.js';
import { classReport, classReportParams, reportDocumentQuery, reportQuery, schoolReports, type ClassReport } from '../../shared/report-api.js';
import { findClassReports } from '../../data/leadership/find-class-reports.js';
import { loadLetterhead } from '../../data/cases/load-letterhead.js';
import type { Actor } from '../../data/load-actor.js';
import { loadGroup } from '../../data/load-group.js';
import { can } from '../../domain/access-policy.js';
import type { AssessmentRound } from '../../domain/leadership/choose-report-round.js';
import type { Db } from '../../db/database.js';
import { classReportFilename } from '../../documents/class-report-document.js';
import { renderClassReportPdf } from '../../documents/render-class-report-pdf.js';
import { renderClassReportXlsx } from '../../documents/render-class-report-xlsx.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, invalidField, notFound } from '../errors.js';
import { presentClassReport, presentSchoolReports, studentsInClassReport } from '../presenters/present-report.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['leadership'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const notBegun = () => invalidField('querystring.round', 'has not begun yet this school year');

/** The class's report as its contact teacher, the rådgiver or leadership may read it. */
async function loadClassReport(db: Db, actor: Actor, classId: string, round: AssessmentRound | undefined, today: string): Promise<ClassReport> {
  const group = await loadGroup(db, actor.ownerId, classId);
  // A report is of a class (basisgruppe), never of a teaching group.
  if (!group || group.kind !== 'basisgruppe') throw notFound('The class');
  if (!can(actor, 'class.see_report', { schoolId: group.schoolId, groupId: group.id })) {
    throw forbidden("Only the class's contact teacher, the rådgiver and leadership see its report", { entity: 'class_report', entityId: group.id });
  }
  const found = await findClassReports(db, { ownerId: actor.ownerId, schoolId: group.schoolId, today, round, classIds: [group.id] });
  if (!found.ok) throw found.problem === 'not_begun' ? notBegun() : notFound('The class');
  const ofClass = found.reports.classes[0];
  // A class of another school year has no report in this one.
  if (!ofClass) throw notFound('The class in this school year');
  return presentClassReport(found.reports, ofClass);
}

export const reportRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/schools/:schoolId/reports',
      {
        schema: {
          summary: 'Grades and absence of every class after an assessment round, in figures (no student is named): 1 and IV, students at risk in several subjects, absence over the limit',
          tags,
          params: schoolParams,
          querystring: reportQuery,
          response: { 200: schoolReports, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.see_reports', { schoolId })) throw forbidden('Only the school’s leadership and rådgiver see the reports of every class');
        const found = await findClassReports(db, { ownerId: actor.ownerId, schoolId, today: ctx.clock.today(), round: request.query.round });
        if (!found.ok) throw found.problem === 'not_begun' ? notBegun() : notFound('The school');
        return presentSchoolReports(found.reports);
      },
    );

    app.get(
      '/api/classes/:classId/report',
      {
        schema: {
          summary: "A class's grades and absence after an assessment round: per subject the grades and the absence against the limit, the students at risk of 1 or IV in several subjects",
          tags,
          params: classReportParams,
          querystring: reportQuery,
          response: { 200: classReport, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const report = await loadClassReport(db, actor, request.params.classId, request.query.round, ctx.clock.today());
        return auditedRead(db, actor, { entity: 'class_report', entityId: report.class.id, detail: { round: report.round?.round ?? null } }, studentsInClassReport(report), report);
      },
    );

    app.get(
      '/api/classes/:classId/report.pdf',
      {
        schema: {
          summary: "A class's report after an assessment round as PDF, to print",
          tags,
          params: classReportParams,
          querystring: reportDocumentQuery,
          response: { 200: z.any().describe('application/pdf'), ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const report = await loadClassReport(db, actor, request.params.classId, request.query.round, today);
        const { language } = request.query;
        const pdf = await renderClassReportPdf({ letterhead: await loadLetterhead(db, actor.ownerId, report.school.id), language, report, generatedOn: today });
        await auditedRead(db, actor, { entity: 'class_report_pdf', entityId: report.class.id, detail: { round: report.round?.round ?? null, language } }, studentsInClassReport(report), null);
        reply.header('content-type', 'application/pdf');
        reply.header('content-disposition', `inline; filename="${classReportFilename(report, 'pdf')}"`);
        return reply.send(pdf);
      },
    );

    app.get(
      '/api/classes/:classId/report.xlsx',
      {
        schema: {
          summary: "A class's report after an assessment round as a spreadsheet (XLSX)",
          tags,
          params: classReportParams,
          querystring: reportDocumentQuery,
          response: { 200: z.any().describe(XLSX_TYPE), ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const report = await loadClassReport(db, actor, request.params.classId, request.query.round, today);
        const { language } = request.query;
        const xlsx = await renderClassReportXlsx({ letterhead: await loadLetterhead(db, actor.ownerId, report.school.id), language, report, generatedOn: today });
        await auditedRead(db, actor, { entity: 'class_report_xlsx', entityId: report.class.id, detail: { round: report.round?.round ?? null, language } }, studentsInClassReport(report), null);
        reply.header('content-type', XLSX_TYPE);
        reply.header('content-disposition', `attachment; filename="${classReportFilename(report, 'xlsx')}"`);
        return reply.send(xlsx);
      },
    );
  };
