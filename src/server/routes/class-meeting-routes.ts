/**
 * The klasselærermøte for a class: the agenda from its flags and open cases, and the meeting's
 * decisions written into the cases (an open one, or one the decision opens). For the class's
 * contact teacher, the rådgiver and leadership.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, groupParams } from '../../shared/api.js';
import { classMeeting, classMeetingAgenda, classMeetingBody, classMeetings } from '../../shared/case-api.js';
import { findCaseParticipants } from '../../data/cases/find-case-participants.js';
import { findClassMeetings } from '../../data/cases/find-class-meetings.js';
import { loadClassMeetingAgenda } from '../../data/cases/load-class-meeting-agenda.js';
import { recordClassMeeting } from '../../data/cases/record-class-meeting.js';
import type { Actor } from '../../data/load-actor.js';
import { loadGroup } from '../../data/load-group.js';
import { writeAudit } from '../../data/write-audit.js';
import { can } from '../../domain/access-policy.js';
import { isOverdue, type CaseStatus } from '../../domain/cases/case-workflow.js';
import type { Db } from '../../db/database.js';
import { groupBy } from '../../lib/group-by.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, invalidField, notFound } from '../errors.js';
import { presentSignal } from '../presenters/present-flag.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['class-meeting'];

async function requireClassAccess(db: Db, actor: Actor, groupId: string) {
  const group = await loadGroup(db, actor.ownerId, groupId);
  // A class-teacher meeting is of a class (basisgruppe), never of a teaching group.
  if (!group || group.kind !== 'basisgruppe') throw notFound('The class');
  if (!can(actor, 'class.hold_class_meeting', { schoolId: group.schoolId, groupId })) {
    throw forbidden("Only the class's contact teacher, the rådgiver and leadership hold its class-teacher meeting", { entity: 'class_meeting', entityId: groupId });
  }
  return group;
}

export const classMeetingRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/groups/:groupId/class-meeting',
      { schema: { summary: "The agenda of a class-teacher meeting: the class's flags and open cases", tags, params: groupParams, response: { 200: classMeetingAgenda, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const group = await requireClassAccess(db, actor, request.params.groupId);
        const today = ctx.clock.today();
        const { members, openFlags, openCases } = await loadClassMeetingAgenda(db, actor.ownerId, group.id);
        const participants = await findCaseParticipants(db, actor.ownerId, openCases.map((c) => c.id));
        // Only the cases this person may see: a school-environment case stays with its participants.
        const visible = openCases.filter((c) => can(actor, 'case.see', { schoolId: c.schoolId, participantStaffIds: participants.get(c.id) ?? [] }));
        const flagsOf = groupBy(openFlags, (f) => f.studentId);
        const items = members
          .map((m) => ({
            student: { id: m.id, name: `${m.givenName} ${m.familyName}` },
            flags: (flagsOf.get(m.id) ?? []).map((f) => ({ id: f.id, ruleCode: f.ruleCode, level: f.level as 'gul' | 'rod', state: f.state })),
            // The student's one light with its reasons, as in every list of students.
            signal: presentSignal(flagsOf.get(m.id) ?? []),
            cases: visible
              .filter((c) => c.studentId === m.id)
              .map((c) => ({ id: c.id, kind: c.kind as 'fravaer' | 'iko' | 'skolemiljo', step: c.step, stepDueOn: c.stepDueOn, overdue: isOverdue(c.stepDueOn, today, c.status as CaseStatus) })),
          }))
          .filter((i) => i.flags.length > 0 || i.cases.length > 0);
        const answer = { group: { id: group.id, name: group.name, schoolId: group.schoolId }, items };
        return auditedRead(db, actor, { entity: 'class_meeting_agenda', entityId: group.id }, items.map((i) => i.student.id), answer);
      },
    );

    app.get(
      '/api/groups/:groupId/class-meetings',
      { schema: { summary: 'Earlier class-teacher meetings of a class, with their decisions', tags, params: groupParams, response: { 200: classMeetings, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const group = await requireClassAccess(db, actor, request.params.groupId);
        const rows = await findClassMeetings(db, actor.ownerId, group.id);
        const { members } = await loadClassMeetingAgenda(db, actor.ownerId, group.id);
        const nameOf = new Map(members.map((m) => [m.id, `${m.givenName} ${m.familyName}`]));
        const answer = {
          meetings: rows.map((m) => ({
            id: m.id,
            heldOn: m.startsAt.toISOString().slice(0, 10),
            present: m.present as string[],
            decisions: (m.decisions as Array<{ studentId: string; text: string; caseId: string | null }>).map((d) => ({ ...d, studentName: nameOf.get(d.studentId) ?? '' })),
          })),
        };
        return auditedRead(db, actor, { entity: 'class_meetings', entityId: group.id }, answer.meetings.flatMap((m) => m.decisions.map((d) => d.studentId)), answer);
      },
    );

    app.post(
      '/api/groups/:groupId/class-meetings',
      { schema: { summary: 'Record a class-teacher meeting; each decision goes into a case', tags, params: groupParams, body: classMeetingBody, response: { 200: classMeeting, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const group = await requireClassAccess(db, actor, request.params.groupId);
        const today = ctx.clock.today();
        const body = request.body;
        const { members } = await loadClassMeetingAgenda(db, actor.ownerId, group.id);
        const nameOf = new Map(members.map((m) => [m.id, `${m.givenName} ${m.familyName}`]));
        body.decisions.forEach((d, i) => {
          if (!nameOf.has(d.studentId)) throw invalidField(`body.decisions.${i}.studentId`, 'is not a student of the class');
        });

        const saved = await recordClassMeeting(db, { ownerId: actor.ownerId, group, actor, heldOn: body.heldOn, present: body.present, decisions: body.decisions, today });
        if (!saved.ok) {
          const at = `body.decisions.${saved.index}`;
          if (saved.problem === 'case_not_opened') throw invalidField(`${at}.openCase`, 'the case could not be opened');
          throw invalidField(`${at}.caseId`, 'is not a case of this student');
        }
        await writeAudit(db, saved.decisions.map((d) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create' as const, entity: 'class_meeting_decision', entityId: saved.meetingId, studentId: d.studentId })));
        return { id: saved.meetingId, heldOn: body.heldOn, present: body.present, decisions: saved.decisions.map((d) => ({ ...d, studentName: nameOf.get(d.studentId) ?? '' })) };
      },
    );
  };

