/**
 * The regular checks of the absence routine — Ukesjekken and the review of the absence record (a
 * class), Månedssjekken and the semester check (a school, done in a meeting) — each for a period
 * the person chooses, the checks recorded as done with their history, the reviews' status per
 * class, and the per-subject absence against the 10 % limit.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, groupParams, schoolParams, studentParams, subjectAbsence } from '../../shared/api.js';
import { checkHistory, checkHistoryQuery, checkPeriodQuery, checkRecord, checkRecordBody, monthlyCheckView, schoolProtokollStatus, semesterCheck, weeklyCheckView } from '../../shared/workspace-api.js';
import { can, type Person } from '../../domain/access-policy.js';
import { isClassCheck, isMeetingCheck } from '../../domain/checks/check-kinds.js';
import { chooseMonthlyCheck, choosePeriod, isProtokollPeriod } from '../../domain/checks/check-period.js';
import { subjectAbsence as computeSubjectAbsence } from '../../domain/identification/rules/absence-limit-rule.js';
import { hasAbsenceLimit } from '../../domain/school-kind-features.js';
import { smallCount } from '../../domain/owner/shown-count.js';
import type { CheckKind } from '../../domain/vocabulary.js';
import { findCheckHistory } from '../../data/checks/find-check-history.js';
import { findProtokollStatus } from '../../data/checks/find-protokoll-status.js';
import { findResourcePersons } from '../../data/checks/find-resource-persons.js';
import { findSemesterCheck } from '../../data/checks/find-semester-check.js';
import { loadSchoolRuleProfile } from '../../data/checks/load-school-rule-profile.js';
import { recordCheck } from '../../data/checks/record-check.js';
import { findMonthlyCheck, findWeeklyCheck } from '../../data/find-check-views.js';
import { loadGroup } from '../../data/load-group.js';
import { loadIdentificationFacts } from '../../data/load-identification-facts.js';
import { loadRuleProfile } from '../../data/load-rule-profile.js';
import { loadSchoolCalendar } from '../../data/load-school-calendar.js';
import { schoolExists } from '../../data/school-exists.js';
import { writeAudit } from '../../data/write-audit.js';
import type { Db } from '../../db/database.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { forbidden, invalidField, notFound } from '../errors.js';
import { presentSignal } from '../presenters/present-flag.js';
import { presentCheckRecord, presentProtokollStatus } from '../presenters/present-workspace.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

/** The period of a check around the chosen date, from the school's terms. */
async function periodFor(db: Db, ownerId: string, schoolId: string, kind: 'ukesjekk' | 'semestersjekk', on: string | undefined, today: string) {
  const year = await loadSchoolCalendar(db, ownerId, schoolId, on && on < today ? on : today);
  return choosePeriod(kind, on, today, year?.terms ?? []);
}

/**
 * Who may see and record a check: the contact teacher of the class for an ukesjekk and the review
 * of its absence record, the school's leadership and rådgiver for the school's checks. Throws 404
 * or 403; recording a check of a class, 400 at body.groupId for any class that is not the person's.
 */
async function requireCheckAccess(db: Db, actor: Person & { ownerId: string }, schoolId: string, kind: CheckKind, groupId: string | undefined, groupField: 'querystring.groupId' | 'body.groupId') {
  if (isClassCheck(kind)) {
    if (!groupId) throw invalidField(groupField, 'An ukesjekk and a review of the absence record are of a class');
    const group = await loadGroup(db, actor.ownerId, groupId);
    const mine = !!group && group.schoolId === schoolId && can(actor, 'class.see_weekly_check', { schoolId, groupId });
    // Recording one: a class that is not the person's, of another school or none at all is refused alike, at the field.
    if (!mine && groupField === 'body.groupId') throw invalidField(groupField, 'is not a class whose Ukesjekk you keep');
    if (!group || group.schoolId !== schoolId) throw notFound('The class');
    if (!mine) throw forbidden('Ukesjekken is for the contact teacher of the class');
    return;
  }
  await requireSchoolCheckAccess(db, actor, schoolId);
}

/** The school's checks are its leadership's and rådgiver's. Throws 404 or 403. */
async function requireSchoolCheckAccess(db: Db, actor: Person & { ownerId: string }, schoolId: string) {
  if (!(await schoolExists(db, actor.ownerId, schoolId))) throw notFound('The school');
  if (!can(actor, 'school.see_monthly_check', { schoolId })) throw forbidden('The school’s checks are for its leadership');
}

