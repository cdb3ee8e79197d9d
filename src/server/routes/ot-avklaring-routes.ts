/**
 * The school's side of the clarification meeting with Oppfølgingstenesta (issue 12, OpenAPI tag
 * `ot`): a case of kind ot_avklaring opened from the student's page, a flag or an open case; the
 * preparation (resource team, OT contacted, phone/SMS, "Opplysingar om eleven"); the meeting
 * summoned with its written summons; the form filled in and signed when it is held, or the no-show
 * procedure; the agreement as PDF; the case closed when the student stays. Every read and change
 * is written to the audit log with the student it concerns. The domain decides (src/domain/ot/).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError, studentParams } from '../../shared/api.js';
import {
  agreementBody,
  avklaringDetail,
  cancelMeetingBody,
  avklaringMeetingParams,
  avklaringParams,
  closeAvklaringBody,
  documentLanguage,
  heldBody,
  noShowBody,
  openAvklaringBody,
  opplysingar,
  preparationBody,
  summonBody,
} from '../../shared/ot-api.js';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadStaffMember } from '../../data/load-staff-member.js';
import { writeAudit } from '../../data/write-audit.js';
import { cancelAvklaringMeeting } from '../../data/ot/avklaring/cancel-avklaring-meeting.js';
import { closeAvklaring } from '../../data/ot/avklaring/close-avklaring.js';
import { findAvklaringMeeting } from '../../data/ot/avklaring/find-pending-meeting.js';
import { findStoredSummons } from '../../data/ot/avklaring/find-stored-summons.js';
import { loadAvklaringBundle } from '../../data/ot/avklaring/load-avklaring-bundle.js';
import { openAvklaring } from '../../data/ot/avklaring/open-avklaring.js';
import { recordMeetingHeld } from '../../data/ot/avklaring/record-meeting-held.js';
import { recordNoShow } from '../../data/ot/avklaring/record-no-show.js';
import { recordPreparation } from '../../data/ot/avklaring/record-preparation.js';
import { saveAgreement } from '../../data/ot/avklaring/save-agreement.js';
import { saveOpplysingar } from '../../data/ot/avklaring/save-opplysingar.js';
import { summonAvklaringMeeting } from '../../data/ot/avklaring/summon-avklaring-meeting.js';
import { loadAvklaring, type LoadedAvklaring } from '../../data/ot/avklaring/load-avklaring.js';
import { can } from '../../domain/access-policy.js';
import type { MandatoryPart } from '../../domain/ot/avklaring-participants.js';
import type { PreparationItem } from '../../domain/ot/avklaring-workflow.js';
import { auditedRead } from '../auth/audit-read.js';
import { requireSignIn } from '../auth/request-actor.js';
import { requireAvklaringAccess, requireOpenAvklaring } from '../auth/avklaring-access.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { AppError, forbidden, invalidField, notFound } from '../errors.js';
import { avklaringDetailResponse } from '../ot/avklaring-detail-response.js';
import { archiveAgreementDocument, renderAgreementDocument } from '../ot/make-agreement-document.js';
import { makeAvklaringSummonsDocument } from '../ot/make-avklaring-summons-document.js';
import { osloDate } from '../../lib/clock.js';
import type { RouteContext } from './context.js';

const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };
const tags = ['ot'];
const pdfResponse = { 200: z.any().describe('application/pdf') };
const pdfQuery = z.object({ language: documentLanguage.optional() });

/** What each duty that must come before the summons means, for the refusal's words (the web app says the code). */
const preparationWords: Partial<Record<PreparationItem, string>> = {
  ot_kontakta: 'the OT advisor has not been contacted to agree the time',
  opplysingar_utfylt: '"Opplysingar om eleven" has not been saved',
};
const partWords: Record<MandatoryPart, string> = {
  leiing: "the school's leadership",
  kontaktlaerar_eller_radgjevar: 'the contact teacher or the counsellor',
  elev: 'the student',
  ot: 'Oppfølgingstenesta (OT)',
  foresette: 'the guardians (the student is under 18 on the meeting day)',
};
const parts = (missing: readonly MandatoryPart[]) => missing.map((p) => partWords[p]).join(', ');

