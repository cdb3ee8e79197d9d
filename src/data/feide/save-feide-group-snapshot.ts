/**
 * Keeps what Feide's groups API said of a staff member at their latest Feide sign-in (issue 14,
 * part 1): one snapshot per staff member, replaced at each sign-in, for the administrator's
 * comparison with Varde's groups. Only the classes and teaching groups are kept
 * (src/domain/feide/feide-groups.ts), never used for access.
 */
import type { Db } from '../../db/database.js';
import { feideGroupSnapshots } from '../../db/schema.js';
import type { FeideGroup } from '../../domain/feide/feide-groups.js';

export interface FeideGroupSnapshot {
  ownerId: string;
  staffId: string;
  groups: readonly FeideGroup[];
  fetchedAt: Date;
}

export async function saveFeideGroupSnapshot(db: Db, { ownerId, staffId, groups, fetchedAt }: FeideGroupSnapshot): Promise<void> {
  await db
    .insert(feideGroupSnapshots)
    .values({ ownerId, staffId, groups, fetchedAt })
    .onConflictDoUpdate({ target: [feideGroupSnapshots.ownerId, feideGroupSnapshots.staffId], set: { groups, fetchedAt } });
}
