/**
 * The documents a school sends, as PDF in bokmål or nynorsk with the school's name: a plan
 * version with its signature block, the written summons to a meeting, the minutes of a
 * conversation. Each one made is kept in the student's file (documents) with who it goes to.
 * What goes into each is built in src/documents; the commands in ../cases make and keep them.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api.js';
import { conversationParams, documentQuery, meetingParams, planVersionParams } from '../../shared/case-api.js';
import { findPlanCase } from '../../data/cases/find-plan-case.js';
import { loadConversation } from '../../data/cases/load-conversation.js';
import { loadMeeting } from '../../data/cases/load-meeting.js';
import { writeAudit } from '../../data/write-audit.js';
import type { Actor } from '../../data/load-actor.js';
import type { Db } from '../../db/database.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireCaseAccess, requireFollowUpCaseAccess } from '../auth/case-access.js';
import { makeMinutesDocument } from '../cases/make-minutes-document.js';
import { makePlanDocument } from '../cases/make-plan-document.js';
import { makeSummonsDocument } from '../cases/make-summons-document.js';
import { notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['documents'];
const pdfResponse = { 200: z.any().describe('application/pdf') };

type PdfReply = { header: (k: string, v: string) => unknown; send: (b: Buffer) => unknown };

/** A document is served only once its reading is in the audit trail, against the student's file. */
async function sendAuditedPdf(
  db: Db,
  reply: PdfReply,
  actor: Actor,
  read: { entity: string; entityId: string; studentId: string; detail: Record<string, unknown> },
  document: { pdf: Buffer; filename: string },
) {
  await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', ...read });
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `inline; filename="${document.filename}"`);
  reply.header('cache-control', 'no-store');
  return reply.send(document.pdf);
}

/** The meeting or conversation a document is made from, with its case once the actor may see it. */
async function withCase<T extends { caseId: string | null }>(db: Db, actor: Actor, row: T | undefined, what: string, today: string) {
  if (!row) throw notFound(what);
  if (!row.caseId) throw notFound(what);
  return { row, kase: await requireFollowUpCaseAccess(db, actor, row.caseId, today, 'read', what) };
}

export const documentRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/plans/:planId/versions/:version/pdf',
      { schema: { summary: 'A plan version as PDF, with its signature block (UTKAST while unsigned)', tags, params: planVersionParams, querystring: documentQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { planId, version } = request.params;
        const language = request.query.language;
        const found = await findPlanCase(db, actor.ownerId, planId);
        if (!found) throw notFound('The plan');
        const kase = await requireCaseAccess(db, actor, found.caseId, ctx.clock.today(), 'read', 'The plan');
        const document = await makePlanDocument(db, { actor, kase, planId, version, language, today: ctx.clock.today() });
        if (!document) throw notFound('The plan version');
        return sendAuditedPdf(db, reply, actor, { entity: 'plan_document', entityId: planId, studentId: kase.studentId, detail: { version, language } }, document);
      },
    );

    app.get(
      '/api/meetings/:meetingId/summons.pdf',
      { schema: { summary: 'The written summons to a case meeting, as PDF', tags, params: meetingParams, querystring: documentQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { row: meeting, kase } = await withCase(db, actor, await loadMeeting(db, actor.ownerId, request.params.meetingId), 'The meeting', ctx.clock.today());
        const language = request.query.language;
        const document = await makeSummonsDocument(db, { actor, kase, meeting, language, today: ctx.clock.today() });
        return sendAuditedPdf(db, reply, actor, { entity: 'summons_document', entityId: meeting.id, studentId: kase.studentId, detail: { language } }, document);
      },
    );

    app.get(
      '/api/conversations/:conversationId/minutes.pdf',
      { schema: { summary: 'The minutes of a conversation, for every participant, as PDF', tags, params: conversationParams, querystring: documentQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { row: conversation, kase } = await withCase(db, actor, await loadConversation(db, actor.ownerId, request.params.conversationId), 'The conversation', ctx.clock.today());
        const language = request.query.language;
        const document = await makeMinutesDocument(db, { actor, kase, conversation, language, today: ctx.clock.today(), channels: ctx.noticeChannels });
        return sendAuditedPdf(db, reply, actor, { entity: 'minutes_document', entityId: conversation.id, studentId: kase.studentId, detail: { language } }, document);
      },
    );
  };
