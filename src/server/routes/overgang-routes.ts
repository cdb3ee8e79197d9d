/**
 * The overgang (issue 13, part 5; OpenAPI tag `overgang`; docs/decisions/023): the former school
 * prepares a follow-up summary and records the home's consent; the receiving school sees which
 * former schools there are for its new student, asks when there is no consent, and reads a
 * summary waiting when there is. Every read and change is in the audit log — a read of a summary
 * in both owners' logs. The domain decides (src/domain/overgang/).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, studentParams } from '../../shared/api.js';
import {
  askAnswer,
  consentParams,
  incomingParams,
  incomingSummary,
  incomingView,
  overgangView,
  recordConsentBody,
  revokeConsentBody,
  saveSummaryBody,
} from '../../shared/overgang-api.js';
import { can } from '../../domain/access-policy.js';
import { summaryProblems } from '../../domain/overgang/follow-up-to-pass-on.js';
import { refuseConsent } from '../../domain/overgang/overgang-consent.js';
import { askForOvergang } from '../../data/overgang/ask-for-overgang.js';
import { findFormerSchools } from '../../data/overgang/find-former-schools.js';
import { findOvergang } from '../../data/overgang/find-overgang.js';
import { readOvergangSummary } from '../../data/overgang/read-overgang-summary.js';
import { findOvergangId, recordOvergangConsent, revokeOvergangConsent } from '../../data/overgang/record-overgang-consent.js';
import { saveOvergangSummary } from '../../data/overgang/save-overgang-summary.js';
import { hasParentalResponsibility, loadOvergangConsent, loadOvergangStudent } from '../../data/overgang/load-overgang-student.js';
import type { Actor } from '../../data/load-actor.js';
import { writeAudit } from '../../data/write-audit.js';
import type { Db } from '../../db/database.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireStudentAccess } from '../auth/student-access.js';
import { AppError, forbidden, invalidField, invalidFields, notFound } from '../errors.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['overgang'];

const consentWords = {
  too_young_for_own_consent: 'the student is under 15 on that day: the guardians consent',
  adult_decides_alone: 'the student is 18 or older on that day: only the student consents',
  given_in_future: 'is after today',
} as const;

/** The words for a refused consent; a student without a birth date counts as under 15 (src/domain/student-age.ts), and is told so. */
function consentRefusalText(refusal: keyof typeof consentWords, birthDate: string | null): string {
  return refusal === 'too_young_for_own_consent' && birthDate === null ? 'the student’s birth date is missing: the guardians consent until it is completed' : consentWords[refusal];
}

/** The student as the access rules see them, with what a match and the consent rules need. */
async function studentFor(db: Db, actor: Actor, studentId: string, today: string, action: 'student.prepare_overgang' | 'student.receive_overgang') {
  const { schoolId, facts } = await requireStudentAccess(db, actor, studentId, today, 'full');
  if (!can(actor, action, facts)) {
    throw forbidden(action === 'student.prepare_overgang' ? 'The summary is prepared by those who follow the student closely' : 'A summary from the former school is for the school’s leadership and counsellor', {
      entity: 'overgang',
      studentId,
    });
  }
  const row = (await loadOvergangStudent(db, actor.ownerId, studentId))!;
  return { ...row, schoolId };
}

/** A student without a birth date is matched with no former school (find-former-schools.ts): asking or reading waits until it is completed. */
function requireBirthDate(student: { birthDate: string | null }): void {
  if (student.birthDate === null) throw new AppError('conflict', 'The student’s birth date is missing: complete it before a former school can be found');
}

const iso = (d: Date) => d.toISOString();

