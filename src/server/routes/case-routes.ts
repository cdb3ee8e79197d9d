/**
 * Cases: lists, opening, the case page, moving along the steps, participants, and what is
 * recorded in a case (conversations, home contacts, referrals, meetings). Every read and change
 * of a case is written to the audit log with the student it concerns.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, studentParams } from '../../shared/api.js';
import {
  addParticipantBody,
  caseDetail,
  caseList,
  caseListQuery,
  caseParams,
  caseTransitionBody,
  conversationBody,
  homeContactBody,
  meetingBody,
  openCaseBody,
  participantParams,
  referralBody,
  staffCandidates,
} from '../../shared/case-api.js';
import { addParticipant } from '../../data/cases/add-participant.js';
import { findCases } from '../../data/cases/find-cases.js';
import { keepVisibleCases } from '../../data/cases/keep-visible-cases.js';
import { findStaffCandidates } from '../../data/cases/find-staff-candidates.js';
import { isGuardianOf } from '../../data/cases/is-guardian-of.js';
import { loadStudentBasics } from '../../data/cases/load-student-basics.js';
import { openCase } from '../../data/cases/open-case.js';
import { recordConversation } from '../../data/cases/record-conversation.js';
import { recordHomeContact } from '../../data/cases/record-home-contact.js';
import { recordMeeting } from '../../data/cases/record-meeting.js';
import { recordReferral } from '../../data/cases/record-referral.js';
import { removeParticipant } from '../../data/cases/remove-participant.js';
import { transitionCase } from '../../data/cases/transition-case.js';
import type { Actor } from '../../data/load-actor.js';
import { loadStaffMember } from '../../data/load-staff-member.js';
import { writeAudit } from '../../data/write-audit.js';
import { can } from '../../domain/access-policy.js';
import { checkReferral } from '../../domain/referrals/check-referral.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireCaseAccess, requireFollowUpCaseAccess } from '../auth/case-access.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { caseDetailResponse } from '../cases/case-detail-response.js';
import { AppError, forbidden, invalidField, invalidFields } from '../errors.js';
import { presentCaseSummary } from '../presenters/present-case.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['cases'];

export const caseRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /**
     * A list names only the cases its reader may see (case.see): not those another school left
     * when the student moved here, nor, after the read time, those this school left behind.
     */
    const keepVisibleRows = async <R extends { row: { id: string; schoolId: string; studentId: string } }>(actor: Actor, rows: readonly R[], today: string) => {
      const kept = new Set((await keepVisibleCases(db, actor.ownerId, actor, rows.map((r) => r.row), today)).map((r) => r.id));
      return rows.filter((r) => kept.has(r.row.id));
    };

    app.get(
      '/api/cases',
      { schema: { summary: 'Cases I take part in, or (leadership) every case of my school', tags, querystring: caseListQuery, response: { 200: caseList, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { scope, schoolId, status, overdueOnly } = request.query;
        const today = ctx.clock.today();
        if (scope === 'school') {
          if (!schoolId) throw invalidField('querystring.schoolId', 'is needed for the school scope');
          if (!can(actor, 'school.see_all_cases', { schoolId })) throw forbidden("Only the school's leadership sees all its cases");
        }
        const rows = await keepVisibleRows(
          actor,
          await findCases(db, {
            ownerId: actor.ownerId,
            today,
            status,
            overdueOnly,
            ...(scope === 'school' ? { schoolId: schoolId! } : { participantStaffId: actor.staffId }),
          }),
          today,
        );
        const answer = { cases: rows.map((r) => presentCaseSummary(r.row, { student: r.student, responsibleName: r.responsibleName, today })) };
        return auditedRead(db, actor, { entity: 'cases', detail: { scope, schoolId: schoolId ?? null } }, answer.cases.map((c) => c.student.id), answer);
      },
    );

    app.get(
      '/api/students/:studentId/cases',
      { schema: { summary: "A student's cases that I may see", tags, params: studentParams, response: { 200: caseList, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const { schoolId } = await requireStudentAccess(db, actor, studentId, today, 'any');
        const rows = await keepVisibleRows(
          actor,
          await findCases(db, {
            ownerId: actor.ownerId,
            today,
            status: 'alle',
            overdueOnly: false,
            studentId,
            ...(can(actor, 'school.see_all_cases', { schoolId }) ? {} : { participantStaffId: actor.staffId }),
          }),
          today,
        );
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'cases', studentId, detail: { count: rows.length } });
        return { cases: rows.map((r) => presentCaseSummary(r.row, { student: r.student, responsibleName: r.responsibleName, today })) };
      },
    );

    app.post(
      '/api/students/:studentId/cases',
      { schema: { summary: 'Open a case for a student, from a flag, a report or by hand', tags, params: studentParams, body: openCaseBody, response: { 201: caseDetail, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const { schoolId } = await requireStudentAccess(db, actor, studentId, today, 'full');
        const body = request.body;
        const result = await openCase(db, {
          ownerId: actor.ownerId,
          schoolId,
          studentId,
          actorStaffId: actor.staffId,
          opener: actor,
          kind: body.kind,
          openedFrom: body.openedFrom,
          flagId: body.flagId,
          reason: body.reason,
          responsibleStaffId: body.responsibleStaffId,
          today,
          now: ctx.clock.now(),
        });
        if (!result.ok) {
          if (result.problem === 'already_open') {
            throw new AppError('conflict', `The student already has an open case of this kind (${result.existingCaseId})`, [{ path: 'existingCaseId', message: result.existingCaseId ?? '' }]);
          }
          if (result.problem === 'flag_not_of_student') throw invalidField('body.flagId', 'is not a flag of this student');
          throw invalidField('body.responsibleStaffId', 'does not work at the student’s school');
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'case', entityId: result.caseId, studentId, detail: { kind: body.kind } });
        return reply.code(201).send(await caseDetailResponse(db, actor, result.caseId, today));
      },
    );

    app.get(
      '/api/cases/:caseId',
      { schema: { summary: 'A case with its steps, deadlines, records and plans', tags, params: caseParams, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'read');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'case', entityId: kase.id, studentId: kase.studentId });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.post(
      '/api/cases/:caseId/transitions',
      { schema: { summary: 'Move the case on, start another round of measures, or close it with its outcome', tags, params: caseParams, body: caseTransitionBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work');
        const body = request.body;
        const result = await transitionCase(db, {
          kase,
          transition: body.type === 'close' ? { type: 'close', outcome: body.outcome } : { type: body.type },
          note: body.note,
          actorStaffId: actor.staffId,
          today: ctx.clock.today(),
          now: ctx.clock.now(),
        });
        if (!result.ok) {
          const messages = {
            case_closed: 'The case is closed',
            no_next_step: 'This is the last step; close the case or start another round of measures',
            requirement_missing: `The step is not done yet: ${(result.missing ?? []).join(', ')}`,
            not_after_evaluation: 'Another round of measures starts only after an evaluation',
          } as const;
          throw new AppError('conflict', messages[result.reason], (result.missing ?? []).map((m) => ({ path: 'requirement', message: m })));
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'case', entityId: kase.id, studentId: kase.studentId, detail: { transition: body.type, to: result.state.step, status: result.state.status } });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.get(
      '/api/cases/:caseId/staff-candidates',
      { schema: { summary: 'Staff of the school who can be added to the case', tags, params: caseParams, response: { 200: staffCandidates, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work');
        return { staff: await findStaffCandidates(db, actor.ownerId, kase.schoolId, kase.kind) };
      },
    );

    app.post(
      '/api/cases/:caseId/participants',
      { schema: { summary: 'Add a participant (or hand the case to a new responsible person)', tags, params: caseParams, body: addParticipantBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work');
        requireMayChangeParticipants(actor, kase);
        const candidate = await loadStaffMember(db, actor.ownerId, request.body.staffId);
        if (!can(candidate, 'case.take_part', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId) })) {
          throw invalidField('body.staffId', 'does not work at the school');
        }
        await addParticipant(db, { kase, actorStaffId: actor.staffId }, request.body);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'case_participant', entityId: kase.id, studentId: kase.studentId, detail: request.body });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.delete(
      '/api/cases/:caseId/participants/:staffId',
      { schema: { summary: 'Remove a participant (not the responsible person)', tags, params: participantParams, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work');
        requireMayChangeParticipants(actor, kase);
        const outcome = await removeParticipant(db, { kase, actorStaffId: actor.staffId }, request.params.staffId);
        if (outcome === 'not_found') throw new AppError('not_found', 'The person is not a participant of the case');
        if (outcome === 'is_responsible') throw new AppError('conflict', 'The responsible person cannot be removed; hand the case to someone else first');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'delete', entity: 'case_participant', entityId: kase.id, studentId: kase.studentId, detail: { staffId: request.params.staffId } });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.post(
      '/api/cases/:caseId/conversations',
      { schema: { summary: 'Record a conversation held from a guide', tags, params: caseParams, body: conversationBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireOpenCase(await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work'));
        const id = await recordConversation(db, { kase, actorStaffId: actor.staffId }, request.body);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'conversation', entityId: id, studentId: kase.studentId });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.post(
      '/api/cases/:caseId/home-contacts',
      { schema: { summary: 'Log a contact with the home', tags, params: caseParams, body: homeContactBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work');
        const body = request.body;
        if (!body.guardianId && !body.contactedName) {
          throw invalidField('body.contactedName', 'say who was contacted');
        }
        // Another student's guardian and an id that names nobody are refused alike.
        if (body.guardianId && !(await isGuardianOf(db, actor.ownerId, body.guardianId, kase.studentId))) {
          throw invalidField('body.guardianId', 'is not a guardian of the student');
        }
        const id = await recordHomeContact(db, { kase, actorStaffId: actor.staffId }, body);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'home_contact', entityId: id, studentId: kase.studentId });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.post(
      '/api/cases/:caseId/referrals',
      { schema: { summary: 'Refer to PPT, BUP or the school nurse (with consent where needed), or record a concern report to barnevern', tags, params: caseParams, body: referralBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireOpenCase(await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work'));
        const body = request.body;
        const student = (await loadStudentBasics(db, actor.ownerId, [kase.studentId], ctx.clock.today())).get(kase.studentId)!;
        const problems = checkReferral({ ...body, studentBirthDate: student.birthDate });
        if (problems.length > 0) {
          throw invalidFields(problems);
        }
        const id = await recordReferral(db, { kase, actorStaffId: actor.staffId }, body);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'referral', entityId: id, studentId: kase.studentId, detail: { kind: body.kind } });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );

    app.post(
      '/api/cases/:caseId/meetings',
      { schema: { summary: 'Summon to a meeting (the written summons is a PDF)', tags, params: caseParams, body: meetingBody, response: { 200: caseDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const kase = await requireOpenCase(await requireFollowUpCaseAccess(db, actor, request.params.caseId, ctx.clock.today(), 'work'));
        const id = await recordMeeting(db, { kase, actorStaffId: actor.staffId }, { ...request.body, sentOn: ctx.clock.today() }, ctx.noticeChannels);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'meeting', entityId: id, studentId: kase.studentId });
        return caseDetailResponse(db, actor, kase.id, ctx.clock.today());
      },
    );
  };

/**
 * Who takes part, and who is responsible, is the case's responsible person's and leadership's to
 * change (accessRules: case.change_participants); another participant sees the case but is refused.
 */
function requireMayChangeParticipants(actor: Actor, kase: { id: string; schoolId: string; studentId: string; responsibleStaffId: string }) {
  if (!can(actor, 'case.change_participants', { schoolId: kase.schoolId, responsibleStaffId: kase.responsibleStaffId })) {
    throw forbidden('Only the person responsible for the case and the school leadership change who takes part in it', {
      entity: 'case_participant',
      entityId: kase.id,
      studentId: kase.studentId,
    });
  }
}

/** A closed case keeps its history; nothing new is recorded in it. */
export function requireOpenCase<T extends { status: string }>(kase: T): T {
  if (kase.status !== 'aapen') throw new AppError('conflict', 'The case is closed');
  return kase;
}
