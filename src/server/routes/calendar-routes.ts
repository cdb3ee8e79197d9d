/**
 * Calendar feeds (issue 11, part 8): a person's open tasks and the meetings of their cases as an
 * iCalendar feed that Outlook or Google subscribe to, at a secret address the person can replace
 * or revoke; and one meeting's invitation as an .ics file. The feed is fetched by the calendar
 * provider's servers, without a session: the secret in the address is the only key, and the feed
 * names no student (docs/decisions/018-calendar-feeds.md). Every fetch is in the audit trail.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api.js';
import { calendarFeedParams, calendarFeedStatus, calendarQuery, createCalendarFeedBody, createdCalendarFeed } from '../../shared/calendar-api.js';
import { meetingParams } from '../../shared/case-api.js';
import { findCalendarFeed } from '../../data/calendar/find-calendar-feed.js';
import { openCalendarFeed } from '../../data/calendar/open-calendar-feed.js';
import { replaceCalendarFeed } from '../../data/calendar/replace-calendar-feed.js';
import { revokeCalendarFeed } from '../../data/calendar/revoke-calendar-feed.js';
import { loadMeeting } from '../../data/cases/load-meeting.js';
import { writeAudit } from '../../data/write-audit.js';
import { calendarFeedPath, calendarFeedSecretOf, calendarFeedTokenHash, newCalendarFeedSecret } from '../auth/calendar-feed-token.js';
import { requireCaseAccess } from '../auth/case-access.js';
import { requireSignIn } from '../auth/request-actor.js';
import { makeCalendarFeed } from '../calendar/make-calendar-feed.js';
import { makeMeetingInvitation } from '../calendar/make-meeting-invitation.js';
import { notFound } from '../errors.js';
import { presentCalendarFeedStatus } from '../presenters/present-calendar-feed.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const tags = ['calendar'];
const calendarResponse = { 200: z.any().describe('text/calendar; charset=utf-8') };
const calendarType = 'text/calendar; charset=utf-8';

export const calendarRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /** Varde's address as the caller reached it, for the links in the events (https wherever cookies are secure). */
    const originOf = (request: FastifyRequest) => {
      const host = /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(request.host) ? request.host : 'localhost';
      return `${ctx.secureCookies ? 'https' : request.protocol}://${host}`;
    };

    app.get(
      '/api/me/calendar-feed',
      { schema: { summary: 'Whether I have a calendar feed address in force (never the address itself)', tags, response: { 200: calendarFeedStatus, 401: apiError } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        return presentCalendarFeedStatus(await findCalendarFeed(db, actor));
      },
    );

    app.post(
      '/api/me/calendar-feed',
      {
        schema: {
          summary: 'Make me a new calendar feed address (an earlier one stops working); the address is shown this once',
          tags,
          body: createCalendarFeedBody,
          response: { 201: createdCalendarFeed, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { token, tokenHash } = newCalendarFeedSecret();
        const created = await replaceCalendarFeed(db, { ownerId: actor.ownerId, staffId: actor.staffId, tokenHash, now: ctx.clock.now() });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'calendar_feed', detail: { replaced: created.replaced } });
        return reply.code(201).send({ path: calendarFeedPath(token, request.body.language), createdAt: created.createdAt.toISOString(), replaced: created.replaced });
      },
    );

    app.delete(
      '/api/me/calendar-feed',
      { schema: { summary: 'Revoke my calendar feed address: calendars that subscribe to it get nothing more', tags, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const revoked = await revokeCalendarFeed(db, { ownerId: actor.ownerId, staffId: actor.staffId, now: ctx.clock.now() });
        if (revoked) await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'delete', entity: 'calendar_feed' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/calendar/feeds/:token',
      {
        schema: {
          summary: "A person's calendar feed (iCalendar), fetched by the calendar program with the secret address alone",
          description:
            'No session and no CSRF token: the secret in the address is the key. An unknown, revoked or malformed address, and the address of a disabled account, all answer 404 alike. ' +
            'Open tasks are all-day events on their due date; the meetings of the cases the person takes part in are timed events in Europe/Oslo. No event names a student.',
          tags,
          security: [],
          params: calendarFeedParams,
          querystring: calendarQuery,
          response: { ...calendarResponse, 404: apiError },
        },
      },
      async (request, reply) => {
        const now = ctx.clock.now();
        const secret = calendarFeedSecretOf(request.params.token);
        const feed = secret ? await openCalendarFeed(db, { tokenHash: calendarFeedTokenHash(secret), now }) : undefined;
        if (!feed) throw notFound('The calendar feed');
        const made = await makeCalendarFeed(db, { ...feed, language: request.query.language, origin: originOf(request), now });
        // The person's own reading, by their calendar program: the feed, and each student it concerns.
        const read = { ownerId: feed.ownerId, actorStaffId: feed.staffId, action: 'read' as const, entity: 'calendar_feed', detail: { events: made.events } };
        await writeAudit(db, [read, ...made.studentIds.map((studentId) => ({ ...read, studentId }))]);
        reply.header('content-type', calendarType);
        reply.header('content-disposition', 'inline; filename="varde.ics"');
        return reply.send(made.text);
      },
    );

    app.get(
      '/api/meetings/:meetingId/invitation.ics',
      {
        schema: {
          summary: "A case meeting as a calendar invitation (.ics) to import, for someone who may see the meeting's case",
          tags,
          params: meetingParams,
          querystring: calendarQuery,
          response: { ...calendarResponse, ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const meeting = await loadMeeting(db, actor.ownerId, request.params.meetingId);
        if (!meeting?.caseId) throw notFound('The meeting');
        const kase = await requireCaseAccess(db, actor, meeting.caseId, ctx.clock.today(), 'read', 'The meeting');
        const text = makeMeetingInvitation({ meeting, caseId: kase.id, language: request.query.language, origin: originOf(request), now: ctx.clock.now() });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'meeting_invitation', entityId: meeting.id, studentId: kase.studentId, detail: { language: request.query.language } });
        reply.header('content-type', calendarType);
        reply.header('content-disposition', 'attachment; filename="varde-mote.ics"');
        return reply.send(text);
      },
    );
  };
