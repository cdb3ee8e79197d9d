/**
 * The delivery log and the resend (issue 15, parts 4 and 6; OpenAPI tag `notices`): what Varde
 * sent about a student or in a case, to whom, by which channel and how it went; a notice that
 * failed or was not sent is sent again by the channel that reaches its person now. And the
 * school's notice settings, seen by its leadership and set by its skoleleder.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { keepVisibleCases } from '../../data/cases/keep-visible-cases.js';
import { loadCase } from '../../data/cases/load-case.js';
import type { Actor } from '../../data/load-actor.js';
import { findCaseNoticeLog, findCasesOfNotices, findNoticeLine, findStudentNoticeLog, type NoticeLogRow } from '../../data/notices/find-notice-log.js';
import { findNoticeSettings, saveNoticeSettings } from '../../data/notices/notice-settings.js';
import { contactOf, findRecipientContacts, resendChannel, resendNotice } from '../../data/notices/resend-notice.js';
import { writeAudit } from '../../data/write-audit.js';
import { can } from '../../domain/access-policy.js';
import { apiError } from '../../shared/api.js';
import { noticeCaseParams, noticeLine, noticeLog, noticeParams, noticeSchoolParams, noticeSettings, noticeSettingsBody, noticeStudentParams, type NoticeLog } from '../../shared/notice-api.js';
import { caseResource, requireCaseAccess } from '../auth/case-access.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { presentNoticeLine } from '../presenters/present-notice.js';
import type { RouteContext } from './context.js';

const tags = ['notices'];
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const noticeRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /** Whether the reader may write in each case: a notice of a case is sent again by those who work in it. */
    const mayWorkIn = async (actor: Actor, caseIds: readonly string[], today: string) => {
      const may = new Set<string>();
      for (const caseId of caseIds) {
        const kase = await loadCase(db, actor.ownerId, caseId);
        if (kase && can(actor, 'case.work_in', await caseResource(db, kase, today))) may.add(caseId);
      }
      return may;
    };

    /** The log's lines, each told whether the reader may send it again now. */
    const presentLog = async (actor: Actor, studentId: string, rows: readonly NoticeLogRow[], mayWrite: (row: NoticeLogRow) => boolean): Promise<NoticeLog> => {
      const contacts = await findRecipientContacts(db, actor.ownerId, rows);
      return {
        studentId,
        notices: rows.map((row) => presentNoticeLine(row, mayWrite(row) && resendChannel(row, contactOf(contacts, row), ctx.noticeChannels) !== null)),
        channels: [...ctx.noticeChannels.configured],
      };
    };

    app.get(
      '/api/students/:studentId/notices',
      {
        schema: {
          summary: "The notices sent to the student's home about the student, newest first: to whom, by which channel, when, and how it went",
          tags,
          params: noticeStudentParams,
          response: { 200: noticeLog, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const { access } = await requireStudentAccess(db, actor, studentId, today, 'any');
        // A subject teacher's view of the student does not show the home (as the student page does not); nor a case hidden from the reader.
        const all = access.kind === 'full' ? await findStudentNoticeLog(db, actor.ownerId, studentId) : [];
        const casesOfLog = await findCasesOfNotices(db, actor.ownerId, all);
        const visibleCases = new Set(casesOfLog.length === 0 ? [] : (await keepVisibleCases(db, actor.ownerId, actor, casesOfLog, today)).map((c) => c.id));
        const rows = all.filter((r) => r.caseId === null || visibleCases.has(r.caseId));
        const workable = await mayWorkIn(actor, [...visibleCases], today);
        const log = await presentLog(actor, studentId, rows, (r) => (r.caseId ? workable.has(r.caseId) : access.kind === 'full'));
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'notices', studentId, detail: { access: access.kind, count: rows.length } });
        return log;
      },
    );

    app.get(
      '/api/cases/:caseId/notices',
      { schema: { summary: 'The notices sent in a case, newest first: to whom, by which channel, when, and how it went', tags, params: noticeCaseParams, response: { 200: noticeLog, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const kase = await requireCaseAccess(db, actor, request.params.caseId, today, 'read');
        const rows = await findCaseNoticeLog(db, actor.ownerId, kase.id);
        const mayWrite = can(actor, 'case.work_in', await caseResource(db, kase, today));
        const log = await presentLog(actor, kase.studentId, rows, () => mayWrite);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'case_notices', entityId: kase.id, studentId: kase.studentId, detail: { count: rows.length } });
        return log;
      },
    );

    app.post(
      '/api/notices/:noticeId/resend',
      {
        schema: {
          summary: 'Send a notice that failed or was not sent again, by the channel that reaches its person with the address they have now',
          tags,
          params: noticeParams,
          response: { 200: noticeLine, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { noticeId } = request.params;
        const today = ctx.clock.today();
        const notice = await findNoticeLine(db, actor.ownerId, noticeId);
        if (!notice) throw notFound('The notice');
        // Sent again by those who may write where it was sent: in its case, or on its student's page.
        if (notice.caseId) await requireCaseAccess(db, actor, notice.caseId, today, 'work', 'The notice');
        else if (notice.studentId) await requireStudentAccess(db, actor, notice.studentId, today, 'full', 'The notice');
        else throw notFound('The notice', { entity: 'notice', entityId: noticeId });
        const outcome = await resendNotice(db, { ownerId: actor.ownerId, noticeId, channels: ctx.noticeChannels, resentBy: actor.staffId, now: ctx.clock.now() });
        if (!outcome.ok) {
          if (outcome.problem === 'not_found') throw notFound('The notice');
          if (outcome.problem === 'not_resendable') throw new AppError('notice_not_resendable', `The notice is ${notice.status}: only a notice that failed or was not sent is sent again`);
          throw new AppError('notice_unreachable', 'No configured channel reaches the recipient: add an e-mail address or a mobile number first');
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'notice', entityId: noticeId, studentId: notice.studentId, detail: { resend: true, kind: notice.kind, channel: outcome.channel } });
        const resent = (await findNoticeLine(db, actor.ownerId, noticeId))!;
        // Queued now: nothing to send again until it fails.
        return presentNoticeLine(resent, false);
      },
    );

    app.get(
      '/api/schools/:schoolId/notice-settings',
      { schema: { summary: "The school's notice settings: the language of its notices, and the same-day notice to guardians (off by default)", tags, params: noticeSchoolParams, response: { 200: noticeSettings, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.see_notice_settings', { schoolId })) throw forbidden("Only the school's leadership sees its notice settings", { entity: 'notice_settings', entityId: schoolId });
        const settings = await findNoticeSettings(db, actor.ownerId, schoolId);
        if (!settings) throw notFound('The school');
        return settings;
      },
    );

    app.put(
      '/api/schools/:schoolId/notice-settings',
      {
        schema: {
          summary: "Set the school's notice settings: the language of its notices, and whether guardians get the same-day notice of an unexplained absence (with the number to call)",
          tags,
          params: noticeSchoolParams,
          body: noticeSettingsBody,
          response: { 200: noticeSettings, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.set_notice_settings', { schoolId })) throw forbidden("Only the school's skoleleder sets its notice settings", { entity: 'notice_settings', entityId: schoolId });
        const settings = { ...request.body, phone: request.body.phone?.trim() || null };
        if (!(await saveNoticeSettings(db, actor.ownerId, schoolId, settings))) throw notFound('The school');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'notice_settings', entityId: schoolId, detail: { language: settings.language, sameDayAbsenceNotice: settings.sameDayAbsenceNotice } });
        return settings;
      },
    );
  };
