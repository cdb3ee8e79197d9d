/** The checks of one kind recorded as done for a school (or a class), newest first. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { checkRecords, staff } from '../../db/schema.js';
import type { CheckKind } from '../../domain/vocabulary.js';
import { loadStaffNames } from '../cases/load-staff-names.js';

export type CheckRecordRow = typeof checkRecords.$inferSelect & {
  doneByName: string;
  /** The participants of the meeting it was done in, by name, in the order recorded. */
  participantsNamed: Array<{ id: string; name: string }>;
};

export async function findCheckHistory(db: Db, ownerId: string, where: { schoolId: string; kind: CheckKind; groupId: string | null }, limit = 50): Promise<CheckRecordRow[]> {
  const rows = await db
    .select({ record: checkRecords, givenName: staff.givenName, familyName: staff.familyName })
    .from(checkRecords)
    .innerJoin(staff, and(eq(staff.ownerId, checkRecords.ownerId), eq(staff.id, checkRecords.doneBy)))
    .where(
      and(
        eq(checkRecords.ownerId, ownerId),
        eq(checkRecords.schoolId, where.schoolId),
        eq(checkRecords.kind, where.kind),
        where.groupId ? eq(checkRecords.groupId, where.groupId) : isNull(checkRecords.groupId),
      ),
    )
    .orderBy(desc(checkRecords.doneAt))
    .limit(limit);
  const names = await loadStaffNames(
    db,
    ownerId,
    rows.flatMap((r) => r.record.participants),
  );
  return rows.map((r) => ({ ...r.record, doneByName: `${r.givenName} ${r.familyName}`, participantsNamed: namedParticipants(r.record.participants, names) }));
}

/** The participants with their names (a participant no longer on the staff list keeps an empty name). */
export const namedParticipants = (ids: readonly string[], names: Map<string, string>) => ids.map((id) => ({ id, name: names.get(id) ?? '' }));
