/**
 * Makes the form "Avklaringssamtale og oppfølgingsavtale" of a clarification case (ot_avklaring) as
 * PDF: rendered for reading in either language, and archived in the student's file (documents,
 * kind 'oppfolgingsavtale') with where it goes — when it is signed in the meeting, and again when
 * the student is written out (the written summons is then attached if the student never attended).
 */
import { namedIn, queueCopyNotices } from '../../data/notices/queue-home-notices.js';
import type { NoticeChannels } from '../../data/notices/queue-notices.js';
import type { Db } from '../../db/database.js';
import { loadLetterhead } from '../../data/cases/load-letterhead.js';
import { storeDocument } from '../../data/cases/store-document.js';
import { loadAvklaring } from '../../data/ot/avklaring/load-avklaring.js';
import { loadAvklaringBundle, type AvklaringBundle } from '../../data/ot/avklaring/load-avklaring-bundle.js';
import type { DocumentLanguage } from '../../documents/document-models.js';
import { otAgreementDocument, type OtAgreementDocument } from '../../documents/ot-agreement-document.js';
import { renderOtAgreementPdf } from '../../documents/render-ot-agreement-pdf.js';
import { agreementMeeting } from '../../domain/ot/avklaring-meeting-view.js';
import type { AvklaringGround } from '../../domain/ot/avklaring-workflow.js';
import { storedAgreement, storedMeetings, storedOpplysingar, storedSignatures } from '../presenters/present-avklaring.js';
import { avklaringSummons } from './make-avklaring-summons-document.js';

/** The form as a document in `language`, and its PDF. */
export async function renderAgreementDocument(db: Db, bundle: AvklaringBundle, input: { language: DocumentLanguage; today: string }): Promise<OtAgreementDocument & { pdf: Buffer }> {
  const { kase, form } = bundle;
  const found = agreementMeeting(storedMeetings(bundle.meetings));
  const row = found ? bundle.meetings.find((m) => m.id === found.meeting.id)! : null;
  // A copy of the summons that was sent, in the language it was sent in when Varde kept it.
  const summonsLanguage = row ? (summonsLanguageOf(bundle, row.id) ?? input.language) : input.language;
  const summons = row ? await avklaringSummons(db, bundle, { meetingId: row.id, language: summonsLanguage, today: input.today }) : undefined;
  const document = otAgreementDocument({
    letterhead: await loadLetterhead(db, kase.ownerId, kase.schoolId),
    language: input.language,
    today: input.today,
    student: bundle.student,
    guardians: bundle.guardians.filter((g) => g.parentalResponsibility),
    ground: form.ground as AvklaringGround,
    opplysingar: storedOpplysingar(form.opplysingar),
    agreement: storedAgreement(form.agreement),
    signatures: storedSignatures(form.signatures),
    meeting: found && row ? { startsAt: row.startsAt, place: row.place, stored: found.meeting } : null,
    writtenOut: bundle.student.leftOn !== null,
    summons: summons?.input ?? null,
  });
  return { ...document, pdf: await renderOtAgreementPdf(document.input) };
}

function summonsLanguageOf(bundle: AvklaringBundle, meetingId: string): DocumentLanguage | undefined {
  const event = bundle.events.find((e) => e.kind === 'summons_document' && (e.detail as { meetingId?: string }).meetingId === meetingId);
  const language = (event?.detail as { language?: string } | undefined)?.language;
  return language === 'nb' || language === 'nn' ? language : undefined;
}

/**
 * (Re)renders and stores the agreement in the form's language; the stored document's id, or
 * undefined when the case has no form. With `copies`, the people of the home on its distribution
 * list are told there is an agreement for them (once: queueCopyNotices), in the same transaction.
 */
export async function archiveAgreementDocument(
  db: Db,
  input: { ownerId: string; caseId: string; actorStaffId: string; today: string; copies?: NoticeChannels },
): Promise<string | undefined> {
  const avklaring = await loadAvklaring(db, input.ownerId, input.caseId);
  if (!avklaring) return undefined;
  const bundle = await loadAvklaringBundle(db, avklaring, input.today);
  const language = avklaring.form.language === 'nn' ? 'nn' : 'nb';
  const document = await renderAgreementDocument(db, bundle, { language, today: input.today });
  return db.transaction(async (tx) => {
    const documentId = await storeDocument(tx, {
      ownerId: input.ownerId,
      studentId: avklaring.kase.studentId,
      caseId: avklaring.kase.id,
      kind: 'oppfolgingsavtale',
      title: document.title,
      language,
      pdf: document.pdf,
      sentTo: document.recipients,
      createdBy: input.actorStaffId,
    });
    if (input.copies) {
      await queueCopyNotices(
        tx,
        { ownerId: input.ownerId, studentId: avklaring.kase.studentId, caseId: avklaring.kase.id, createdBy: input.actorStaffId, day: input.today, channels: input.copies },
        { reason: `avtale:${avklaring.kase.id}`, kind: 'avtale', documentId, recipients: namedIn(document.recipients) },
      );
    }
    return documentId;
  });
}
