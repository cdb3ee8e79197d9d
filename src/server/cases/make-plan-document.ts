/** Makes a plan version's PDF and keeps it in the student's file. */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import type { LoadedCase } from '../../data/cases/load-case.js';
import { loadLetterhead } from '../../data/cases/load-letterhead.js';
import { storeDocument } from '../../data/cases/store-document.js';
import type { DocumentLanguage } from '../../documents/document-models.js';
import { planDocument, type PlanDocument } from '../../documents/plan-document.js';
import { renderPlanPdf } from '../../documents/render-plan-pdf.js';
import { caseDetailResponse } from './case-detail-response.js';

/** The document and its PDF, or undefined when the plan has no such version. */
export async function makePlanDocument(
  db: Db,
  input: { actor: Actor; kase: LoadedCase; planId: string; version: number; language: DocumentLanguage; today: string },
): Promise<(PlanDocument & { pdf: Buffer }) | undefined> {
  const { actor, kase, language, today } = input;
  const detail = await caseDetailResponse(db, actor, kase.id, today);
  const document = planDocument({ detail, planId: input.planId, version: input.version, letterhead: await loadLetterhead(db, actor.ownerId, kase.schoolId), language, today });
  if (!document) return undefined;
  const pdf = await renderPlanPdf(document.input);
  await storeDocument(db, { ownerId: actor.ownerId, studentId: kase.studentId, caseId: kase.id, kind: document.kind, title: document.title, language, pdf, sentTo: [], createdBy: actor.staffId });
  return { ...document, pdf };
}
