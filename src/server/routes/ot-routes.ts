/**
 * Oppfølgingstenesta's side of Varde (issue 12, parts 5–7; OpenAPI tag `ot`): the school writes a
 * student out and the youth enters OT's register; OT's list of youth outside school to the age
 * limit, each youth's follow-up (contact attempts, the directorate's status codes, activities, the
 * plan, the written information), the clarification meetings OT takes part in, the county's figures
 * and their export, and the owner's OT settings.
 *
 * OT reaches a youth only through the register and the clarification cases it takes part in, never
 * the student's page at the school; every read that names a youth is audited, one entry per youth
 * (docs/decisions/013, 020). The domain decides who is in the list on a day (src/domain/ot/).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, studentParams } from '../../shared/api.js';
import {
  advisorBody,
  departureBody,
  departureResult,
  otAdvisors,
  otAvklaringList,
  otEntryBody,
  otSettings,
  otStatistics,
  statisticsQuery,
  youthDetail,
  youthList,
  youthListQuery,
  youthParams,
  type YouthDetail,
} from '../../shared/ot-api.js';
import { can } from '../../domain/access-policy.js';
import { withinOtAge } from '../../domain/ot/ot-age-limit.js';
import { inOtList } from '../../domain/ot/ot-follow-up.js';
import { isMinorOn } from '../../domain/student-age.js';
import type { Actor } from '../../data/load-actor.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { writeAudit } from '../../data/write-audit.js';
import { findOtAdvisors } from '../../data/ot/find-ot-advisors.js';
import { findOtAvklaringar } from '../../data/ot/find-ot-avklaringar.js';
import { findOtStatistics } from '../../data/ot/find-ot-statistics.js';
import { findYouthAgreement } from '../../data/ot/find-youth-agreement.js';
import { loadOtSettings } from '../../data/ot/load-ot-settings.js';
import { loadOtYouth, type LoadedOtYouth } from '../../data/ot/load-ot-youth.js';
import { loadYouthGuardians } from '../../data/ot/load-youth-guardians.js';
import { recordOtEntry } from '../../data/ot/record-ot-entry.js';
import { registerDeparture } from '../../data/ot/register-departure.js';
import { saveOtSettings } from '../../data/ot/save-ot-settings.js';
import { setYouthAdvisor } from '../../data/ot/set-youth-advisor.js';
import type { Db } from '../../db/database.js';
import { otStatisticsFilename, renderOtStatisticsCsv } from '../../documents/render-ot-statistics-csv.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, invalidField, notFound } from '../errors.js';
import { archiveAgreementDocument } from '../ot/make-agreement-document.js';
import { presentOtStatistics, presentYouthDetail, presentYouthSummary, statisticsBySchoolAndStatus } from '../presenters/present-ot.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['ot'];

const refuseList = () => forbidden("Only Oppfølgingstenesta's advisors see OT's list", { entity: 'ot_youth' });

/** A youth of the owner's register, or 404. */
async function requireYouth(db: Db, actor: Actor, youthId: string): Promise<LoadedOtYouth> {
  const [youth] = await loadOtYouth(db, actor.ownerId, { youthId });
  if (!youth) throw notFound('The youth', { entity: 'ot_youth', entityId: youthId });
  return youth;
}

/** The youth's follow-up as OT reads it: the guardians only while the youth is a minor (or the birth date is missing). */
async function youthDetailOf(db: Db, actor: Actor, youth: LoadedOtYouth, today: string): Promise<YouthDetail> {
  const settings = await loadOtSettings(db, actor.ownerId);
  const minor = isMinorOn(youth.birthDate, today);
  return presentYouthDetail(youth, {
    limit: settings.limit,
    today,
    guardians: minor ? await loadYouthGuardians(db, actor.ownerId, youth.studentId) : [],
    agreement: youth.caseId ? await findYouthAgreement(db, actor.ownerId, youth.caseId) : undefined,
    mayFollowUp: can(actor, 'ot.follow_up', {}),
  });
}

/** A write to a youth's follow-up: OT's advisors only, and never to the archive (past the age limit). */
async function requireWritableYouth(db: Db, actor: Actor, youthId: string, today: string): Promise<LoadedOtYouth> {
  if (!can(actor, 'ot.follow_up', {})) throw forbidden("Only Oppfølgingstenesta's advisors follow a youth up", { entity: 'ot_youth', entityId: youthId });
  const youth = await requireYouth(db, actor, youthId);
  const { limit } = await loadOtSettings(db, actor.ownerId);
  if (!withinOtAge(youth.birthDate, limit, today)) throw new AppError('conflict', 'The youth is past the age limit of the right to follow-up: the record is archived and read-only');
  return youth;
}