export const checkRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /**
     * A check done in a meeting names its day — not before the period it checked — and who took
     * part: resource persons of the school, 400 at the participant otherwise.
     */
    async function requireMeeting(ownerId: string, schoolId: string, body: { periodFrom: string; meetingOn?: string | undefined; participants?: string[] | undefined }) {
      if (!body.meetingOn) throw invalidField('body.meetingOn', 'The monthly and the semester check are done in a meeting: give its day');
      if (body.meetingOn < body.periodFrom) throw invalidField('body.meetingOn', 'The meeting was held before the period it checked');
      const participants = body.participants ?? [];
      if (participants.length === 0) return;
      const resourcePersons = new Set((await findResourcePersons(db, ownerId, schoolId)).map((p) => p.id));
      const outside = participants.findIndex((id) => !resourcePersons.has(id));
      if (outside >= 0) throw invalidField(`body.participants.${outside}`, 'is not a resource person of the school');
    }

    app.get(
      '/api/classes/:groupId/weekly-check',
      {
        schema: {
          summary: 'Ukesjekken for a class, for the week of the chosen date',
          tags: ['identification'],
          params: groupParams,
          querystring: checkPeriodQuery,
          response: { 200: weeklyCheckView, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { groupId } = request.params;
        const today = ctx.clock.today();
        const group = await loadGroup(db, actor.ownerId, groupId);
        if (!group) throw notFound('The class');
        if (!can(actor, 'class.see_weekly_check', { schoolId: group.schoolId, groupId })) throw forbidden('Ukesjekken is for the contact teacher of the class');
        const period = (await periodFor(db, actor.ownerId, group.schoolId, 'ukesjekk', request.query.on, today))!;
        const profile = await loadSchoolRuleProfile(db, actor.ownerId, group.schoolId);
        if (!profile) throw notFound('The class');
        // The whole days this term as the weekly check's rule counts them.
        const view = await findWeeklyCheck(db, actor.ownerId, groupId, period, today, profile.rules.ukesjekk.counts);
        if (!view) throw notFound('The class');
        const { schoolKind: _, ...rest } = view;
        const answer = {
          ...rest,
          period,
          fromDays: profile.rules.ukesjekk.fromDays,
          protokoll: view.protokoll ? presentProtokollStatus(view.protokoll) : null,
          students: view.students.map(({ openFlags, siblingsSameDays, ...s }) => ({ ...s, siblingsSameDays: siblingsSameDays.map(({ studentId: _id, ...sibling }) => sibling), signal: presentSignal(openFlags) })),
        };
        // A sibling's absence days are shown beside the student's: the sibling's data is read too.
        const shown = view.students.flatMap((s) => [s.id, ...s.siblingsSameDays.map((sibling) => sibling.studentId)]);
        return auditedRead(db, actor, { entity: 'ukesjekk', entityId: groupId }, shown, answer);
      },
    );

    app.get(
      '/api/schools/:schoolId/monthly-check',
      {
        schema: {
          summary: 'Månedssjekken for a school, for the month of the chosen date (`on`, any date in it): the days its rule looks back over, up to the month’s last day or today',
          tags: ['identification'],
          params: schoolParams,
          querystring: checkPeriodQuery,
          response: { 200: monthlyCheckView, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const today = ctx.clock.today();
        if (!can(actor, 'school.see_monthly_check', { schoolId })) throw forbidden('Månedssjekken is for the school’s leadership');
        const profile = await loadSchoolRuleProfile(db, actor.ownerId, schoolId);
        if (!profile) throw notFound('The school');
        // The window the rule looks at, so that the page lists the students it summons for.
        const period = chooseMonthlyCheck(request.query.on, today, profile.rules.manedssjekk.withinDays);
        const [view, resourcePersons] = await Promise.all([findMonthlyCheck(db, actor.ownerId, schoolId, period, today), findResourcePersons(db, actor.ownerId, schoolId)]);
        if (!view) throw notFound('The school');
        return auditedRead(db, actor, { entity: 'manedssjekk', entityId: schoolId }, view.undocumented.map((u) => u.student.id), { ...view, period, resourcePersons });
      },
    );

    app.get(
      '/api/schools/:schoolId/semester-check',
      {
        schema: {
          summary: 'The semester check for a school, for the term of the chosen date',
          tags: ['identification'],
          params: schoolParams,
          querystring: checkPeriodQuery,
          response: { 200: semesterCheck, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const today = ctx.clock.today();
        if (!can(actor, 'school.see_monthly_check', { schoolId })) throw forbidden('The semester check is for the school’s leadership');
        const period = await periodFor(db, actor.ownerId, schoolId, 'semestersjekk', request.query.on, today);
        if (!period) throw notFound('The term');
        const [view, resourcePersons] = await Promise.all([findSemesterCheck(db, actor.ownerId, schoolId, period, actor), findResourcePersons(db, actor.ownerId, schoolId)]);
        if (!view) throw notFound('The school');
        const answer = {
          ...view,
          period,
          agenda: { smallCount, ...view.agenda },
          resourcePersons,
          students: view.students.map(({ openFlags, red: _red, ...s }) => ({ ...s, signal: presentSignal(openFlags) })),
        };
        return auditedRead(db, actor, { entity: 'semestersjekk', entityId: schoolId }, view.students.map((s) => s.student.id), answer);
      },
    );

    app.get(
      '/api/schools/:schoolId/protokoll-status',
      {
        schema: {
          summary: 'The review of the absence record per class this term: the half-month running today done or not, the halves overdue (no student is named)',
          tags: ['identification'],
          params: schoolParams,
          response: { 200: schoolProtokollStatus, ...errors },
        },
      },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        await requireSchoolCheckAccess(db, actor, schoolId);
        const status = await findProtokollStatus(db, actor.ownerId, schoolId, ctx.clock.today());
        return { schoolId, term: status.term, classes: status.classes.map((c) => ({ group: c.group, contactTeachers: c.contactTeachers, ...presentProtokollStatus(c) })) };
      },
    );

    app.get(
      '/api/schools/:schoolId/checks',
      { schema: { summary: 'The checks of a kind recorded as done, newest first', tags: ['identification'], params: schoolParams, querystring: checkHistoryQuery, response: { 200: checkHistory, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const { kind, groupId } = request.query;
        await requireCheckAccess(db, actor, schoolId, kind, groupId, 'querystring.groupId');
        const rows = await findCheckHistory(db, actor.ownerId, { schoolId, kind, groupId: isClassCheck(kind) ? groupId! : null });
        return { records: rows.map(presentCheckRecord) };
      },
    );

    app.post(
      '/api/schools/:schoolId/checks',
      { schema: { summary: 'Record that a check was done', tags: ['identification'], params: schoolParams, body: checkRecordBody, response: { 201: checkRecord, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        const body = request.body;
        const today = ctx.clock.today();
        await requireCheckAccess(db, actor, schoolId, body.kind, body.groupId, 'body.groupId');
        if (body.periodFrom > body.periodTo) throw invalidField('periodTo', 'The period ends before it starts');
        if (body.periodFrom > today) throw invalidField('periodFrom', 'A check cannot be done for a period that has not begun');
        if (body.kind === 'fravaersprotokoll' && !isProtokollPeriod({ from: body.periodFrom, to: body.periodTo }, today)) {
          throw invalidField('body.periodFrom', 'A review of the absence record is recorded for the half of the month running today');
        }
        const meeting = isMeetingCheck(body.kind);
        if (meeting) await requireMeeting(actor.ownerId, schoolId, body);
        const row = await recordCheck(db, {
          ownerId: actor.ownerId,
          schoolId,
          groupId: isClassCheck(body.kind) ? body.groupId! : null,
          kind: body.kind,
          periodFrom: body.periodFrom,
          periodTo: body.periodTo,
          note: body.note || null,
          systemMeetingItem: body.kind === 'semestersjekk' ? body.systemMeetingItem || null : null,
          meetingOn: meeting ? body.meetingOn! : null,
          participants: meeting ? (body.participants ?? []) : [],
          doneBy: actor.staffId,
          doneAt: ctx.clock.now(),
        });
        await writeAudit(db, {
          ownerId: actor.ownerId,
          actorStaffId: actor.staffId,
          action: 'create',
          entity: 'check_record',
          entityId: row.id,
          detail: { kind: row.kind, groupId: row.groupId, periodFrom: row.periodFrom, periodTo: row.periodTo, meetingOn: row.meetingOn, participants: row.participants },
        });
        reply.code(201);
        return presentCheckRecord(row);
      },
    );

    app.get(
      '/api/students/:studentId/subject-absence',
      { schema: { summary: "Each subject's undocumented absence, against the 10 % limit in videregående", tags: ['identification'], params: studentParams, response: { 200: subjectAbsence, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const { access, schoolId } = await requireStudentAccess(db, actor, studentId, today, 'any');
        const loaded = await loadIdentificationFacts(db, actor.ownerId, schoolId, today, [studentId]);
        const profile = await loadRuleProfile(db, actor.ownerId, loaded?.schoolKind ?? 'vgs');
        const rows = loaded?.facts[0] ? computeSubjectAbsence(profile.rules, loaded.facts[0]) : [];
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', entity: 'subject_absence', studentId });
        const s = profile.rules.fravaersgrense;
        // A grunnskole has no absence limit: the lessons missed per subject, held against nothing
        // (nor is there one to hold against outside a term).
        const limited = loaded !== undefined && hasAbsenceLimit(loaded.schoolKind);
        return {
          limit: limited ? { limitPercent: s.limitPercent, warnFromPercent: s.warnFromPercent, discretionUpToPercent: s.discretionUpToPercent } : null,
          subjects: rows
            .filter((r) => access.kind === 'full' || access.groupIds.includes(r.groupId))
            .map((r) => ({ ...r, percent: r.percent === null ? null : Math.round(r.percent * 10) / 10, band: limited ? r.band : null })),
        };
      },
    );
  };