export const overgangRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    async function view(actor: Actor, studentId: string, today: string) {
      const found = (await findOvergang(db, actor.ownerId, studentId, today))!;
      return {
        ...found,
        prepared: found.prepared ? { by: found.prepared.by, at: iso(found.prepared.at) } : null,
        reads: found.reads.map((r) => ({ ...r, readAt: iso(r.readAt) })),
        requests: found.requests.map((r) => ({ ...r, askedAt: iso(r.askedAt) })),
      };
    }

    app.get(
      '/api/students/:studentId/overgang',
      { schema: { summary: 'The follow-up summary the school may pass on to the student’s next school, its consents, and who asked for or read it', tags, params: studentParams, response: { 200: overgangView, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const { studentId } = request.params;
        await studentFor(db, actor, studentId, today, 'student.prepare_overgang');
        return auditedRead(db, actor, { entity: 'overgang', entityId: studentId }, [studentId], await view(actor, studentId, today));
      },
    );

    app.put(
      '/api/students/:studentId/overgang/summary',
      { schema: { summary: 'Save the summary (causes, measures that helped, the contact person); it moves only with consent', tags, params: studentParams, body: saveSummaryBody, response: { 200: overgangView, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const { studentId } = request.params;
        const student = await studentFor(db, actor, studentId, today, 'student.prepare_overgang');
        const { summary } = request.body;
        const problems = summaryProblems(summary);
        if (problems.length > 0) {
          throw invalidFields(
            problems.map((p) =>
              p === 'contact_person'
                ? { path: 'body.summary.contactPerson.name', message: 'Name the person the next school can contact' }
                : { path: 'body.summary.causes', message: 'Name at least one cause or one measure that helped' },
            ),
          );
        }
        const row = await saveOvergangSummary(db, { ownerId: actor.ownerId, schoolId: student.schoolId, studentId, summary, staffId: actor.staffId, at: ctx.clock.now() });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'overgang', entityId: row.id, studentId });
        return view(actor, studentId, today);
      },
    );

    app.post(
      '/api/students/:studentId/overgang/consents',
      { schema: { summary: 'Record a consent to pass the summary on, as the guardians or the student gave it', tags, params: studentParams, body: recordConsentBody, response: { 201: overgangView, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const { studentId } = request.params;
        const student = await studentFor(db, actor, studentId, today, 'student.prepare_overgang');
        const body = request.body;
        const overgangId = await findOvergangId(db, actor.ownerId, studentId);
        if (!overgangId) throw new AppError('conflict', 'Save the summary before recording a consent: the consent is to pass on that summary');
        const refusal = refuseConsent({ birthDate: student.birthDate, givenBy: body.givenBy, givenOn: body.givenOn, today });
        if (refusal) throw invalidField(refusal === 'given_in_future' ? 'body.givenOn' : 'body.givenBy', consentRefusalText(refusal, student.birthDate));
        if (body.givenBy === 'foresatte') {
          if (!body.guardianId) throw invalidField('body.guardianId', 'Name the guardian who gave the consent');
          if (!(await hasParentalResponsibility(db, actor.ownerId, body.guardianId, studentId))) throw invalidField('body.guardianId', 'is not a guardian with parental responsibility for the student');
        }
        const { consent, closedTaskIds } = await recordOvergangConsent(db, {
          ownerId: actor.ownerId,
          overgangId,
          studentId,
          givenBy: body.givenBy,
          guardianId: body.givenBy === 'foresatte' ? body.guardianId : null,
          givenOn: body.givenOn,
          staffId: actor.staffId,
          at: ctx.clock.now(),
        });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'overgang_consent', entityId: consent.id, studentId, detail: { givenBy: consent.givenBy, givenOn: consent.givenOn, closedTaskIds } });
        reply.code(201);
        return view(actor, studentId, today);
      },
    );

    app.post(
      '/api/students/:studentId/overgang/consents/:consentId/revoke',
      { schema: { summary: 'Record that a consent was revoked: a summary not yet read no longer moves', tags, params: consentParams, body: revokeConsentBody, response: { 200: overgangView, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const { studentId, consentId } = request.params;
        const student = await studentFor(db, actor, studentId, today, 'student.prepare_overgang');
        const overgangId = await findOvergangId(db, actor.ownerId, studentId);
        const consent = overgangId ? await loadOvergangConsent(db, actor.ownerId, overgangId, consentId) : undefined;
        if (!overgangId || !consent) throw notFound('The consent');
        if (consent.revokedOn) throw new AppError('conflict', `The consent was revoked on ${consent.revokedOn}`);
        const { revokedBy, revokedOn } = request.body;
        if (revokedOn > today) throw invalidField('body.revokedOn', 'is after today');
        if (revokedOn < consent.givenOn) throw invalidField('body.revokedOn', `is before the consent was given (${consent.givenOn})`);
        // Whoever may consent on the day may also withdraw it (a guardian's consent for a student now 15 or older included).
        const refusal = refuseConsent({ birthDate: student.birthDate, givenBy: revokedBy, givenOn: revokedOn, today });
        if (refusal) throw invalidField('body.revokedBy', consentRefusalText(refusal, student.birthDate));
        await revokeOvergangConsent(db, { ownerId: actor.ownerId, overgangId, consentId, revokedBy, revokedOn, staffId: actor.staffId });
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'update', entity: 'overgang_consent', entityId: consentId, studentId, detail: { revokedBy, revokedOn } });
        return view(actor, studentId, today);
      },
    );

    app.get(
      '/api/students/:studentId/overgang/incoming',
      { schema: { summary: 'The former schools where the student has a follow-up: a summary waiting (consent), read, or one the school may ask for', tags, params: studentParams, response: { 200: incomingView, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const { studentId } = request.params;
        const student = await studentFor(db, actor, studentId, today, 'student.receive_overgang');
        const found = await findFormerSchools(db, { ownerId: actor.ownerId, schoolId: student.schoolId }, [student], today);
        const answer = {
          formerSchools: found.map((f) => ({ fromStudentId: f.fromStudentId, fromSchoolName: f.fromSchoolName, status: f.status, askedAt: f.askedAt ? iso(f.askedAt) : null })),
          birthDateMissing: student.birthDate === null,
        };
        return auditedRead(db, actor, { entity: 'overgang_incoming', entityId: studentId }, [studentId], answer);
      },
    );

    app.get(
      '/api/students/:studentId/overgang/incoming/:fromStudentId',
      { schema: { summary: 'Read the summary a former school passed on with consent (kept and audited on both sides)', tags, params: incomingParams, response: { 200: incomingSummary, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const { studentId, fromStudentId } = request.params;
        const student = await studentFor(db, actor, studentId, today, 'student.receive_overgang');
        requireBirthDate(student);
        const result = await readOvergangSummary(db, {
          receiver: { ownerId: actor.ownerId, schoolId: student.schoolId, schoolName: student.schoolName },
          reader: { staffId: actor.staffId, name: actor.name },
          student,
          fromStudentId,
          today,
          at: ctx.clock.now(),
        });
        if (result.kind === 'not_found') throw notFound('The former school’s summary');
        if (result.kind === 'no_consent') throw new AppError('conflict', 'There is no consent in force to pass this summary on: ask the former school');
        return auditedRead(db, actor, { entity: 'overgang_summary', entityId: fromStudentId, detail: { fromSchoolName: result.fromSchoolName } }, [studentId], {
          fromSchoolName: result.fromSchoolName,
          summary: result.summary,
          consent: result.consent,
          readAt: iso(result.readAt),
        });
      },
    );

    app.post(
      '/api/students/:studentId/overgang/incoming/:fromStudentId/ask',
      { schema: { summary: 'Ask the former school for its follow-up: it gets a task to ask the home for consent', tags, params: incomingParams, response: { 200: askAnswer, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const today = ctx.clock.today();
        const { studentId, fromStudentId } = request.params;
        const student = await studentFor(db, actor, studentId, today, 'student.receive_overgang');
        requireBirthDate(student);
        const result = await askForOvergang(db, {
          receiver: { ownerId: actor.ownerId, schoolId: student.schoolId, schoolName: student.schoolName },
          asker: { staffId: actor.staffId, name: actor.name },
          student,
          fromStudentId,
          today,
          at: ctx.clock.now(),
        });
        if (result.kind === 'not_found') throw notFound('The former school’s follow-up');
        if (result.kind === 'consent_in_force') throw new AppError('conflict', 'A summary is already waiting: read it instead');
        if (result.newly) await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'overgang_request', entityId: fromStudentId, studentId });
        return { askedAt: iso(result.askedAt) };
      },
    );
  };
