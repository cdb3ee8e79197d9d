/** Keeps a generated document (a plan, a summons, minutes) and who it went to, in the student's file. */
import type { Db } from '../../db/database.js';
import { documents } from '../../db/schema.js';

export async function storeDocument(
  db: Db,
  input: { ownerId: string; studentId: string; caseId: string; kind: string; title: string; language: string; pdf: Buffer; sentTo: string[]; createdBy: string },
): Promise<string> {
  const [row] = await db
    .insert(documents)
    .values({
      ownerId: input.ownerId,
      studentId: input.studentId,
      caseId: input.caseId,
      kind: input.kind,
      title: input.title,
      language: input.language,
      content: input.pdf.toString('base64'),
      sentTo: input.sentTo,
      createdBy: input.createdBy,
    })
    .returning({ id: documents.id });
  return row!.id;
}
