/** The newest version of a plan, locked until the transaction ends. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { planVersions } from '../../db/schema.js';

export async function lockLatestPlanVersion(db: Db, ownerId: string, planId: string) {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.ownerId, ownerId), eq(planVersions.planId, planId)))
    .orderBy(desc(planVersions.version))
    .limit(1)
    // Two people saving at once: the second waits and then sees the first one's version.
    .for('update');
  return row;
}
