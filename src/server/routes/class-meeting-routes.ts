/**
 * The klasselærermøte for a class: the agenda from its flags and open cases, and the meeting's
 * decisions written into the cases (an open one, or one the decision opens). For the class's
 * contact teacher, the rådgiver and leadership.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, groupParams } from '../../shared/api.js';
import { classMeeting, classMeetingAgenda, classMeetingBody, classMeetings } from '../../shared/case-api.js';
import { findClassMeetings, loadClassMeetingAgenda, loadGroup, saveClassMeeting } from '../../data/cases/class-meeting.js';
import { recordDecision } from '../../data/cases/case-records.js';
import { participantsOf } from '../../data/cases/find-cases.js';
import { loadCase } from '../../data/cases/load-case.js';
import { openCase } from '../../data/cases/open-case.js';
import type { Actor } from '../../data/load-actor.js';
import { writeAudit } from '../../data/write-audit.js';
import { canSeeCase } from '../../domain/access-policy.js';
import type { Db } from '../../db/database.js';
import { requireSignIn } from '../auth/request-actor.js';
import { forbidden, invalidField, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['class-meeting'];

async function requireClassAccess(db: Db, actor: Actor, groupId: string) {
  const group = await loadGroup(db, actor.ownerId, groupId);
  if (!group) throw notFound('The class');
  const leads = actor.roles.some((r) => r.schoolId === group.schoolId && (r.role === 'skoleleder' || r.role === 'radgiver'));
  if (!leads && !actor.contactGroupIds.has(groupId)) {
    await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'class_meeting', entityId: groupId, detail: { refused: true } });
    throw forbidden("Only the class's contact teacher, the rådgiver and leadership hold its class-teacher meeting");
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
        const participants = await participantsOf(db, actor.ownerId, openCases.map((c) => c.id));
        // Only the cases this person may see: a school-environment case stays with its participants.
        const visible = openCases.filter((c) => canSeeCase(actor, { schoolId: c.schoolId, participantStaffIds: participants.get(c.id) ?? [] }));
        const items = members
          .map((m) => ({
            student: { id: m.id, name: `${m.givenName} ${m.familyName}` },
            flags: openFlags.filter((f) => f.studentId === m.id).map((f) => ({ id: f.id, ruleCode: f.ruleCode, level: f.level as 'gul' | 'rod', state: f.state })),
            cases: visible
              .filter((c) => c.studentId === m.id)
              .map((c) => ({ id: c.id, kind: c.kind as 'fravaer' | 'iko' | 'skolemiljo', step: c.step, stepDueOn: c.stepDueOn, overdue: c.stepDueOn < today })),
          }))
          .filter((i) => i.flags.length > 0 || i.cases.length > 0);
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'class_meeting_agenda', entityId: group.id, detail: { students: items.length } });
        return { group: { id: group.id, name: group.name, schoolId: group.schoolId }, items };
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
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'class_meetings', entityId: group.id });
        return {
          meetings: rows.map((m) => ({
            id: m.id,
            heldOn: m.startsAt.toISOString().slice(0, 10),
            present: m.present as string[],
            decisions: (m.decisions as Array<{ studentId: string; text: string; caseId: string | null }>).map((d) => ({ ...d, studentName: nameOf.get(d.studentId) ?? '' })),
          })),
        };
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

        const saved = await db.transaction(async (tx) => {
          const decisions: Array<{ studentId: string; text: string; caseId: string | null }> = [];
          for (const [i, d] of body.decisions.entries()) {
            let caseId = d.caseId;
            if (!caseId && d.openCase) {
              const opened = await openCase(tx, { ownerId: actor.ownerId, schoolId: group.schoolId, studentId: d.studentId, actorStaffId: actor.staffId, kind: d.openCase, openedFrom: 'manuelt', reason: d.text, today });
              if (opened.ok) caseId = opened.caseId;
              else if (opened.problem === 'already_open') caseId = opened.existingCaseId ?? null;
              else throw invalidField(`body.decisions.${i}.openCase`, 'the case could not be opened');
            }
            decisions.push({ studentId: d.studentId, text: d.text, caseId });
          }
          const meetingId = await saveClassMeeting(tx, { ownerId: actor.ownerId, schoolId: group.schoolId, groupId: group.id, actorStaffId: actor.staffId, heldOn: body.heldOn, present: body.present, decisions });
          for (const [i, d] of decisions.entries()) {
            if (!d.caseId) continue;
            const kase = await loadCase(tx, actor.ownerId, d.caseId);
            if (!kase || kase.studentId !== d.studentId) throw invalidField(`body.decisions.${i}.caseId`, 'is not a case of this student');
            if (!canSeeCase(actor, { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId) })) throw forbidden('You cannot write into a case you do not take part in');
            await recordDecision(tx, { kase, actorStaffId: actor.staffId }, { text: d.text, meetingId });
          }
          return { meetingId, decisions };
        });
        await writeAudit(db, saved.decisions.map((d) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create' as const, entity: 'class_meeting_decision', entityId: saved.meetingId, studentId: d.studentId })));
        return { id: saved.meetingId, heldOn: body.heldOn, present: body.present, decisions: saved.decisions.map((d) => ({ ...d, studentName: nameOf.get(d.studentId) ?? '' })) };
      },
    );
  };

