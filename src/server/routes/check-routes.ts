/** Ukesjekken, Månedssjekken and the per-subject absence against the 10 % limit. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, groupParams, monthlyCheck, schoolParams, studentParams, subjectAbsence, weeklyCheck } from '../../shared/api.js';
import { can } from '../../domain/access-policy.js';
import { subjectAbsence as computeSubjectAbsence } from '../../domain/identification/rules/absence-limit-rule.js';
import { findMonthlyCheck, findWeeklyCheck } from '../../data/find-check-views.js';
import { loadIdentificationFacts } from '../../data/load-identification-facts.js';
import { loadRuleProfile } from '../../data/load-rule-profile.js';
import { writeAudit } from '../../data/write-audit.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { forbidden, notFound } from '../errors.js';
import { presentSignal } from '../presenters/present-flag.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

export const checkRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    app.get(
      '/api/classes/:groupId/weekly-check',
      { schema: { summary: 'Ukesjekken for a class', tags: ['identification'], params: groupParams, response: { 200: weeklyCheck, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { groupId } = request.params;
        const view = await findWeeklyCheck(db, actor.ownerId, groupId, ctx.clock.today());
        if (!view) throw notFound('The class');
        if (!can(actor, 'class.see_weekly_check', { schoolId: view.schoolId, groupId })) throw forbidden('Ukesjekken is for the contact teacher of the class');
        await writeAudit(db, view.students.map((s) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read' as const, entity: 'ukesjekk', studentId: s.id })));
        const profile = await loadRuleProfile(db, actor.ownerId, view.schoolKind);
        const { schoolKind: _, schoolId: _school, ...rest } = view;
        return { ...rest, fromDays: profile.rules.ukesjekk.fromDays, students: view.students.map(({ openFlags, ...s }) => ({ ...s, signal: presentSignal(openFlags) })) };
      },
    );

    app.get(
      '/api/schools/:schoolId/monthly-check',
      { schema: { summary: 'Månedssjekken for a school', tags: ['identification'], params: schoolParams, response: { 200: monthlyCheck, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { schoolId } = request.params;
        if (!can(actor, 'school.see_monthly_check', { schoolId })) throw forbidden('Månedssjekken is for the school’s leadership');
        const view = await findMonthlyCheck(db, actor.ownerId, schoolId, ctx.clock.today());
        if (!view) throw notFound('The school');
        await writeAudit(db, view.undocumented.map((u) => ({ ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read' as const, entity: 'manedssjekk', studentId: u.student.id })));
        return view;
      },
    );

    app.get(
      '/api/students/:studentId/subject-absence',
      { schema: { summary: "Each subject's undocumented absence against the 10 % limit", tags: ['identification'], params: studentParams, response: { 200: subjectAbsence, ...errors } } },
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
        return {
          limitPercent: s.limitPercent,
          warnFromPercent: s.warnFromPercent,
          discretionUpToPercent: s.discretionUpToPercent,
          subjects: rows
            .filter((r) => access.kind === 'full' || access.groupIds.includes(r.groupId))
            .map((r) => ({ ...r, percent: r.percent === null ? null : Math.round(r.percent * 10) / 10 })),
        };
      },
    );
  };
