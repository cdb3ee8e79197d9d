/**
 * Daily registration: the teacher's lessons of a day, a lesson's attendance, the whole day's
 * register of a class, a notice from home, midterm and half-year grades (those the school gives).
 * Each save re-runs the rules for the students it touched, and answers with the flags it raised.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiError,
  attendanceBody,
  dayAttendanceBody,
  dayRegister,
  dayRegisterQuery,
  gradeEntryBody,
  groupParams,
  lessonQuery,
  lessonRegister,
  myLessons,
  myLessonsQuery,
  noticeBody,
  registrationResult,
  studentParams,
} from '../../shared/api.js';
import { loadFlags } from '../../data/load-flags.js';
import { loadGroup } from '../../data/load-group.js';
import { reevaluateStudents } from '../../data/reevaluate-students.js';
import { findGroupMemberIds } from '../../data/registration/find-group-member-ids.js';
import { findMyLessons } from '../../data/registration/find-my-lessons.js';
import { groupHasLesson } from '../../data/registration/group-has-lesson.js';
import { loadDayRegister } from '../../data/registration/load-day-register.js';
import { loadLessonRegister } from '../../data/registration/load-lesson-register.js';
import { recordAttendance } from '../../data/registration/record-attendance.js';
import { recordDayRegister } from '../../data/registration/record-day-register.js';
import { recordGrades } from '../../data/registration/record-grades.js';
import { recordNotice } from '../../data/registration/record-notice.js';
import { writeAudit } from '../../data/write-audit.js';
import { can } from '../../domain/access-policy.js';
import { isoWeekday } from '../../domain/school-calendar.js';
import { enteredGradeKindsAt } from '../../domain/school-kind-features.js';
import type { Actor } from '../../data/load-actor.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { presentFlag } from '../presenters/present-flag.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

function requireTeacherOf(actor: Actor, groupId: string) {
  if (!can(actor, 'group.register', { groupId })) {
    throw forbidden('Only the teachers of this group can register for it');
  }
}

function requireContactTeacherOf(actor: Actor, groupId: string) {
  if (!can(actor, 'class.register_day', { groupId })) {
    throw forbidden('Only the contact teacher of the class can register its whole day');
  }
}

export const registrationRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /**
     * Every student of a registration is in the group: one outside it, at another school, or an id
     * that names nobody gets the same answer at its field, so that the answer tells nothing of them.
     */
    const requireMembers = async (actor: Actor, groupId: string, entries: ReadonlyArray<{ studentId: string }>, what: 'group' | 'class', on?: string) => {
      const members = await findGroupMemberIds(db, actor.ownerId, groupId, on);
      const strangers = entries.map((e, i) => ({ e, i })).filter(({ e }) => !members.has(e.studentId));
      if (strangers.length > 0) {
        throw new AppError('validation_failed', `Some students are not in the ${what}`, strangers.map(({ i }) => ({ path: `body.entries.${i}.studentId`, message: `is not a student of this ${what}` })));
      }
    };

    const rerun = async (actor: Actor, schoolId: string, studentIds: string[]) => {
      const result = await reevaluateStudents(db, { ownerId: actor.ownerId, schoolId, today: ctx.clock.today(), studentIds });
      const ids = new Set(result.newFlags.map((f) => f.id));
      return (await loadFlags(db, actor.ownerId, studentIds)).filter((f) => ids.has(f.id)).map(presentFlag);
    };

    app.get(
      '/api/me/lessons',
      { schema: { summary: "My lessons today: the teacher's lessons on a date from the timetable", tags: ['registration'], querystring: myLessonsQuery, response: { 200: myLessons, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        return findMyLessons(db, actor.ownerId, { teachingGroupIds: actor.teachingGroupIds ?? new Set(), contactGroupIds: actor.contactGroupIds ?? new Set() }, request.query.date ?? ctx.clock.today());
      },
    );

    app.get(
      '/api/groups/:groupId/day-register',
      { schema: { summary: "The whole day's register of a class", tags: ['registration'], params: groupParams, querystring: dayRegisterQuery, response: { 200: dayRegister, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        requireContactTeacherOf(actor, request.params.groupId);
        const sheet = await loadDayRegister(db, actor.ownerId, request.params.groupId, request.query.date);
        if (!sheet || sheet.group.kind !== 'basisgruppe') throw notFound('The class');
        const answer = { ...sheet, group: { id: sheet.group.id, name: sheet.group.name } };
        return auditedRead(db, actor, { entity: 'day_register', entityId: sheet.group.id, detail: { date: sheet.date } }, sheet.students.map((s) => s.id), answer);
      },
    );

    app.post(
      '/api/groups/:groupId/day-register',
      { schema: { summary: "Register a class's whole day: present, or away the whole day", tags: ['registration'], params: groupParams, body: dayAttendanceBody, response: { 200: registrationResult, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { groupId } = request.params;
        requireContactTeacherOf(actor, groupId);
        const group = await loadGroup(db, actor.ownerId, groupId);
        if (!group || group.kind !== 'basisgruppe') throw notFound('The class');
        const { date, entries } = request.body;
        if (date > ctx.clock.today()) throw new AppError('validation_failed', 'body.date: absence cannot be registered for a day that has not come', [{ path: 'body.date', message: 'is in the future' }]);
        if (isoWeekday(date) > 5) throw new AppError('validation_failed', 'body.date: is not a school day', [{ path: 'body.date', message: 'is a weekend' }]);
        await requireMembers(actor, groupId, entries, 'class', date);
        const saved = await recordDayRegister(db, { ownerId: actor.ownerId, schoolId: group.schoolId, groupId, date, registeredBy: actor.staffId, entries });
        const changed = entries.map((e) => e.studentId);
        await writeAudit(db, changed.map((studentId) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update' as const, entity: 'absence', studentId, detail: { date, groupId, wholeDay: true } })));
        return { saved, newFlags: await rerun(actor, group.schoolId, changed) };
      },
    );

    app.get(
      '/api/groups/:groupId/register',
      { schema: { summary: 'The register sheet for one lesson', tags: ['registration'], params: groupParams, querystring: lessonQuery, response: { 200: lessonRegister, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        requireTeacherOf(actor, request.params.groupId);
        const sheet = await loadLessonRegister(db, actor.ownerId, request.params.groupId, request.query.date, request.query.lessonNumber);
        if (!sheet) throw notFound('The group');
        return auditedRead(db, actor, { entity: 'lesson_register', entityId: request.params.groupId, detail: { date: sheet.date, lessonNumber: sheet.lessonNumber } }, sheet.students.map((s) => s.id), sheet);
      },
    );

    app.post(
      '/api/groups/:groupId/attendance',
      { schema: { summary: "Register a lesson's attendance for the whole group", tags: ['registration'], params: groupParams, body: attendanceBody, response: { 200: registrationResult, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { groupId } = request.params;
        requireTeacherOf(actor, groupId);
        const group = await loadGroup(db, actor.ownerId, groupId);
        if (!group) throw notFound('The group');
        const { date, lessonNumber, entries } = request.body;
        if (date > ctx.clock.today()) throw new AppError('validation_failed', 'body.date: absence cannot be registered for a day that has not come', [{ path: 'body.date', message: 'is in the future' }]);
        if (!(await groupHasLesson(db, actor.ownerId, groupId, date, lessonNumber))) throw new AppError('validation_failed', `body.lessonNumber: the group has no lesson ${lessonNumber} on ${date}`, [{ path: 'body.lessonNumber', message: 'is not in the timetable that day' }]);
        await requireMembers(actor, groupId, entries, 'group', date);
        const { saved, changedStudentIds } = await recordAttendance(db, { ownerId: actor.ownerId, schoolId: group.schoolId, groupId, date, lessonNumber, registeredBy: actor.staffId, entries });
        await writeAudit(db, entries.map(({ studentId }) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update' as const, entity: 'absence', studentId, detail: { date, lessonNumber, groupId } })));
        // The rules run again for the students whose records changed, not for the whole group: a
        // student marked present whose lesson had no record before has the same facts as before.
        return { saved, newFlags: await rerun(actor, group.schoolId, changedStudentIds) };
      },
    );

    app.post(
      '/api/students/:studentId/notices',
      { schema: { summary: 'Record a notice from home about a day’s absence', tags: ['registration'], params: studentParams, body: noticeBody, response: { 200: registrationResult, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const { schoolId } = await requireStudentAccess(db, actor, studentId, ctx.clock.today(), 'full');
        if (isoWeekday(request.body.date) > 5) throw new AppError('validation_failed', 'body.date: is not a school day', [{ path: 'body.date', message: 'is a weekend' }]);
        const saved = await recordNotice(db, { ownerId: actor.ownerId, studentId, recordedBy: actor.staffId, ...request.body });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'absence_notice', studentId, detail: { date: request.body.date, lessons: request.body.lessons ?? null } });
        return { saved, newFlags: await rerun(actor, schoolId, [studentId]) };
      },
    );

    app.post(
      '/api/groups/:groupId/grades',
      { schema: { summary: 'Midterm or half-year grades for a teaching group', tags: ['registration'], params: groupParams, body: gradeEntryBody, response: { 200: registrationResult, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { groupId } = request.params;
        requireTeacherOf(actor, groupId);
        const group = await loadGroup(db, actor.ownerId, groupId);
        if (!group) throw notFound('The group');
        if (!group.subjectCode) throw new AppError('validation_failed', 'Grades are given in a teaching group with a subject, not in a class', [{ path: 'params.groupId', message: 'has no subject' }]);
        // What a school gives follows its kind and the group's trinn (src/domain/school-kind-features.ts).
        const given = enteredGradeKindsAt(group.schoolKind, group.level);
        if (!given.includes(request.body.kind)) {
          const why = given.length === 0 ? 'no grades are given on barnetrinnet (trinn 1–7)' : request.body.kind === 'midtveis' ? 'midterm grades are given in videregående only' : `this group is given ${given.join(', ')}`;
          throw new AppError('validation_failed', `body.kind: ${request.body.kind} is not given in this group: ${why}`, [{ path: 'body.kind', message: `is not given in this group: ${why}` }]);
        }
        // Each student must be in the group: a grade for anyone else, or for an id that names nobody, is refused alike.
        await requireMembers(actor, groupId, request.body.entries, 'group');
        const saved = await recordGrades(db, {
          ownerId: actor.ownerId,
          group: { id: group.id, subjectCode: group.subjectCode, subjectName: group.subjectName ?? group.subjectCode },
          kind: request.body.kind,
          givenOn: request.body.givenOn,
          registeredBy: actor.staffId,
          entries: request.body.entries,
        });
        const changed = request.body.entries.map((e) => e.studentId);
        await writeAudit(db, changed.map((studentId) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update' as const, entity: 'grade', studentId, detail: { groupId, kind: request.body.kind } })));
        return { saved, newFlags: await rerun(actor, group.schoolId, changed) };
      },
    );
  };
