/**
 * The documents a school sends, as PDF in bokmål or nynorsk with the school's name: a plan
 * version with its signature block, the written summons to a meeting, the minutes of a
 * conversation. Each one made is kept in the student's file (documents) with who it goes to.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../shared/api.js';
import { conversationParams, meetingParams, planVersionParams, type CaseDetail } from '../../shared/case-api.js';
import { conversations, meetings, staff } from '../../db/schema.js';
import { planCaseId } from '../../data/cases/case-plans.js';
import { loadLetterhead, storeDocument } from '../../data/cases/store-document.js';
import { writeAudit } from '../../data/write-audit.js';
import type { Actor } from '../../data/load-actor.js';
import type { Db } from '../../db/database.js';
import { renderMinutesPdf } from '../../documents/render-minutes-pdf.js';
import { renderPlanPdf } from '../../documents/render-plan-pdf.js';
import { renderSummonsPdf } from '../../documents/render-summons-pdf.js';
import type { DocumentLanguage, ExpectedSignatory } from '../../documents/document-models.js';
import { causeCategoryLabels, guideByKey, type CauseCategory, type GuideKey } from '../../domain/kartlegging/conversation-guides.js';
import type { FollowUpCaseKind } from '../../domain/cases/case-workflow.js';
import type { PlanWithContent } from '../../domain/plans/plan-content.js';
import { ageOn } from '../../domain/school-calendar.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireCaseAccess } from '../auth/case-access.js';
import { caseDetailResponse } from '../cases/case-detail-response.js';
import { notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['documents'];
const languageQuery = z.object({ language: z.enum(['nb', 'nn']).default('nb') });
const pdfResponse = { 200: z.any().describe('application/pdf') };

const titles = {
  plan: { nb: (kind: string, v: number) => `${kind} versjon ${v}`, nn: (kind: string, v: number) => `${kind} versjon ${v}` },
  summons: { nb: 'Innkalling til møte', nn: 'Innkalling til møte' },
  minutes: { nb: 'Referat fra samtale', nn: 'Referat frå samtale' },
  minutesTitle: { nb: 'Referat fra kartleggingssamtale', nn: 'Referat frå kartleggingssamtale' },
} as const;

/** The people who sign a plan: the school, the guardians while the student is under 18, the student. */
function expectedSignatories(detail: CaseDetail, today: string): ExpectedSignatory[] {
  const school: ExpectedSignatory = { role: 'skole', name: detail.responsible.name };
  const guardians: ExpectedSignatory[] =
    ageOn(detail.student.birthDate, today) < 18 ? detail.guardians.filter((g) => g.parentalResponsibility).map((g) => ({ role: 'foresatt' as const, name: g.name })) : [];
  return [school, ...guardians, { role: 'elev', name: detail.student.name }];
}

/** Who gets the summons: the guardians with parental responsibility while the student is under 18, else the student. */
function summonsRecipients(detail: CaseDetail, today: string): string[] {
  if (ageOn(detail.student.birthDate, today) >= 18) return [detail.student.name];
  const guardians = detail.guardians.filter((g) => g.parentalResponsibility).map((g) => g.name);
  return guardians.length > 0 ? guardians : [detail.student.name];
}

function titleOf(actor: Actor, schoolId: string): string {
  return actor.roles.find((r) => r.schoolId === schoolId && r.title)?.title ?? '';
}

async function sendPdf(reply: { header: (k: string, v: string) => unknown; send: (b: Buffer) => unknown }, pdf: Buffer, filename: string) {
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `inline; filename="${filename}"`);
  reply.header('cache-control', 'no-store');
  return reply.send(pdf);
}