export const otAvklaringRoutes =
  (ctx: RouteContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx.database;

    /** A write in an open clarification case: the signed-in person, who may write in it (participants, leadership). */
    const openAvklaringOf = async (request: { params: { caseId: string } } & Parameters<typeof requireSignIn>[0]) => {
      const { actor } = await requireSignIn(request, db, ctx.clock);
      return { actor, avklaring: requireOpenAvklaring(await requireAvklaringAccess(db, actor, request.params.caseId, ctx.clock.today())) };
    };
    /** The same, for one of the case's meetings (another case's meeting is no meeting of this one). */
    const openMeeting = async (request: { params: { caseId: string; meetingId: string } } & Parameters<typeof requireSignIn>[0]) => {
      const { actor, avklaring } = await openAvklaringOf(request);
      const found = await findAvklaringMeeting(db, actor.ownerId, avklaring.kase.id, request.params.meetingId);
      if (!found) throw notFound('The meeting');
      return { actor, avklaring, found };
    };

    /** Everyone named as a participant works at the school or is an OT advisor of the owner (case.take_part for this kind). */
    async function requireStaffMayTakePart(actor: Actor, avklaring: LoadedAvklaring, people: ReadonlyArray<{ staffId?: string | undefined }>, path: string) {
      for (const [i, person] of people.entries()) {
        if (!person.staffId) continue;
        const candidate = await loadStaffMember(db, actor.ownerId, person.staffId);
        const { kase } = avklaring;
        if (!can(candidate, 'case.take_part', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId), kind: 'ot_avklaring' })) {
          throw invalidField(`${path}.${i}.staffId`, 'does not work at the school or in Oppfølgingstenesta');
        }
      }
    }

    async function changed(actor: Actor, avklaring: LoadedAvklaring, audit: { action: 'create' | 'update'; entity: string; entityId?: string | null; detail?: Record<string, unknown> }) {
      await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, studentId: avklaring.kase.studentId, entityId: audit.entityId ?? avklaring.kase.id, ...audit });
      return avklaringDetailResponse(db, actor, avklaring.kase.id, ctx.clock.today());
    }

    app.post(
      '/api/students/:studentId/ot-avklaring',
      { schema: { summary: 'Open a clarification case with OT for a student, from the student page, a flag or an open case', tags, params: studentParams, body: openAvklaringBody, response: { 201: avklaringDetail, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const { studentId } = request.params;
        const today = ctx.clock.today();
        const facts = await loadStudentFacts(db, actor.ownerId, studentId, today);
        if (!facts) throw notFound('The student');
        if (!can(actor, 'student.open_ot_avklaring', facts)) {
          const subject = { entity: 'ot_avklaring', studentId };
          if (!can(actor, 'student.see', facts)) throw notFound('The student', subject);
          throw forbidden('Only those who follow the student closely ask for a clarification meeting with OT', subject);
        }
        const { schoolId } = facts;
        const body = request.body;
        const result = await openAvklaring(db, {
          ownerId: actor.ownerId,
          schoolId,
          studentId,
          actorStaffId: actor.staffId,
          opener: actor,
          ground: body.ground,
          reason: body.reason,
          flagId: body.flagId,
          fromCaseId: body.fromCaseId,
          responsibleStaffId: body.responsibleStaffId,
          today,
        });
        if (!result.ok) {
          switch (result.problem) {
            case 'already_open':
              throw new AppError(
                'conflict',
                result.existingCaseId
                  ? `The student already has an open clarification case with OT (${result.existingCaseId})`
                  : "The student already has an open clarification case with OT; the school's leadership can add you to it",
                result.existingCaseId ? [{ path: 'existingCaseId', message: result.existingCaseId }] : undefined,
              );
            case 'flag_not_of_student':
              throw invalidField('body.flagId', 'is not a flag of this student');
            case 'case_not_of_student':
              throw invalidField('body.fromCaseId', 'is not an open case of this student');
            case 'responsible_not_at_school':
              throw invalidField('body.responsibleStaffId', 'does not work at the student’s school');
          }
        }
        await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'create', entity: 'case', entityId: result.caseId, studentId, detail: { kind: 'ot_avklaring', ground: body.ground } });
        return reply.code(201).send(await avklaringDetailResponse(db, actor, result.caseId, today));
      },
    );

    app.get(
      '/api/ot-avklaringar/:caseId',
      { schema: { summary: 'A clarification case with OT: its preparation, meetings, form and documents', tags, params: avklaringParams, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const avklaring = await requireAvklaringAccess(db, actor, request.params.caseId, ctx.clock.today());
        const answer = await avklaringDetailResponse(db, actor, avklaring.kase.id, ctx.clock.today());
        return auditedRead(db, actor, { entity: 'ot_avklaring', entityId: avklaring.kase.id }, [avklaring.kase.studentId], answer);
      },
    );

    app.post(
      '/api/ot-avklaringar/:caseId/preparation',
      { schema: { summary: 'Record a duty before the meeting: the resource team, OT contacted, the student phoned or texted', tags, params: avklaringParams, body: preparationBody, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring } = await openAvklaringOf(request);
        const body = request.body;
        if (body.item === 'ot_kontakta') {
          const advisor = await loadStaffMember(db, actor.ownerId, body.otStaffId);
          const { kase } = avklaring;
          const isAdvisor = advisor.roles.some((r) => r.role === 'ot_radgiver');
          if (!isAdvisor || !can(advisor, 'case.take_part', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId), kind: 'ot_avklaring' })) {
            throw invalidField('body.otStaffId', 'is not an OT advisor of the county');
          }
        }
        const id = await recordPreparation(db, { kase: avklaring.kase, actorStaffId: actor.staffId }, body);
        return changed(actor, avklaring, { action: 'create', entity: body.item === 'telefon_sms' ? 'home_contact' : 'ot_avklaring_preparation', entityId: id, detail: { item: body.item } });
      },
    );

    app.put(
      '/api/ot-avklaringar/:caseId/opplysingar',
      { schema: { summary: 'Save "Opplysingar om eleven", the part of the form filled in before the meeting', tags, params: avklaringParams, body: opplysingar, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring } = await openAvklaringOf(request);
        const outcome = await saveOpplysingar(db, { kase: avklaring.kase, actorStaffId: actor.staffId }, { opplysingar: request.body, now: ctx.clock.now() });
        if (outcome === 'signed') throw new AppError('conflict', 'The form is signed: it no longer changes');
        return changed(actor, avklaring, { action: 'update', entity: 'ot_avklaring_opplysingar' });
      },
    );

    app.post(
      '/api/ot-avklaringar/:caseId/meetings',
      { schema: { summary: 'Summon the clarification meeting: the written summons is made and kept', tags, params: avklaringParams, body: summonBody, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring } = await openAvklaringOf(request);
        const body = request.body;
        await requireStaffMayTakePart(actor, avklaring, body.participants, 'body.participants');
        const today = ctx.clock.today();
        const before = await loadAvklaringBundle(db, avklaring, today);
        const result = await summonAvklaringMeeting(db, avklaring, {
          startsAt: body.startsAt,
          place: body.place,
          participants: body.participants,
          summonsChannel: body.summonsChannel,
          student: before.student,
          actorStaffId: actor.staffId,
          today,
          now: ctx.clock.now(),
        });
        if (!result.ok) {
          switch (result.problem) {
            case 'not_in_preparation':
              throw new AppError('conflict', result.step === 'samtale' ? 'A meeting is already summoned and waits to be held' : 'The meeting has been held or settled: no new meeting is summoned in this step');
            case 'preparation_missing':
              throw new AppError(
                'conflict',
                `The meeting cannot be summoned yet: ${result.missing.map((m) => preparationWords[m] ?? m).join('; ')}`,
                result.missing.map((m) => ({ path: 'preparation', message: m })),
              );
            case 'parts_missing':
              throw new AppError(
                'conflict',
                `The meeting on ${result.meetingOn} lacks mandatory participants: ${parts(result.missing)}`,
                result.missing.map((m) => ({ path: 'participants', message: m })),
              );
          }
        }
        const summoned = (await loadAvklaring(db, actor.ownerId, avklaring.kase.id))!;
        const bundle = await loadAvklaringBundle(db, summoned, today);
        const made = await makeAvklaringSummonsDocument(db, bundle, { meetingId: result.meetingId, language: body.language ?? (avklaring.form.language as 'nb' | 'nn'), actorStaffId: actor.staffId, today });
        return changed(actor, avklaring, { action: 'create', entity: 'meeting', entityId: result.meetingId, detail: { kind: 'avklaringssamtale', summonsDocumentId: made?.documentId ?? null } });
      },
    );

    app.get(
      '/api/ot-avklaringar/:caseId/meetings/:meetingId/summons.pdf',
      { schema: { summary: 'The written summons to the clarification meeting, as PDF (the copy kept when it was sent)', tags, params: avklaringMeetingParams, querystring: pdfQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const avklaring = await requireAvklaringAccess(db, actor, request.params.caseId, ctx.clock.today());
        const today = ctx.clock.today();
        const bundle = await loadAvklaringBundle(db, avklaring, today);
        const { meetingId } = request.params;
        if (!bundle.meetings.some((m) => m.id === meetingId)) throw notFound('The meeting');
        const sentIn = bundle.events.find((e) => e.kind === 'summons_document' && (e.detail as { meetingId?: string }).meetingId === meetingId);
        const language = request.query.language ?? ((sentIn?.detail as { language?: 'nb' | 'nn' } | undefined)?.language ?? (avklaring.form.language as 'nb' | 'nn'));
        const kept = await findStoredSummons(db, { ownerId: actor.ownerId, caseId: avklaring.kase.id, meetingId, language });
        const pdf = kept?.pdf ?? (await makeAvklaringSummonsDocument(db, bundle, { meetingId, language, actorStaffId: actor.staffId, today }))!.pdf;
        return sendPdf(db, reply, actor, { entity: 'summons_document', entityId: meetingId, studentId: avklaring.kase.studentId, detail: { language } }, { pdf, filename: 'innkalling-avklaringssamtale.pdf' });
      },
    );

    app.put(
      '/api/ot-avklaringar/:caseId/agreement',
      { schema: { summary: 'Save the form filled in during the meeting (until it is signed)', tags, params: avklaringParams, body: agreementBody, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring } = await openAvklaringOf(request);
        const outcome = await saveAgreement(db, { ownerId: actor.ownerId, caseId: avklaring.kase.id, agreement: request.body.agreement, language: request.body.language, now: ctx.clock.now() });
        if (outcome === 'signed') throw new AppError('conflict', 'The form is signed: it no longer changes');
        return changed(actor, avklaring, { action: 'update', entity: 'ot_avklaring_agreement' });
      },
    );

    app.post(
      '/api/ot-avklaringar/:caseId/meetings/:meetingId/held',
      { schema: { summary: 'Record the meeting as held and the form as signed in it (refused without the mandatory participants)', tags, params: avklaringMeetingParams, body: heldBody, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring, found } = await openMeeting(request);
        const body = request.body;
        await requireStaffMayTakePart(actor, avklaring, body.alsoPresent, 'body.alsoPresent');
        const today = ctx.clock.today();
        const { student } = await loadAvklaringBundle(db, avklaring, today);
        const result = await recordMeetingHeld(db, avklaring, found, { ...body, student, actorStaffId: actor.staffId, today, now: ctx.clock.now() });
        if (!result.ok) {
          switch (result.problem) {
            case 'parts_missing':
              throw new AppError(
                'conflict',
                `The meeting cannot be recorded as held without its mandatory participants; not present: ${parts(result.missing)}`,
                result.missing.map((m) => ({ path: 'present', message: m })),
              );
            case 'no_such_participant':
              throw invalidField(`body.present.${body.present.indexOf(result.index)}`, 'is not one of the meeting’s participants');
            default:
              throw pendingConflict(result.problem, found.meeting.startsAt);
          }
        }
        await archiveAgreementDocument(db, { ownerId: actor.ownerId, caseId: avklaring.kase.id, actorStaffId: actor.staffId, today, copies: ctx.noticeChannels });
        return changed(actor, avklaring, { action: 'update', entity: 'meeting', entityId: found.meeting.id, detail: { outcome: 'holdt' } });
      },
    );

    app.post(
      '/api/ot-avklaringar/:caseId/meetings/:meetingId/no-show',
      { schema: { summary: 'The student did not come: the try to reach them logged, and a new meeting or the school’s decision with OT', tags, params: avklaringMeetingParams, body: noShowBody, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring, found } = await openMeeting(request);
        const body = request.body;
        const result = await recordNoShow(db, avklaring, found, { ...body, actorStaffId: actor.staffId, today: ctx.clock.today(), now: ctx.clock.now() });
        if (!result.ok) {
          if (result.problem === 'avgjerd_med_ot_manglar' || result.problem === 'kontakt_ikkje_provd') {
            throw invalidField('body.decidedWithOt', 'must say what the school decided with OT (a new meeting or none) when it is clear whether the student leaves');
          }
          throw pendingConflict(result.problem, found.meeting.startsAt);
        }
        return changed(actor, avklaring, { action: 'update', entity: 'meeting', entityId: found.meeting.id, detail: { outcome: 'ikkje_mott', next: result.next } });
      },
    );

    app.post(
      '/api/ot-avklaringar/:caseId/meetings/:meetingId/cancel',
      { schema: { summary: 'Call the summoned meeting off before it is held: the case goes back to summoning a new one', tags, params: avklaringMeetingParams, body: cancelMeetingBody, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring, found } = await openMeeting(request);
        const result = await cancelAvklaringMeeting(db, avklaring, found, { reason: request.body.reason, actorStaffId: actor.staffId, today: ctx.clock.today(), now: ctx.clock.now() });
        if (!result.ok) throw pendingConflict(result.problem, found.meeting.startsAt);
        return changed(actor, avklaring, { action: 'update', entity: 'meeting', entityId: found.meeting.id, detail: { outcome: 'avlyst' } });
      },
    );

    app.get(
      '/api/ot-avklaringar/:caseId/agreement.pdf',
      { schema: { summary: 'The form "Avklaringssamtale og oppfølgingsavtale" as PDF, in nynorsk or bokmål', tags, params: avklaringParams, querystring: pdfQuery, response: { ...pdfResponse, ...errors } } },
      async (request, reply) => {
        const { actor } = await requireSignIn(request, db, ctx.clock);
        const avklaring = await requireAvklaringAccess(db, actor, request.params.caseId, ctx.clock.today());
        const today = ctx.clock.today();
        const language = request.query.language ?? (avklaring.form.language as 'nb' | 'nn');
        const document = await renderAgreementDocument(db, await loadAvklaringBundle(db, avklaring, today), { language, today });
        return sendPdf(db, reply, actor, { entity: 'ot_agreement_document', entityId: avklaring.kase.id, studentId: avklaring.kase.studentId, detail: { language } }, document);
      },
    );

    app.post(
      '/api/ot-avklaringar/:caseId/close',
      { schema: { summary: 'Close the clarification case: the student stays in school', tags, params: avklaringParams, body: closeAvklaringBody, response: { 200: avklaringDetail, ...errors } } },
      async (request) => {
        const { actor, avklaring } = await openAvklaringOf(request);
        const outcome = await closeAvklaring(db, { kase: avklaring.kase, actorStaffId: actor.staffId }, { note: request.body.note, now: ctx.clock.now() });
        if (outcome === 'already_closed') throw new AppError('conflict', 'The clarification case is closed');
        return changed(actor, avklaring, { action: 'update', entity: 'case', detail: { outcome: 'effekt' } });
      },
    );
  };

function pendingConflict(problem: 'not_pending' | 'signed' | 'not_yet', startsAt: Date): AppError {
  switch (problem) {
    case 'not_pending':
      return new AppError('conflict', 'The meeting does not wait for its outcome: it has one already, or a later meeting replaced it');
    case 'signed':
      return new AppError('conflict', 'The form is signed: it no longer changes');
    case 'not_yet':
      return new AppError('conflict', `The meeting is on ${osloDate(startsAt)}: its outcome is recorded on the day or after`);
  }
}

type PdfReply = { header: (k: string, v: string) => unknown; send: (b: Buffer) => unknown };

/** A document is served only once its reading is in the audit trail, against the student's file. */
async function sendPdf(db: Db, reply: PdfReply, actor: Actor, read: { entity: string; entityId: string; studentId: string; detail: Record<string, unknown> }, document: { pdf: Buffer; filename: string }) {
  await writeAudit(db, { ownerId: actor.ownerId, actorStaffId: actor.staffId, action: 'read', ...read });
  reply.header('content-type', 'application/pdf');
  reply.header('content-disposition', `inline; filename="${document.filename}"`);
  reply.header('cache-control', 'no-store');
  return reply.send(document.pdf);
}
