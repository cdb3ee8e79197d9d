/**
 * Leadership's views of follow-through (issue 11): the annual wheel and its responsibility map,
 * implementation quality, the seven pitfalls, the "nobody has acted yet" board, and the owner's
 * figures without names; for a grunnskole, the absence routine's rhythm in place of the wheel and
 * the pitfalls (issue 13). Everything is worked out in src/domain/leadership/ from one reading of
 * the school (src/data/leadership/); a view that names students is served once its reading is
 * audited, one entry per student named.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, schoolParams } from '../../shared/api.js';
import {
  implementationView,
  myWheelDuties,
  ownerImplementation,
  pitfallsView,
  routineRhythm,
  unactedBoard,
  wheelChangeBody,
  wheelRecordBody,
  wheelRecords,
  wheelVersions,
  wheelView,
  type ImplementationFigures,
} from '../../shared/leadership-api.js';
import { can } from '../../domain/access-policy.js';
import type { WheelEdit, WheelEditProblem } from '../../domain/leadership/edit-wheel-map.js';
import { followThroughYearStart, type ImplementationFigures as DomainFigures } from '../../domain/leadership/measure-implementation.js';
import { smallCount } from '../../domain/owner/shown-count.js';
import { followThroughOf } from '../../domain/school-kind-features.js';
import type { Actor } from '../../data/load-actor.js';
import { changeWheelMap, findWheelVersions } from '../../data/leadership/change-wheel-map.js';
import { findImplementation } from '../../data/leadership/find-implementation.js';
import { findOwnerImplementation } from '../../data/leadership/find-owner-implementation.js';
import { findPitfallsView } from '../../data/leadership/find-pitfalls-view.js';
import { findRoutineRhythm } from '../../data/leadership/find-routine-rhythm.js';
import { findUnactedBoard } from '../../data/leadership/find-unacted-board.js';
import { findWheelView } from '../../data/leadership/find-wheel-view.js';
import { findWheelRecords, recordWheelActivity } from '../../data/leadership/record-wheel-activity.js';
import { syncWheelTasks } from '../../data/leadership/sync-wheel-tasks.js';
import { loadSchoolCalendar } from '../../data/load-school-calendar.js';
import { loadGroup } from '../../data/load-group.js';
import { findSchool, schoolExists } from '../../data/school-exists.js';
import type { Db } from '../../db/database.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { AppError, forbidden, invalidField, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['leadership'];

/** The school's leadership views: skoleleder and rådgiver; a school that does not exist is 404 for them alike. */
async function requireFollowThrough(db: Db, actor: Actor, schoolId: string) {
  if (!can(actor, 'school.see_follow_through', { schoolId })) throw forbidden("Only the school's leadership and rådgiver see its follow-through", { entity: 'school', entityId: schoolId });
  const school = await findSchool(db, actor.ownerId, schoolId);
  if (!school) throw notFound('The school');
  return school;
}

async function requireSchoolYear(db: Db, ownerId: string, schoolId: string, today: string) {
  const year = await loadSchoolCalendar(db, ownerId, schoolId, today);
  if (!year) throw notFound('A school year around today');
  return year;
}

/** The figures as the contract has them: each finished wait stays on the server (the owner's medians). */
const presentWait = ({ finishedDays: _finished, ...wait }: DomainFigures['identificationToMapping']) => wait;
const presentFigures = (f: DomainFigures): ImplementationFigures => ({
  students: f.students,
  steps: f.steps,
  identificationToMapping: presentWait(f.identificationToMapping),
  mappingToFollowUp: presentWait(f.mappingToFollowUp),
  closerFollowUp: f.closerFollowUp,
});

const studentsNamed = (figures: readonly DomainFigures[]) =>
  new Set(
    figures.flatMap((f) => [
      ...Object.values(f.steps).flat(),
      ...f.identificationToMapping.waiting,
      ...f.mappingToFollowUp.waiting,
      ...f.closerFollowUp.studentIds,
      ...[f.identificationToMapping.worstStudentId, f.mappingToFollowUp.worstStudentId].filter((id): id is string => id !== null),
    ]),
  );

