/**
 * The home view's API (issue 14, part 4 and 5; OpenAPI tags `home` and `audit`): a student or a
 * guardian signed in with Feide or ID-porten reads what the school has shared, signs a plan
 * version, sees who has read the data, and — as an adult student — lets guardians in or not.
 * Every read and change is audited under the student's owner, with the person in the detail.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findStudentAccessReport } from '../../data/audit/find-student-access-report.js';
import { findPlanCase } from '../../data/cases/find-plan-case.js';
import { loadCase } from '../../data/cases/load-case.js';
import { signPlanVersion } from '../../data/cases/sign-plan-version.js';
import { giveGuardianConsent, listGuardianConsents, revokeGuardianConsent } from '../../data/home/guardian-consents.js';
import { findHomeDocument, findHomeDocuments, findHomeMeetings, findHomePlans, type HomeReader } from '../../data/home/find-home-overview.js';
import type { ReachedStudent } from '../../data/home/home-reach.js';
import { writeAudit } from '../../data/write-audit.js';
import { accessReportPeriods, resolveAccessPeriod } from '../../domain/audit/build-access-report.js';
import { mayGiveGuardianConsent } from '../../domain/home/home-access.js';
import type { PlanKind } from '../../domain/plans/plan-content.js';
import { addDays } from '../../domain/school-calendar.js';
import { apiError } from '../../shared/api.js';
import { homeAccessReport, homeConsentParams, homeDocumentParams, homeOverview, homePlanVersion, homePlanVersionParams, homeSession, homeStudentParams } from '../../shared/home-api.js';
import { signOutResult } from '../../shared/sign-in-api.js';
import { osloMidnight } from '../../data/audit/period-bounds.js';
import { homeActorDetail, reachedStudent, requireHomeSignIn, type HomeSignedIn } from '../auth/home-request.js';
import { endHomeSession, homeSessionCookieName } from '../auth/home-sessions.js';
import { endSessionUrlOf } from '../auth/oidc/oidc-clients.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { presentAccessReport } from '../presenters/present-access-report.js';
import type { RouteContext } from './context.js';

const tags = ['home'];
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export const homeRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;
    const signedIn = (request: Parameters<typeof requireHomeSignIn>[0]) => requireHomeSignIn(request, db, ctx.clock, ctx.secureCookies);

    /** The reader as the overview's queries need them. */
    const readerOf = (who: HomeSignedIn, student: ReachedStudent): HomeReader => ({
      ownerId: student.ownerId,
      studentId: student.studentId,
      personId: student.guardianId ?? student.studentId,
      personName: who.session.personKind === 'foresatt' ? who.session.displayName : student.name,
      personRole: who.session.personKind,
      meetingsFrom: osloMidnight(addDays(ctx.clock.today(), -30)),
    });

    const audit = (who: HomeSignedIn, student: ReachedStudent, action: 'read' | 'create' | 'update' | 'delete', entity: string, entityId: string | null, detail: Record<string, unknown> = {}) =>
      writeAudit(db, { ownerId: student.ownerId, actorStaffId: null, action, entity, entityId, studentId: student.studentId, detail: { ...homeActorDetail(who, student), ...detail } });

    app.get('/api/home/session', { schema: { summary: 'The person signed in to the home view, and the students they may see', tags, response: { 200: homeSession, ...errors } } }, async (request) => {
      const who = await signedIn(request);
      return {
        personKind: who.session.personKind,
        method: who.session.method,
        name: who.session.displayName,
        csrfToken: who.session.csrfToken,
        students: who.reach.students.map((s) => ({ id: s.studentId, name: s.name, schoolName: s.schoolName, basis: s.basis })),
      };
    });

    app.delete(
      '/api/home/session',
      { schema: { summary: "Sign out of the home view; gives the provider's end-session address", tags, response: { 200: signOutResult, ...errors } } },
      async (request, reply) => {
        const who = await signedIn(request);
        const ended = await endHomeSession(db, who.token);
        reply.clearCookie(homeSessionCookieName(ctx.secureCookies), { path: '/', secure: ctx.secureCookies });
        return { endSessionUrl: await endSessionUrlOf(ctx.oidc, who.session.method, ended?.idToken ?? null, ctx.signIn.publicUrl) };
      },
    );

    app.get(
      '/api/home/students/:studentId',
      {
        schema: {
          summary: 'What the school has shared about one student: plans and agreements (signed, and drafts shared), summoned meetings, the documents sent to the reader',
          tags,
          params: homeStudentParams,
          response: { 200: homeOverview, ...errors },
        },
      },
      async (request) => {
        const who = await signedIn(request);
        const student = await reachedStudent(db, who, request.params.studentId, '/api/home/students/:studentId');
        const reader = readerOf(who, student);
        const [plansShown, meetingsShown, documentsShown] = await Promise.all([findHomePlans(db, reader), findHomeMeetings(db, reader), findHomeDocuments(db, reader)]);
        const consents = who.session.personKind === 'elev' && mayGiveGuardianConsent(student.birthDate, ctx.clock.today()) ? await listGuardianConsents(db, student.ownerId, student.studentId) : null;
        await audit(who, student, 'read', 'home_overview', student.studentId);
        return {
          student: { id: student.studentId, name: student.name, schoolName: student.schoolName, basis: student.basis },
          plans: plansShown.map((p) => ({ ...p, updatedAt: p.updatedAt.toISOString() })),
          meetings: meetingsShown.map((m) => ({ ...m, startsAt: m.startsAt.toISOString() })),
          documents: documentsShown.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
          guardianConsents: consents,
        };
      },
    );

    app.post(
      '/api/home/students/:studentId/plans/:planId/versions/:version/signature',
      {
        schema: {
          summary: 'Sign a plan version as the signed-in student or guardian: the signature records the person, the method (Feide or ID-porten) and the time',
          tags,
          params: homePlanVersionParams,
          response: { 201: homePlanVersion, ...errors },
        },
      },
      async (request, reply) => {
        const who = await signedIn(request);
        const { studentId, planId, version } = request.params;
        const student = await reachedStudent(db, who, studentId, '/api/home/students/:studentId/plans/:planId/versions/:version/signature');
        const reader = readerOf(who, student);
        const offered = (await findHomePlans(db, reader)).find((p) => p.planId === planId && p.version === version);
        if (!offered) throw notFound('The plan version');
        if (offered.signedByMe) throw new AppError('conflict', 'You have already signed this version');
        if (!offered.canSign) throw new AppError('conflict', 'This version cannot be signed: a newer version has been shared');
        const planCase = await caseOfPlan(student, planId);
        if (!planCase) throw notFound('The plan version');
        const result = await signPlanVersion(
          db,
          { kase: planCase, actorStaffId: null },
          {
            planId,
            planKind: offered.kind as PlanKind,
            version,
            signatures: [
              {
                name: reader.personName,
                role: who.session.personKind,
                method: who.session.method,
                signedOn: ctx.clock.today(),
                signer: {
                  kind: who.session.personKind,
                  personId: reader.personId,
                  // Never the identity number: a short reference to its keyed hash, enough to match the audit log.
                  identity: who.session.method === 'feide' ? who.session.identity : `id-porten:${who.session.identity.slice(0, 12)}`,
                },
              },
            ],
            recordedByName: reader.personName,
            now: ctx.clock.now(),
            today: ctx.clock.today(),
          },
        );
        if (!result.ok) throw result.problem === 'not_found' ? notFound('The plan version') : new AppError('conflict', 'This version cannot be signed now: reload the page');
        await audit(who, student, 'update', 'plan_signature', planId, { version, method: who.session.method });
        const signed = (await findHomePlans(db, reader)).find((p) => p.planId === planId && p.version === version)!;
        return reply.code(201).send({ ...signed, updatedAt: signed.updatedAt.toISOString() });
      },
    );

    async function caseOfPlan(student: ReachedStudent, planId: string) {
      const found = await findPlanCase(db, student.ownerId, planId);
      const kase = found ? await loadCase(db, student.ownerId, found.caseId) : undefined;
      return kase && kase.studentId === student.studentId ? kase : undefined;
    }

    app.get(
      '/api/home/students/:studentId/documents/:documentId',
      {
        schema: { summary: 'A document sent to the reader (a summons, minutes, an agreement), as the PDF the school made', tags, params: homeDocumentParams, response: { 200: z.any().describe('application/pdf'), ...errors } },
      },
      async (request, reply) => {
        const who = await signedIn(request);
        const student = await reachedStudent(db, who, request.params.studentId, '/api/home/students/:studentId/documents/:documentId');
        const document = await findHomeDocument(db, readerOf(who, student), request.params.documentId);
        if (!document) throw notFound('The document');
        await audit(who, student, 'read', 'home_document', document.id);
        reply.header('content-type', document.mediaType);
        reply.header('content-disposition', `inline; filename="${document.title.replace(/[^\p{L}\p{N} ._-]/gu, '')}.pdf"`);
        return reply.send(Buffer.from(document.content, 'base64'));
      },
    );

    app.get(
      '/api/home/students/:studentId/access-report',
      {
        schema: {
          summary: "Who read or changed the student's data in the last 12 months, from the audit log: by day, person with role and school, what and how often; no addresses",
          tags: ['home', 'audit'],
          params: homeStudentParams,
          response: { 200: homeAccessReport, ...errors },
        },
      },
      async (request) => {
        const who = await signedIn(request);
        const student = await reachedStudent(db, who, request.params.studentId, '/api/home/students/:studentId/access-report');
        const today = ctx.clock.today();
        const period = resolveAccessPeriod({}, today, accessReportPeriods.student);
        if (!period.ok) throw new AppError('internal', 'The default period could not be resolved');
        const found = await findStudentAccessReport(db, { ownerId: student.ownerId, studentId: student.studentId, period: { from: period.from, to: period.to }, today, forStudent: true });
        if (!found) throw notFound('The student');
        const report = presentAccessReport(found);
        await audit(who, student, 'read', 'home_access_report', student.studentId);
        return { period: report.period, lines: report.lines };
      },
    );

    const consentRoute = async (request: { params: { studentId: string; guardianId: string } } & Parameters<typeof requireHomeSignIn>[0], give: boolean) => {
      const who = await signedIn(request);
      const student = await reachedStudent(db, who, request.params.studentId, '/api/home/students/:studentId/guardian-consents/:guardianId');
      if (who.session.personKind !== 'elev') throw forbidden('Only the student decides who else may see this');
      if (!mayGiveGuardianConsent(student.birthDate, ctx.clock.today())) throw forbidden('Until the student is 18, the guardians have access by law');
      const guardians = await listGuardianConsents(db, student.ownerId, student.studentId);
      if (!guardians.some((g) => g.guardianId === request.params.guardianId)) throw notFound('The guardian');
      const key = { ownerId: student.ownerId, studentId: student.studentId, guardianId: request.params.guardianId };
      if (give) await giveGuardianConsent(db, key, ctx.clock.now());
      else await revokeGuardianConsent(db, key, ctx.clock.now());
      await audit(who, student, give ? 'create' : 'delete', 'home_access_consent', request.params.guardianId);
    };

    app.put(
      '/api/home/students/:studentId/guardian-consents/:guardianId',
      { schema: { summary: 'An adult student lets a guardian (with parental responsibility) go on seeing the home view', tags, params: homeConsentParams, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await consentRoute(request, true);
        return reply.code(204).send(null);
      },
    );

    app.delete(
      '/api/home/students/:studentId/guardian-consents/:guardianId',
      { schema: { summary: "An adult student ends a guardian's access to the home view", tags, params: homeConsentParams, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await consentRoute(request, false);
        return reply.code(204).send(null);
      },
    );
  };
