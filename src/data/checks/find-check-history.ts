/** The checks of one kind recorded as done for a school (or a class), newest first. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { checkRecords, staff } from '../../db/schema.js';
import type { CheckKind } from '../../domain/vocabulary.js';

export type CheckRecordRow = typeof checkRecords.$inferSelect & { doneByName: string };

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
  return rows.map((r) => ({ ...r.record, doneByName: `${r.givenName} ${r.familyName}` }));
}
