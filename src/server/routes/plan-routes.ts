/**
 * Plans: create, edit (a draft in place; a signed version into a new version), sign, evaluate.
 * The content is validated with the plan kind's schema and the date rules of the domain.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api.js';
import { caseDetail, caseParams, createPlanBody, evaluatePlanBody, planParams, planVersionParams, signPlanBody, updatePlanBody } from '../../shared/case-api.js';
import { caseCalendar } from '../../data/cases/case-calendar.js';
import { createPlan } from '../../data/cases/create-plan.js';
import { evaluatePlan } from '../../data/cases/evaluate-plan.js';
import { findPlanCase } from '../../data/cases/find-plan-case.js';
import { sharePlanWithHome } from '../../data/cases/share-plan-with-home.js';
import { sharedWithHome } from '../../shared/home-api.js';
import { signPlanVersion } from '../../data/cases/sign-plan-version.js';
import { updatePlan } from '../../data/cases/update-plan.js';
import type { LoadedCase } from '../../data/cases/load-case.js';
import { writeAudit } from '../../data/write-audit.js';
import { latestEvaluationDate } from '../../domain/cases/case-workflow.js';
import { planContentSchemas, planDateProblems, type PlanKind, type PlanWithContent } from '../../domain/plans/plan-content.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import type { Clock } from '../../lib/clock.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireCaseAccess, requireFollowUpCaseAccess } from '../auth/case-access.js';
import { caseDetailResponse } from '../cases/case-detail-response.js';
import { AppError, invalidFields, invalidParts, notFound } from '../errors.js';
import { datesOutsideWindows } from '../request-guards.js';
import { requireOpenCase } from './case-routes.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['plans'];

/** Validates a plan's content for its kind, its days within a plan's window, and its dates against the three-week limit. */
async function validPlan(db: Db, kase: LoadedCase, kind: PlanKind, content: unknown, clock: Clock): Promise<PlanWithContent> {
  const today = clock.today();
  const parsed = planContentSchemas[kind].safeParse(content);
  if (!parsed.success) throw invalidParts(parsed.error, 'body.content');
  const outside = datesOutsideWindows(planContentSchemas[kind], parsed.data, 'body.content', clock);
  if (outside.length > 0) throw invalidFields(outside);
  const plan = { kind, content: parsed.data } as PlanWithContent;
  const calendar = await caseCalendar(db, kase.ownerId, kase.schoolId, today);
  const startsOn = 'startsOn' in plan.content ? plan.content.startsOn : today;
  const latest = latestEvaluationDate(calendar, startsOn > today ? startsOn : today);
  const problems = planDateProblems(plan, latest).map((p) => ({
    path: `body.${p.path}`,
    message:
      p.problem === 'evaluation_too_late'
        ? `the measures run at most three weeks: evaluate on or before ${latest}`
        : p.problem === 'ends_before_start'
          ? 'ends before it starts'
          : 'is before the start',
  }));
  if (problems.length > 0) throw invalidFields(problems);
  return plan;
}

async function requirePlanCase(db: Db, actor: Actor, planId: string, today: string) {
  const found = await findPlanCase(db, actor.ownerId, planId);
  if (!found) throw notFound('The plan');
  const kase = await requireCaseAccess(db, actor, found.caseId, today, 'work', 'The plan');
  return { kase, kind: found.kind };
}

