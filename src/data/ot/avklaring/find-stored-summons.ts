/**
 * The written summons kept for a clarification meeting in a language (the case event
 * `summons_document` names the document), with its content: what was sent is what is served.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseEvents, documents } from '../../../db/schema.js';

export async function findStoredSummons(db: Db, input: { ownerId: string; caseId: string; meetingId: string; language: string }): Promise<{ id: string; pdf: Buffer } | undefined> {
  const events = await db
    .select({ detail: caseEvents.detail })
    .from(caseEvents)
    .where(and(eq(caseEvents.ownerId, input.ownerId), eq(caseEvents.caseId, input.caseId), eq(caseEvents.kind, 'summons_document')))
    .orderBy(desc(caseEvents.createdAt));
  const wanted = events.map((e) => e.detail as { meetingId: string; documentId: string; language: string }).find((d) => d.meetingId === input.meetingId && d.language === input.language);
  if (!wanted) return undefined;
  const [row] = await db.select({ id: documents.id, content: documents.content }).from(documents).where(and(eq(documents.ownerId, input.ownerId), eq(documents.id, wanted.documentId)));
  return row ? { id: row.id, pdf: Buffer.from(row.content, 'base64') } : undefined;
}