async function staffEmail(db: Db, actor: Actor): Promise<string | null> {
  const [row] = await db.select({ email: staff.email }).from(staff).where(and(eq(staff.ownerId, actor.ownerId), eq(staff.id, actor.staffId)));
  return row?.email ?? null;
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
        const found = await planCaseId(db, actor.ownerId, request.params.planId);
        if (!found) throw notFound('The plan');
        const kase = await requireCaseAccess(db, actor, found.caseId);
        const today = ctx.clock.today();
        const detail = await caseDetailResponse(db, actor, kase.id, today);
        const plan = detail.plans.find((p) => p.id === request.params.planId)!;
        const version = plan.versions.find((v) => v.version === request.params.version);
        if (!version) throw notFound('The plan version');
        const language: DocumentLanguage = request.query.language;
        const pdf = await renderPlanPdf({
          letterhead: await loadLetterhead(db, actor.ownerId, kase.schoolId),
          language,
          student: { name: detail.student.name, birthDate: detail.student.birthDate, groupName: detail.student.groupName },
          plan: { kind: plan.kind, content: version.content } as PlanWithContent,
          version: version.version,
          versionCreatedAt: version.createdAt,
          signatures: version.signatures,
          signatoriesExpected: expectedSignatories(detail, today),
          evaluations: plan.evaluations.filter((e) => e.version === version.version),
          responsibleName: detail.responsible.name,
          generatedOn: today,
        });
        const title = titles.plan[language](plan.kind, version.version);
        await storeDocument(db, { ownerId: actor.ownerId, studentId: kase.studentId, caseId: kase.id, kind: plan.kind, title, language, pdf, sentTo: [], createdBy: actor.staffId });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'plan_document', entityId: plan.id, studentId: kase.studentId, detail: { version: version.version, language } });
        return sendPdf(reply, pdf, `${plan.kind}-v${version.version}.pdf`);
      },
    );

    app.get(
      '/api/meetings/:meetingId/summons.pdf',
      { schema: { summary: 'The written summons to a case meeting, as PDF', tags, params: meetingParams, querystring: languageQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const [meeting] = await db.select().from(meetings).where(and(eq(meetings.ownerId, actor.ownerId), eq(meetings.id, request.params.meetingId)));
        if (!meeting) throw notFound('The meeting');
        const kase = await caseOfRow(db, actor, meeting.caseId);
        const today = ctx.clock.today();
        const detail = await caseDetailResponse(db, actor, kase.id, today);
        const language: DocumentLanguage = request.query.language;
        const recipients = summonsRecipients(detail, today);
        const pdf = await renderSummonsPdf({
          letterhead: await loadLetterhead(db, actor.ownerId, kase.schoolId),
          language,
          student: { name: detail.student.name, birthDate: detail.student.birthDate, groupName: detail.student.groupName },
          caseKind: kase.kind as FollowUpCaseKind,
          recipients,
          meeting: {
            kind: meeting.kind as 'kartleggingsmote' | 'evalueringsmote' | 'annet',
            startsAt: meeting.startsAt.toISOString(),
            place: meeting.place ?? '',
            purpose: (meeting.agenda as string[]).join('\n'),
            invited: meeting.invited as Array<{ name: string; role: string }>,
          },
          sender: { name: actor.name, title: titleOf(actor, kase.schoolId), email: await staffEmail(db, actor) },
          sentOn: meeting.summonsSentOn ?? today,
        });
        await storeDocument(db, { ownerId: actor.ownerId, studentId: kase.studentId, caseId: kase.id, kind: 'innkalling', title: titles.summons[language], language, pdf, sentTo: recipients, createdBy: actor.staffId });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'summons_document', entityId: meeting.id, studentId: kase.studentId, detail: { language } });
        return sendPdf(reply, pdf, 'innkalling.pdf');
      },
    );

    app.get(
      '/api/conversations/:conversationId/minutes.pdf',
      { schema: { summary: 'The minutes of a conversation, for every participant, as PDF', tags, params: conversationParams, querystring: languageQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const [row] = await db.select().from(conversations).where(and(eq(conversations.ownerId, actor.ownerId), eq(conversations.id, request.params.conversationId)));
        if (!row) throw notFound('The conversation');
        const kase = await caseOfRow(db, actor, row.caseId);
        const today = ctx.clock.today();
        const detail = await caseDetailResponse(db, actor, kase.id, today);
        const language: DocumentLanguage = request.query.language;
        const answers = row.answers as Record<string, string>;
        const sections =
          row.guide === 'fritt'
            ? []
            : guideByKey(row.guide as GuideKey).sections.map((s) => ({
                heading: s.title[language],
                items: s.questions.filter((q) => (answers[q.id] ?? '').trim() !== '').map((q) => ({ question: q.text[language], answer: answers[q.id]! })),
              })).filter((s) => s.items.length > 0);
        const participants = row.participants as Array<{ name: string; role: string }>;
        const pdf = await renderMinutesPdf({
          letterhead: await loadLetterhead(db, actor.ownerId, kase.schoolId),
          language,
          student: { name: detail.student.name, birthDate: detail.student.birthDate, groupName: detail.student.groupName },
          title: titles.minutesTitle[language],
          heldOn: row.heldOn,
          participants,
          sections,
          summary: row.summary ?? '',
          causeCategories: (row.causeCategories as CauseCategory[]).map((c) => causeCategoryLabels[c][language]),
          maintainingFactors: row.maintainingFactors as string[],
          nextSteps: row.nextSteps ?? '',
          writtenBy: { name: detail.conversations.find((c) => c.id === row.id)?.createdBy ?? actor.name, title: titleOf(actor, kase.schoolId) },
          writtenOn: row.createdAt.toISOString(),
          // The minutes go to every participant.
          distribution: participants.map((p) => p.name),
        });
        await storeDocument(db, { ownerId: actor.ownerId, studentId: kase.studentId, caseId: kase.id, kind: 'referat', title: titles.minutes[language], language, pdf, sentTo: participants.map((p) => p.name), createdBy: actor.staffId });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'minutes_document', entityId: row.id, studentId: kase.studentId, detail: { language } });
        return sendPdf(reply, pdf, 'referat.pdf');
      },
    );
  };
