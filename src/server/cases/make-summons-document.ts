/** Makes the written summons to a case meeting as PDF and keeps it, with who it goes to, in the student's file. */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import type { LoadedCase } from '../../data/cases/load-case.js';
import { loadLetterhead } from '../../data/cases/load-letterhead.js';
import type { loadMeeting } from '../../data/cases/load-meeting.js';
import { storeDocument } from '../../data/cases/store-document.js';
import { loadStaffEmail } from '../../data/load-staff-email.js';
import type { DocumentLanguage, DocumentPerson, SummonsMeetingKind } from '../../documents/document-models.js';
import { renderSummonsPdf } from '../../documents/render-summons-pdf.js';
import { summonsDocument, type SummonsDocument } from '../../documents/summons-document.js';
import type { FollowUpCaseKind } from '../../domain/cases/case-workflow.js';
import { caseDetailResponse } from './case-detail-response.js';
import { staffTitle } from './staff-title.js';

type Meeting = NonNullable<Awaited<ReturnType<typeof loadMeeting>>>;

export async function makeSummonsDocument(
  db: Db,
  input: { actor: Actor; kase: LoadedCase; meeting: Meeting; language: DocumentLanguage; today: string },
): Promise<SummonsDocument & { pdf: Buffer }> {
  const { actor, kase, meeting, language, today } = input;
  const detail = await caseDetailResponse(db, actor, kase.id, today);
  const document = summonsDocument({
    detail,
    caseKind: kase.kind as FollowUpCaseKind,
    meeting: {
      kind: meeting.kind as SummonsMeetingKind,
      startsAt: meeting.startsAt,
      place: meeting.place,
      agenda: meeting.agenda as string[],
      invited: meeting.invited as DocumentPerson[],
      summonsSentOn: meeting.summonsSentOn,
    },
    sender: { name: actor.name, title: staffTitle(actor, kase.schoolId), email: await loadStaffEmail(db, actor.ownerId, actor.staffId) },
    letterhead: await loadLetterhead(db, actor.ownerId, kase.schoolId),
    language,
    today,
  });
  const pdf = await renderSummonsPdf(document.input);
  await storeDocument(db, { ownerId: actor.ownerId, studentId: kase.studentId, caseId: kase.id, kind: 'innkalling', title: document.title, language, pdf, sentTo: document.recipients, createdBy: actor.staffId });
  return { ...document, pdf };
}
