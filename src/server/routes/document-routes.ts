/**
 * The documents a school sends, as PDF in bokmål or nynorsk with the school's name: a plan
 * version with its signature block, the written summons to a meeting, the minutes of a
 * conversation. Each one made is kept in the student's file (documents) with who it goes to.
 * What goes into each is built in src/documents; the commands in ../cases make and keep them.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api.js';
import { conversationParams, meetingParams, planVersionParams } from '../../shared/case-api.js';
import { findPlanCase } from '../../data/cases/find-plan-case.js';
import { loadConversation } from '../../data/cases/load-conversation.js';
import { loadMeeting } from '../../data/cases/load-meeting.js';
import { writeAudit } from '../../data/write-audit.js';
import type { Actor } from '../../data/load-actor.js';
import type { Db } from '../../db/database.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireCaseAccess } from '../auth/case-access.js';
import { makeMinutesDocument } from '../cases/make-minutes-document.js';
import { makePlanDocument } from '../cases/make-plan-document.js';
import { makeSummonsDocument } from '../cases/make-summons-document.js';
import { notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['documents'];
const languageQuery = z.object({ language: z.enum(['nb', 'nn']).default('nb') });
const pdfResponse = { 200: z.any().describe('application/pdf') };

async function sendPdf(reply: { header: (k: string, v: string) => unknown; send: (b: Buffer) => unknown }, pdf: Buffer, filename: string) {
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `inline; filename="${filename}"`);
  reply.header('cache-control', 'no-store');
  return reply.send(pdf);
}

async function caseOfRow(db: Db, actor: Actor, caseId: string | null) {
  if (!caseId) throw notFound('The case');
  return requireCaseAccess(db, actor, caseId);
}

export const documentRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/plans/:planId/versions/:version/pdf',
      { schema: { summary: 'A plan version as PDF, with its signature block (UTKAST while unsigned)', tags, params: planVersionParams, querystring: languageQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { planId, version } = request.params;
        const language = request.query.language;
        const found = await findPlanCase(db, actor.ownerId, planId);
        if (!found) throw notFound('The plan');
        const kase = await requireCaseAccess(db, actor, found.caseId);
        const document = await makePlanDocument(db, { actor, kase, planId, version, language, today: ctx.clock.today() });
        if (!document) throw notFound('The plan version');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'plan_document', entityId: planId, studentId: kase.studentId, detail: { version, language } });
        return sendPdf(reply, document.pdf, document.filename);
      },
    );

    app.get(
      '/api/meetings/:meetingId/summons.pdf',
      { schema: { summary: 'The written summons to a case meeting, as PDF', tags, params: meetingParams, querystring: languageQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const meeting = await loadMeeting(db, actor.ownerId, request.params.meetingId);
        if (!meeting) throw notFound('The meeting');
        const kase = await caseOfRow(db, actor, meeting.caseId);
        const language = request.query.language;
        const document = await makeSummonsDocument(db, { actor, kase, meeting, language, today: ctx.clock.today() });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'summons_document', entityId: meeting.id, studentId: kase.studentId, detail: { language } });
        return sendPdf(reply, document.pdf, document.filename);
      },
    );

    app.get(
      '/api/conversations/:conversationId/minutes.pdf',
      { schema: { summary: 'The minutes of a conversation, for every participant, as PDF', tags, params: conversationParams, querystring: languageQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const conversation = await loadConversation(db, actor.ownerId, request.params.conversationId);
        if (!conversation) throw notFound('The conversation');
        const kase = await caseOfRow(db, actor, conversation.caseId);
        const language = request.query.language;
        const document = await makeMinutesDocument(db, { actor, kase, conversation, language, today: ctx.clock.today() });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'minutes_document', entityId: conversation.id, studentId: kase.studentId, detail: { language } });
        return sendPdf(reply, document.pdf, document.filename);
      },
    );
  };
