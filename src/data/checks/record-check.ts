/** Records that a regular check was done: by whom, for which period, with a note. Append-only. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { checkRecords, staff } from '../../db/schema.js';
import type { CheckKind } from '../../domain/vocabulary.js';
import type { CheckRecordRow } from './find-check-history.js';

export async function recordCheck(
  db: Db,
  input: { ownerId: string; schoolId: string; groupId: string | null; kind: CheckKind; periodFrom: string; periodTo: string; note: string | null; systemMeetingItem: string | null; doneBy: string; doneAt: Date },
): Promise<CheckRecordRow> {
  const [row] = await db.insert(checkRecords).values(input).returning();
  const [who] = await db.select({ givenName: staff.givenName, familyName: staff.familyName }).from(staff).where(and(eq(staff.ownerId, input.ownerId), eq(staff.id, input.doneBy)));
  return { ...row!, doneByName: who ? `${who.givenName} ${who.familyName}` : '' };
}
