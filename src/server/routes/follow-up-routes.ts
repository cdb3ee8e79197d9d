/**
 * Following up a student outside a case: the contacts with the home (from tasks and cases), and
 * the closer-follow-up mark (tettere oppfølging) — set, reviewed with a new date, or ended.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, studentParams } from '../../shared/api.js';
import { closerFollowUpBody, closerFollowUpParams, closerFollowUpReviewBody, studentCloserFollowUps, studentHomeContacts } from '../../shared/follow-up-api.js';
import { findCloserFollowUpStudent, findStudentCloserFollowUps } from '../../data/follow-up/find-closer-follow-ups.js';
import { findStudentHomeContacts } from '../../data/follow-up/find-student-home-contacts.js';
import { reviewCloserFollowUpMark } from '../../data/follow-up/review-closer-follow-up.js';
import { setCloserFollowUp } from '../../data/follow-up/set-closer-follow-up.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { writeAudit } from '../../data/write-audit.js';
import type { Actor } from '../../data/load-actor.js';
import { can } from '../../domain/access-policy.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { AppError, forbidden, invalidField, notFound } from '../errors.js';
import { presentCloserFollowUp, presentStudentHomeContact } from '../presenters/present-follow-up.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

const reviewDateMessage = { not_after_today: 'must be after today', too_far: 'must be at most half a year ahead' } as const;

export const followUpRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /**
     * Who may set, review and end the mark (accessRules: student.mark_closer_follow_up); refusals are
     * audited. A student the person cannot see, or a mark (`asMissing`) they cannot see, is missing.
     */
    const requireMayMark = async (actor: Actor, studentId: string, asMissing?: string) => {
      const facts = await loadStudentFacts(db, actor.ownerId, studentId, ctx.clock.today());
      if (!facts) throw notFound(asMissing ?? 'The student');
      if (!can(actor, 'student.mark_closer_follow_up', facts)) {
        const subject = { entity: 'closer_follow_up', studentId };
        if (asMissing || !can(actor, 'student.see', facts)) throw notFound(asMissing ?? 'The student', subject);
        throw forbidden('You may not place this student under closer follow-up', subject);
      }
      return facts;
    };

    const marksOf = async (ownerId: string, studentId: string) => {
      const today = ctx.clock.today();
      const rows = (await findStudentCloserFollowUps(db, ownerId, studentId)).map((r) => presentCloserFollowUp(r, today));
      const current = rows.find((r) => r.status !== 'avsluttet') ?? null;
      return { current, history: rows.filter((r) => r !== current) };
    };

    app.get(
      '/api/students/:studentId/home-contacts',
      { schema: { summary: "Every contact with a student's home, newest first", tags: ['follow-up'], params: studentParams, response: { 200: studentHomeContacts, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        await requireStudentAccess(db, actor, studentId, ctx.clock.today(), 'full');
        const rows = await findStudentHomeContacts(db, actor.ownerId, studentId);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'home_contacts', studentId });
        return { contacts: rows.map(presentStudentHomeContact) };
      },
    );

    app.get(
      '/api/students/:studentId/closer-follow-up',
      { schema: { summary: "A student's closer-follow-up mark and its history", tags: ['follow-up'], params: studentParams, response: { 200: studentCloserFollowUps, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        await requireStudentAccess(db, actor, studentId, ctx.clock.today(), 'full');
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'closer_follow_up', studentId });
        return marksOf(actor.ownerId, studentId);
      },
    );

    app.post(
      '/api/students/:studentId/closer-follow-up',
      {
        schema: {
          summary: 'Place a student under closer follow-up, with a reason and a review date',
          tags: ['follow-up'],
          params: studentParams,
          body: closerFollowUpBody,
          response: { 200: studentCloserFollowUps, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const facts = await requireMayMark(actor, studentId);
        const { reason, reviewOn } = request.body;
        const set = await setCloserFollowUp(db, { ownerId: actor.ownerId, schoolId: facts.schoolId, studentId, staffId: actor.staffId, reason, reviewOn, today: ctx.clock.today() });
        if (!set.ok) {
          if (set.refusal === 'already_marked') throw new AppError('conflict', 'The student is already under closer follow-up');
          throw invalidField('body.reviewOn', reviewDateMessage[set.refusal]);
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'closer_follow_up', entityId: set.id, studentId, detail: { reviewOn } });
        return marksOf(actor.ownerId, studentId);
      },
    );

    app.post(
      '/api/closer-follow-ups/:markId/review',
      {
        schema: {
          summary: 'Review a closer-follow-up mark: go on to a new review date, or end it',
          tags: ['follow-up'],
          params: closerFollowUpParams,
          body: closerFollowUpReviewBody,
          response: { 200: studentCloserFollowUps, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { markId } = request.params;
        const studentId = await findCloserFollowUpStudent(db, actor.ownerId, markId);
        if (!studentId) throw notFound('The closer-follow-up mark');
        await requireMayMark(actor, studentId, 'The closer-follow-up mark');
        const body = request.body;
        const review = body.decision === 'forleng' ? { decision: 'forleng' as const, reviewOn: body.reviewOn } : { decision: 'avslutt' as const };
        const note = body.decision === 'avslutt' ? body.note || null : null;
        const done = await reviewCloserFollowUpMark(db, { ownerId: actor.ownerId, markId, staffId: actor.staffId, review, note, today: ctx.clock.today(), now: ctx.clock.now() });
        if (!done.ok) {
          if (done.refusal === 'not_found') throw notFound('The closer-follow-up mark');
          if (done.refusal === 'ended') throw new AppError('conflict', 'The closer follow-up has already ended');
          throw invalidField('body.reviewOn', reviewDateMessage[done.refusal]);
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'closer_follow_up', entityId: markId, studentId, detail: { decision: body.decision } });
        return marksOf(actor.ownerId, studentId);
      },
    );
  };