export const planRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.post(
      '/api/cases/:caseId/plans',
      { schema: { summary: 'Start a plan (version 1, a draft)', tags, params: caseParams, body: createPlanBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = requireOpenCase(await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work'));
        const today = ctx.clock.today();
        const plan = await validPlan(db, kase, request.body.kind, request.body.content, ctx.clock);
        const planId = await createPlan(db, { kase, actorStaffId: actor.staffId }, plan);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'plan', entityId: planId, studentId: kase.studentId, detail: { kind: plan.kind } });
        return caseDetailResponse(db, actor, kase.id, today);
      },
    );

    app.put(
      '/api/plans/:planId',
      { schema: { summary: 'Edit a plan: the draft in place, or a signed version into a new version', tags, params: planParams, body: updatePlanBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { kase, kind } = await requirePlanCase(db, actor, request.params.planId, ctx.clock.today());
        requireOpenCase(kase);
        const today = ctx.clock.today();
        const plan = await validPlan(db, kase, kind, request.body.content, ctx.clock);
        const result = await updatePlan(db, { kase, actorStaffId: actor.staffId }, { planId: request.params.planId, basedOnVersion: request.body.basedOnVersion, content: plan.content });
        if (!result.ok) throw new AppError('conflict', `The plan has changed since you opened it: the latest version is ${result.latest}`);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'plan', entityId: request.params.planId, studentId: kase.studentId, detail: { version: result.version } });
        return caseDetailResponse(db, actor, kase.id, today);
      },
    );

    app.post(
      '/api/plans/:planId/versions/:version/signatures',
      { schema: { summary: 'Record signatures on a plan version; from the first, the version never changes', tags, params: planVersionParams, body: signPlanBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { kase, kind } = await requirePlanCase(db, actor, request.params.planId, ctx.clock.today());
        const result = await signPlanVersion(db, { kase, actorStaffId: actor.staffId }, {
          planId: request.params.planId,
          planKind: kind,
          version: request.params.version,
          signatures: request.body.signatures,
          recordedByName: actor.name,
          now: ctx.clock.now(),
          today: ctx.clock.today(),
        });
        if (!result.ok) {
          if (result.problem === 'not_found') throw notFound('The plan version');
          if (result.problem === 'not_latest') throw new AppError('conflict', 'A newer version of the plan exists; sign that one');
          throw new AppError('conflict', `${result.name ?? 'This person'} has already signed this version`);
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'plan_signature', entityId: request.params.planId, studentId: kase.studentId, detail: { version: request.params.version, count: request.body.signatures.length } });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.post(
      '/api/plans/:planId/versions/:version/share-with-home',
      {
        schema: {
          summary: 'Share the latest draft with the student and the guardians: they can read and sign it in the home view (a signed version is theirs already)',
          tags,
          params: planVersionParams,
          response: { 200: sharedWithHome, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { kase } = await requirePlanCase(db, actor, request.params.planId, ctx.clock.today());
        const result = await sharePlanWithHome(db, { ownerId: actor.ownerId, planId: request.params.planId, version: request.params.version, staffId: actor.staffId, now: ctx.clock.now(), today: ctx.clock.today(), kase, channels: ctx.noticeChannels });
        if (!result.ok) {
          if (result.problem === 'not_found') throw notFound('The plan version');
          if (result.problem === 'not_latest') throw new AppError('conflict', 'A newer version of the plan exists; share that one');
          throw new AppError('conflict', 'The version is signed: the student and the guardians see it already');
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'plan_shared_with_home', entityId: request.params.planId, studentId: kase.studentId, detail: { version: request.params.version } });
        return { sharedWithHomeAt: result.sharedAt.toISOString() };
      },
    );

    app.post(
      '/api/plans/:planId/evaluations',
      { schema: { summary: 'Record an evaluation point: satisfactory effect yes/no and the adjustment', tags, params: planParams, body: evaluatePlanBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { kase } = await requirePlanCase(db, actor, request.params.planId, ctx.clock.today());
        requireOpenCase(kase);
        const result = await evaluatePlan(db, { kase, actorStaffId: actor.staffId }, { planId: request.params.planId, ...request.body });
        if (result === 'not_found') throw notFound('The plan version');
        if (result === 'not_signed') throw new AppError('conflict', 'Only a signed plan is evaluated: sign it first');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'plan_evaluation', entityId: request.params.planId, studentId: kase.studentId, detail: { satisfactory: request.body.satisfactory } });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );
  };

