/**
 * The clarification meeting's agreement as OT reads it for a youth: the form's content and when
 * it was signed (ot_avklaringar), and the archived PDF of it (documents, kind 'oppfolgingsavtale',
 * the newest: it is made again when the student is written out, with the summons attached if the
 * student never came).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { documents, otAvklaringar } from '../../db/schema.js';

export const agreementDocumentKind = 'oppfolgingsavtale';

export interface YouthAgreement {
  content: unknown;
  signedAt: Date | null;
  documentId: string | null;
}

export async function findYouthAgreement(db: Db, ownerId: string, caseId: string): Promise<YouthAgreement | undefined> {
  const [form] = await db
    .select({ agreement: otAvklaringar.agreement, signedAt: otAvklaringar.signedAt })
    .from(otAvklaringar)
    .where(and(eq(otAvklaringar.ownerId, ownerId), eq(otAvklaringar.caseId, caseId)));
  if (!form) return undefined;
  const [document] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.ownerId, ownerId), eq(documents.caseId, caseId), eq(documents.kind, agreementDocumentKind)))
    .orderBy(desc(documents.createdAt))
    .limit(1);
  return { content: form.agreement, signedAt: form.signedAt, documentId: document?.id ?? null };
}