export const otRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.post(
      '/api/students/:studentId/departure',
      {
        schema: {
          summary: "Write the student out of school with the end date and the school system's reason code: the youth enters OT's list with the clarification meeting's agreement, and an open clarification case closes as handed to OT",
          tags,
          params: studentParams,
          body: departureBody,
          response: { 201: departureResult, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
        const subject = { entity: 'student', entityId: studentId, studentId };
        // A student the person cannot see at all is answered as one that does not exist (docs/decisions/014).
        if (!facts || !can(actor, 'student.see', facts)) throw notFound('The student', facts ? subject : undefined);
        if (!can(actor, 'student.register_departure', facts)) throw forbidden("Only the school's leadership and rådgiver write a student out", subject);
        const { leftOn, reason, note } = request.body;
        const result = await registerDeparture(db, { ownerId: actor.ownerId, studentId, leftOn, reason, note, actorStaffId: actor.staffId, today, now: ctx.clock.now(), archiveAgreement: archiveAgreementDocument });
        if (!result.ok) {
          if (result.problem === 'no_student') throw notFound('The student');
          throw new AppError('conflict', 'The student has already been written out');
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'ot_youth', entityId: result.otYouthId, studentId, detail: { leftOn, reason, closedCaseId: result.closedCaseId } });
        return reply.code(201).send({ otYouthId: result.otYouthId, closedCaseId: result.closedCaseId });
      },
    );

    app.get(
      '/api/ot/youth',
      {
        schema: {
          summary: "OT's list: the youth who left school and are inside the age limit today (aktive), or past it (arkiv, read-only); mine=true for the signed-in advisor's own",
          tags,
          querystring: youthListQuery,
          response: { 200: youthList, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'ot.see_list', {})) throw refuseList();
        const today = ctx.clock.today();
        const { scope, mine } = request.query;
        const [{ limit }, register] = await Promise.all([loadOtSettings(db, actor.ownerId), loadOtYouth(db, actor.ownerId)]);
        const shown = register
          .filter((y) => (scope === 'aktive' ? inOtList(y, limit, today) : !withinOtAge(y.birthDate, limit, today)))
          .filter((y) => !mine || y.advisor?.staffId === actor.staffId);
        const answer = { today, youth: shown.map((y) => presentYouthSummary(y, limit, today)) };
        return auditedRead(db, actor, { entity: 'ot_youth_list', detail: { scope, mine } }, shown.map((y) => y.studentId), answer);
      },
    );

    app.get(
      '/api/ot/youth/:youthId',
      {
        schema: {
          summary: "A youth's follow-up: the entries, the clarification meeting's signed agreement, the current plan, and the guardians while the youth is a minor",
          tags,
          params: youthParams,
          response: { 200: youthDetail, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { youthId } = request.params;
        if (!can(actor, 'ot.see_list', {})) throw forbidden("Only Oppfølgingstenesta's advisors see OT's list", { entity: 'ot_youth', entityId: youthId });
        const youth = await requireYouth(db, actor, youthId);
        const answer = await youthDetailOf(db, actor, youth, ctx.clock.today());
        return auditedRead(db, actor, { entity: 'ot_youth', entityId: youthId }, [youth.studentId], answer);
      },
    );

    app.post(
      '/api/ot/youth/:youthId/entries',
      {
        schema: {
          summary: "Record a step of OT's follow-up: a contact attempt, a status from the directorate's code list, an activity, a version of the plan, the written information about the right, or a note",
          tags,
          params: youthParams,
          body: otEntryBody,
          response: { 201: youthDetail, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { youthId } = request.params;
        const today = ctx.clock.today();
        const youth = await requireWritableYouth(db, actor, youthId, today);
        const body = request.body;
        const { kind, on, ...detail } = body;
        const statusCode = body.kind === 'status' ? body.statusCode : null;
        if (body.kind === 'status') delete (detail as { statusCode?: unknown }).statusCode;
        const entryId = await recordOtEntry(db, { ownerId: actor.ownerId, youthId, staffId: actor.staffId, kind, on, statusCode, detail });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'ot_follow_up_entry', entityId: entryId, studentId: youth.studentId, detail: { kind, youthId } });
        return reply.code(201).send(await youthDetailOf(db, actor, await requireYouth(db, actor, youthId), today));
      },
    );

    app.put(
      '/api/ot/youth/:youthId/advisor',
      {
        schema: {
          summary: 'Give the youth to an OT advisor of the owner (or to nobody: null)',
          tags,
          params: youthParams,
          body: advisorBody,
          response: { 200: youthDetail, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { youthId } = request.params;
        const today = ctx.clock.today();
        const youth = await requireWritableYouth(db, actor, youthId, today);
        const { staffId } = request.body;
        const result = await setYouthAdvisor(db, { ownerId: actor.ownerId, youthId, advisorStaffId: staffId });
        if (!result.ok) throw invalidField('body.staffId', 'no such OT advisor');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'ot_youth', entityId: youthId, studentId: youth.studentId, detail: { advisorStaffId: staffId } });
        return youthDetailOf(db, actor, await requireYouth(db, actor, youthId), today);
      },
    );

    app.get(
      '/api/ot/advisors',
      { schema: { summary: "The owner's OT advisors, whom a youth can be given to", tags, response: { 200: otAdvisors, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'ot.see_list', {})) throw forbidden("Only Oppfølgingstenesta's advisors give youth to each other", { entity: 'ot_advisors' });
        return { advisors: await findOtAdvisors(db, actor.ownerId) };
      },
    );

    app.get(
      '/api/ot/avklaringar',
      {
        schema: {
          summary: 'The clarification meetings (ot_avklaring cases) the signed-in OT advisor takes part in: those coming first, then those held',
          tags,
          response: { 200: otAvklaringList, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'ot.see_list', {})) throw forbidden("Only Oppfølgingstenesta's advisors have clarification meetings to go to", { entity: 'ot_avklaringar' });
        const rows = await findOtAvklaringar(db, actor.ownerId, actor.staffId, ctx.clock.now());
        const answer = {
          avklaringar: rows.map((r) => ({ ...r, meetingAt: r.meetingAt?.toISOString() ?? null, signedAt: r.signedAt?.toISOString() ?? null })),
        };
        return auditedRead(db, actor, { entity: 'ot_avklaringar' }, rows.map((r) => r.student.id), answer);
      },
    );

    app.get(
      '/api/ot/statistics',
      {
        schema: {
          summary: "OT's figures for the county on a day (default today): the youth in the list by status, status group, school of origin and reason for leaving; counts under 5 hidden (null)",
          tags,
          querystring: statisticsQuery,
          response: { 200: otStatistics, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'ot.see_statistics', {})) throw forbidden("OT's figures are for OT and the school owner", { entity: 'ot_statistics' });
        return presentOtStatistics(await findOtStatistics(db, actor.ownerId, request.query.on ?? ctx.clock.today()));
      },
    );

    app.get(
      '/api/ot/statistics.csv',
      {
        schema: {
          summary: "OT's figures on a day as CSV with the directorate's status codes, one row per school of origin and code, for the county's reporting; counts under 5 written \"<5\"",
          tags,
          querystring: statisticsQuery,
          response: { 200: z.any().describe('text/csv'), ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'ot.see_statistics', {})) throw forbidden("OT's figures are for OT and the school owner", { entity: 'ot_statistics' });
        const on = request.query.on ?? ctx.clock.today();
        const reading = await findOtStatistics(db, actor.ownerId, on);
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header('content-disposition', `attachment; filename="${otStatisticsFilename(on)}"`);
        return reply.send(renderOtStatisticsCsv({ on, schools: statisticsBySchoolAndStatus(reading) }));
      },
    );

    app.get(
      '/api/owner/ot-settings',
      {
        schema: { summary: "The owner's OT settings: the age limit of the right to follow-up, and the owner's målform", tags, response: { 200: otSettings, ...errors } },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'owner.see_ot_settings', {})) throw forbidden("The OT settings are for OT, the school owner and the administrator", { entity: 'owner_ot_settings' });
        const { limit, maalform } = await loadOtSettings(db, actor.ownerId);
        return { ageLimit: limit.age, runsTo: limit.runsTo, maalform };
      },
    );

    app.put(
      '/api/owner/ot-settings',
      {
        schema: {
          summary: "Set the owner's OT settings (administrator): the age and whether the right runs to the end of the calendar year or of the school year the youth turns it, and the målform",
          tags,
          body: otSettings,
          response: { 200: otSettings, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'owner.edit_ot_settings', {})) throw forbidden('Only an administrator sets the OT settings', { entity: 'owner_ot_settings' });
        const { ageLimit, runsTo, maalform } = request.body;
        await saveOtSettings(db, actor.ownerId, { limit: { age: ageLimit, runsTo }, maalform });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'owner_ot_settings', detail: { ageLimit, runsTo, maalform } });
        return { ageLimit, runsTo, maalform };
      },
    );
  };
