/**
 * Adds an entry to a youth's follow-up (append-only: a correction is a new entry). The route has
 * checked that the youth is in OT's list and not archived; a status entry carries its code.
 */
import type { Db } from '../../db/database.js';
import { otFollowUpEntries } from '../../db/schema.js';
import type { OtStatusCode } from '../../domain/ot/ot-codes.js';
import type { OtEntryKind } from '../../domain/ot/ot-follow-up.js';

export async function recordOtEntry(
  db: Db,
  input: { ownerId: string; youthId: string; staffId: string; kind: OtEntryKind; on: string; statusCode: OtStatusCode | null; detail: Record<string, unknown> },
): Promise<string> {
  const [row] = await db
    .insert(otFollowUpEntries)
    .values({ ownerId: input.ownerId, youthId: input.youthId, staffId: input.staffId, kind: input.kind, on: input.on, statusCode: input.statusCode, detail: input.detail })
    .returning({ id: otFollowUpEntries.id });
  return row!.id;
}
