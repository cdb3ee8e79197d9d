/**
 * The written summons to a clarification meeting (to the student, and to the guardians while the
 * student is under 18 on the meeting day), as PDF: made when the meeting is summoned and kept in
 * the student's file with who it went to; the same copy is what the agreement attaches when the
 * student is written out without having attended.
 */
import type { Db } from '../../db/database.js';
import { loadLetterhead } from '../../data/cases/load-letterhead.js';
import { appendCaseEvent } from '../../data/cases/case-events.js';
import { storeDocument } from '../../data/cases/store-document.js';
import type { AvklaringBundle } from '../../data/ot/avklaring/load-avklaring-bundle.js';
import { loadSender } from '../../data/ot/avklaring/load-sender.js';
import type { DocumentLanguage } from '../../documents/document-models.js';
import { renderSummonsPdf } from '../../documents/render-summons-pdf.js';
import { avklaringSummonsDocument, type SummonsDocument } from '../../documents/summons-document.js';
import type { AvklaringParticipantKind } from '../../domain/ot/avklaring-participants.js';
import type { AvklaringGround } from '../../domain/ot/avklaring-workflow.js';

/** The summons of one of the case's meetings, as a document (not yet rendered); undefined when the case has no such meeting. */
export async function avklaringSummons(db: Db, bundle: AvklaringBundle, input: { meetingId: string; language: DocumentLanguage; today: string }): Promise<SummonsDocument | undefined> {
  const meeting = bundle.meetings.find((m) => m.id === input.meetingId);
  if (!meeting) return undefined;
  const { kase } = bundle;
  const sender = await loadSender(db, kase.ownerId, meeting.createdBy ?? kase.responsibleStaffId, kase.schoolId);
  return avklaringSummonsDocument({
    student: bundle.student,
    guardians: bundle.guardians,
    ground: bundle.form.ground as AvklaringGround,
    meeting: { startsAt: meeting.startsAt, place: meeting.place, invited: meeting.invited as Array<{ kind: AvklaringParticipantKind; name: string }>, summonsSentOn: meeting.summonsSentOn },
    sender,
    letterhead: await loadLetterhead(db, kase.ownerId, kase.schoolId),
    language: input.language,
    today: input.today,
  });
}

/** Renders the summons, keeps it in the student's file and names it in the case; the PDF and the kept document's id. */
export async function makeAvklaringSummonsDocument(
  db: Db,
  bundle: AvklaringBundle,
  input: { meetingId: string; language: DocumentLanguage; actorStaffId: string; today: string },
): Promise<(SummonsDocument & { pdf: Buffer; documentId: string }) | undefined> {
  const document = await avklaringSummons(db, bundle, input);
  if (!document) return undefined;
  const { kase } = bundle;
  const pdf = await renderSummonsPdf(document.input);
  const documentId = await storeDocument(db, { ownerId: kase.ownerId, studentId: kase.studentId, caseId: kase.id, kind: 'innkalling', title: document.title, language: input.language, pdf, sentTo: document.recipients, createdBy: input.actorStaffId });
  await appendCaseEvent(db, { ownerId: kase.ownerId, caseId: kase.id, actorStaffId: input.actorStaffId, kind: 'summons_document', step: kase.step, detail: { meetingId: input.meetingId, documentId, language: input.language } });
  return { ...document, pdf, documentId };
}