const editProblemWords: Record<WheelEditProblem, string> = {
  stale_version: 'the map was changed by someone else since you opened it: reload it',
  unknown_activity: 'no such activity in the wheel',
  duplicate_activity: 'an activity with this key exists',
  removed_activity: 'the activity is left out of the wheel: restore it first',
  not_removed: 'the activity is not left out',
  empty_title: 'the title is empty',
  no_roles: 'name at least one role',
  before_school_start: 'the date is before the first school day',
  not_before_school_start: 'this activity prepares the start: its date must be before the first school day',
  after_school_year: 'the date is after the school year',
};

export const leadershipRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/schools/:schoolId/implementation',
      {
        schema: {
          summary: 'Implementation quality per class and for the school: identified, mapped, plan signed, followed up, evaluated, back with effect; the waits between',
          tags,
          params: schoolParams,
          response: { 200: implementationView, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const school = await requireFollowThrough(db, actor, schoolId);
        const today = ctx.clock.today();
        const found = await findImplementation(db, actor.ownerId, schoolId, today);
        if (!found) throw notFound('A school year around today');
        const { school: reading, view } = found;
        const named = studentsNamed([view.school]);
        const answer = {
          school,
          today,
          schoolYearStartsOn: followThroughYearStart(reading.calendar),
          total: presentFigures(view.school),
          classes: reading.classes.map((c) => ({ id: c.id, name: c.name, figures: presentFigures(view.classes.get(c.id)!) })),
          students: reading.students.filter((s) => named.has(s.studentId)).map((s) => ({ id: s.studentId, givenName: s.givenName, familyName: s.familyName, classId: s.classId })),
        };
        return auditedRead(db, actor, { entity: 'implementation', entityId: schoolId }, named, answer);
      },
    );

    app.get(
      '/api/schools/:schoolId/pitfalls',
      {
        schema: {
          summary: 'The seven pitfalls of the IKO model as measured alerts, each with the students behind it and who can act (docs/decisions/016-seven-pitfalls.md)',
          tags,
          params: schoolParams,
          response: { 200: pitfallsView, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const school = await requireFollowThrough(db, actor, schoolId);
        const today = ctx.clock.today();
        const found = await findPitfallsView(db, actor.ownerId, schoolId, today);
        if (!found) throw notFound('A school year around today');
        const answer = {
          school,
          today,
          thresholds: found.thresholds,
          pitfalls: found.pitfalls,
          classes: found.school.classes,
          students: found.students.map((s) => ({ id: s.studentId, givenName: s.givenName, familyName: s.familyName, classId: s.classId })),
        };
        return auditedRead(db, actor, { entity: 'pitfalls', entityId: schoolId }, found.students.map((s) => s.studentId), answer);
      },
    );

    app.get(
      '/api/schools/:schoolId/unacted',
      {
        schema: {
          summary: 'Nobody has acted yet: students with a confirmed flag and no case, plan, mark or recorded contact since, oldest first, with the person who should act',
          tags,
          params: schoolParams,
          response: { 200: unactedBoard, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const school = await requireFollowThrough(db, actor, schoolId);
        const today = ctx.clock.today();
        const found = await findUnactedBoard(db, actor.ownerId, schoolId, today);
        if (!found) throw notFound('A school year around today');
        const answer = { school, today, entries: found.entries };
        return auditedRead(db, actor, { entity: 'unacted_board', entityId: schoolId }, found.entries.map((e) => e.student.id), answer);
      },
    );

    app.get(
      '/api/schools/:schoolId/routine-rhythm',
      {
        schema: {
          summary:
            "A grunnskole's absence routine in its rhythm: each class's ukesjekk this week and last and the review of its absence record, this month's Månedssjekk and this term's semester check recorded done or not, and the staircase's open cases per step with the overdue ones; no student named",
          tags,
          params: schoolParams,
          response: { 200: routineRhythm, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        await requireFollowThrough(db, actor, schoolId);
        const today = ctx.clock.today();
        const found = await findRoutineRhythm(db, actor.ownerId, schoolId, today);
        if (!found) throw notFound('A school year around today');
        // Videregående follows through by the IKO model (the wheel, the pitfalls): it keeps no such rhythm.
        if (followThroughOf(found.school.kind) !== 'fravaersrutine') throw notFound("The absence routine's rhythm of a grunnskole");
        return { school: found.school, today, ...found.rhythm };
      },
    );

    app.get(
      '/api/owner/implementation',
      {
        schema: {
          summary: "Implementation quality and the pitfalls per school and for the owner, as counts only: no names, counts under 5 hidden",
          tags,
          response: { 200: ownerImplementation, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        if (!can(actor, 'owner.see_figures', {})) throw forbidden('The figures are for the school owner');
        return { smallCount, ...(await findOwnerImplementation(db, actor.ownerId, ctx.clock.today())) };
      },
    );

    app.get(
      '/api/schools/:schoolId/wheel',
      {
        schema: {
          summary: "The school's annual wheel (årshjul) this school year: each activity's date, who is responsible per class, and how far it has come, measured from the data",
          tags,
          params: schoolParams,
          response: { 200: wheelView, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const school = await requireFollowThrough(db, actor, schoolId);
        const today = ctx.clock.today();
        const found = await findWheelView(db, actor.ownerId, schoolId, today);
        if (!found) throw notFound('A school year around today');
        return {
          school,
          today,
          schoolYear: { id: found.school.schoolYearId, startsOn: found.school.calendar.startsOn, endsOn: found.school.calendar.endsOn },
          version: found.school.wheel.map.version,
          entries: found.entries,
          classes: found.school.classes,
          named: found.named,
          staff: found.staff,
          canEdit: can(actor, 'school.edit_wheel', { schoolId }),
        };
      },
    );

    app.get(
      '/api/schools/:schoolId/wheel/mine',
      {
        schema: {
          summary: "The signed-in person's own part of the school's wheel: the activities they answer for, per class or for the school, and how far each has come",
          tags,
          params: schoolParams,
          response: { 200: myWheelDuties, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.use_measures', { schoolId })) throw forbidden('Only the staff of the school have a part in its wheel', { entity: 'school', entityId: schoolId });
        const school = await findSchool(db, actor.ownerId, schoolId);
        if (!school) throw notFound('The school');
        const found = await findWheelView(db, actor.ownerId, schoolId, ctx.clock.today());
        if (!found) throw notFound('A school year around today');
        const nameOf = new Map(found.school.classes.map((c) => [c.id, c.name]));
        const duties = found.entries
          .filter((e) => !e.removed)
          .map((e) => {
            const mine = e.responsible.filter((r) => r.staff.some((s) => s.id === actor.staffId));
            const classIds = new Set(mine.map((r) => r.classId).filter((id): id is string => id !== null));
            return {
              key: e.key,
              code: e.code,
              title: e.title,
              dueOn: e.dueOn,
              progressKind: e.progressKind,
              scope: e.scope,
              classes: e.classes.filter((c) => classIds.has(c.classId)).map((c) => ({ id: c.classId, name: nameOf.get(c.classId) ?? '', progress: c.progress })),
              school: mine.some((r) => r.classId === null) ? e.school : null,
              mine: mine.length > 0,
            };
          })
          .filter((d) => d.mine)
          .map(({ mine: _mine, ...d }) => d);
        return { school, duties };
      },
    );

    app.get(
      '/api/schools/:schoolId/wheel/versions',
      { schema: { summary: 'Every version of the school’s wheel and responsibility map this school year, newest first', tags, params: schoolParams, response: { 200: wheelVersions, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        await requireFollowThrough(db, actor, schoolId);
        const year = await requireSchoolYear(db, actor.ownerId, schoolId, ctx.clock.today());
        const rows = await findWheelVersions(db, actor.ownerId, schoolId, year.schoolYearId);
        return { versions: rows.map((r) => ({ version: r.version, createdAt: new Date(r.created_at).toISOString(), createdBy: { id: r.staff_id, name: r.name } })) };
      },
    );

    app.post(
      '/api/schools/:schoolId/wheel/changes',
      {
        schema: {
          summary: 'Change the wheel and responsibility map (move, reset, leave out, restore or add an activity; name the people per class and role): all edits or none, as the next version',
          tags,
          params: schoolParams,
          body: wheelChangeBody,
          response: { 200: wheelVersions.shape.versions.element.pick({ version: true }), ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.edit_wheel', { schoolId })) throw forbidden("Only the school's leadership changes its wheel", { entity: 'wheel_map', entityId: schoolId });
        if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school');
        const year = await requireSchoolYear(db, actor.ownerId, schoolId, ctx.clock.today());
        const body = request.body;
        // Every person and class named must be of this school: an id from elsewhere is as unknown as none.
        const found = await findWheelView(db, actor.ownerId, schoolId, ctx.clock.today());
        const classIds = new Set(found?.school.classes.map((c) => c.id) ?? []);
        const staffIds = new Set(found?.staff.map((s) => s.id) ?? []);
        const edits: WheelEdit[] = body.edits.map((edit, index) => {
          if (edit.kind === 'navngi') {
            if (edit.classId !== null && !classIds.has(edit.classId)) throw invalidField(`body.edits.${index}.classId`, 'no such class at the school');
            const stranger = edit.staffIds.findIndex((id) => !staffIds.has(id));
            if (stranger >= 0) throw invalidField(`body.edits.${index}.staffIds.${stranger}`, 'no such person at the school');
            return edit;
          }
          if (edit.kind === 'legg_til') return { kind: 'legg_til', activity: { ...edit.activity, id: `egen-${crypto.randomUUID()}` } };
          return edit;
        });
        const result = await changeWheelMap(db, { ownerId: actor.ownerId, schoolId, schoolYearId: year.schoolYearId, calendar: year.calendar, actorStaffId: actor.staffId, baseVersion: body.baseVersion, edits });
        if (!result.ok) {
          if (result.problem === 'stale_version') throw new AppError('conflict', editProblemWords.stale_version, [{ path: 'body.baseVersion', message: 'stale_version' }]);
          throw invalidField(`body.edits.${result.index}`, `${result.problem}: ${editProblemWords[result.problem]}`);
        }
        await syncWheelTasks(db, actor.ownerId, schoolId, ctx.clock.today(), ctx.clock.now());
        return { version: result.map.version };
      },
    );

    app.get(
      '/api/schools/:schoolId/wheel/records',
      { schema: { summary: 'The wheel’s activities recorded done this school year, with what was decided', tags, params: schoolParams, response: { 200: wheelRecords, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        await requireFollowThrough(db, actor, schoolId);
        const year = await requireSchoolYear(db, actor.ownerId, schoolId, ctx.clock.today());
        const rows = await findWheelRecords(db, actor.ownerId, schoolId, year.schoolYearId);
        return {
          records: rows.map((r) => ({
            id: r.id,
            activity: r.activity_key,
            classId: r.group_id,
            doneOn: r.done_on,
            decisions: r.decisions,
            recordedBy: { id: r.staff_id, name: r.name },
            recordedAt: new Date(r.recorded_at).toISOString(),
          })),
        };
      },
    );

    app.post(
      '/api/schools/:schoolId/wheel/records',
      {
        schema: {
          summary: 'Record an activity of the wheel done (one only a person can tell: the intake analysed, students registered, the review held) with what was decided',
          tags,
          params: schoolParams,
          body: wheelRecordBody,
          response: { 201: z.object({ id: z.string().uuid() }), ...errors },
        },
      },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const { activity, classId, doneOn, decisions } = request.body;
        if (classId === null) {
          if (!can(actor, 'school.record_wheel_activity', { schoolId })) throw forbidden("Only the school's leadership and rådgiver record the school's activities", { entity: 'wheel_record', entityId: schoolId });
          if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school');
        } else {
          const group = await loadGroup(db, actor.ownerId, classId);
          // A class out of the person's reach answers as one that does not exist (docs/decisions/014).
          const reachable = group?.kind === 'basisgruppe' && group.schoolId === schoolId && can(actor, 'class.hold_class_meeting', { schoolId, groupId: classId });
          if (!reachable) throw notFound('The class', { entity: 'wheel_record', entityId: classId });
        }
        const found = await findWheelView(db, actor.ownerId, schoolId, ctx.clock.today());
        if (!found) throw notFound('A school year around today');
        const entry = found.entries.find((e) => e.key === activity);
        if (!entry || entry.removed) throw invalidField('body.activity', 'no such activity in the wheel');
        if (entry.progressKind !== 'registrert') throw invalidField('body.activity', 'this activity is measured from the data (conversations, grades, meetings), not recorded by hand');
        if ((entry.scope === 'klasse') !== (classId !== null)) throw invalidField('body.classId', entry.scope === 'klasse' ? 'this activity is done per class: name the class' : 'this activity is done for the whole school: no class');
        const row = await recordWheelActivity(db, { ownerId: actor.ownerId, schoolId, schoolYearId: found.school.schoolYearId, activityKey: activity, classId, doneOn, decisions, actorStaffId: actor.staffId });
        await syncWheelTasks(db, actor.ownerId, schoolId, ctx.clock.today(), ctx.clock.now());
        return reply.code(201).send({ id: row.id });
      },
    );
  };
