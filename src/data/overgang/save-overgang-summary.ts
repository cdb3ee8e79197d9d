/**
 * The former school saves the summary it is willing to pass on. It may be changed later: a read
 * keeps the summary as it was read (overgang_reads.summary), so a change reaches only later reads.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { overganger } from '../../db/schema.js';
import type { OvergangSummary } from '../../domain/overgang/follow-up-to-pass-on.js';

export async function saveOvergangSummary(db: Db, input: { ownerId: string; schoolId: string; studentId: string; summary: OvergangSummary; staffId: string; at: Date }) {
  const [row] = await db
    .insert(overganger)
    .values({ ownerId: input.ownerId, schoolId: input.schoolId, studentId: input.studentId, summary: input.summary, preparedBy: input.staffId, preparedAt: input.at })
    .onConflictDoUpdate({
      target: [overganger.ownerId, overganger.studentId],
      set: { summary: input.summary, preparedBy: input.staffId, preparedAt: input.at, schoolId: sql`excluded.school_id` },
    })
    .returning();
  return row!;
}
