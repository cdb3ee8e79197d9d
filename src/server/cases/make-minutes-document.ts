/** Makes the minutes of a conversation as PDF and keeps them, with who gets a copy, in the student's file. */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import type { LoadedCase } from '../../data/cases/load-case.js';
import type { loadConversation } from '../../data/cases/load-conversation.js';
import { loadLetterhead } from '../../data/cases/load-letterhead.js';
import { storeDocument } from '../../data/cases/store-document.js';
import { namedIn, queueCopyNotices } from '../../data/notices/queue-home-notices.js';
import type { NoticeChannels } from '../../data/notices/queue-notices.js';
import type { DocumentLanguage, DocumentPerson } from '../../documents/document-models.js';
import { minutesDocument, type MinutesDocument } from '../../documents/minutes-document.js';
import { renderMinutesPdf } from '../../documents/render-minutes-pdf.js';
import type { CauseCategory } from '../../domain/kartlegging/conversation-guides.js';
import { caseDetailResponse } from './case-detail-response.js';
import { staffTitle } from './staff-title.js';

type Conversation = NonNullable<Awaited<ReturnType<typeof loadConversation>>>;

export async function makeMinutesDocument(
  db: Db,
  input: { actor: Actor; kase: LoadedCase; conversation: Conversation; language: DocumentLanguage; today: string; channels: NoticeChannels },
): Promise<MinutesDocument & { pdf: Buffer }> {
  const { actor, kase, conversation: row, language, today } = input;
  const detail = await caseDetailResponse(db, actor, kase.id, today);
  const document = minutesDocument({
    detail,
    conversation: {
      id: row.id,
      guide: row.guide,
      heldOn: row.heldOn,
      participants: row.participants as DocumentPerson[],
      answers: row.answers as Record<string, string>,
      summary: row.summary,
      causeCategories: row.causeCategories as CauseCategory[],
      maintainingFactors: row.maintainingFactors as string[],
      nextSteps: row.nextSteps,
      createdAt: row.createdAt,
    },
    writer: { name: actor.name, title: staffTitle(actor, kase.schoolId) },
    letterhead: await loadLetterhead(db, actor.ownerId, kase.schoolId),
    language,
  });
  const pdf = await renderMinutesPdf(document.input);
  // The copy to the home goes with the first minutes made of the conversation (queueCopyNotices).
  await db.transaction(async (tx) => {
    const documentId = await storeDocument(tx, { ownerId: actor.ownerId, studentId: kase.studentId, caseId: kase.id, kind: 'referat', title: document.title, language, pdf, sentTo: document.distribution, createdBy: actor.staffId });
    await queueCopyNotices(
      tx,
      { ownerId: actor.ownerId, studentId: kase.studentId, caseId: kase.id, createdBy: actor.staffId, day: today, channels: input.channels },
      { reason: `conversation:${row.id}`, kind: 'referat', documentId, recipients: namedIn(document.distribution) },
    );
  });
  return { ...document, pdf };
}
