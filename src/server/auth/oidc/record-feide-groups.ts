/**
 * At a Feide sign-in: read the person's classes and teaching groups from Feide's groups API and
 * keep them for the administrator's comparison with Varde's groups (issue 14, part 1). Never for
 * access. A failure is a `FeideGroupsError` (or the database's error): the sign-in catches it,
 * logs it and goes on, and the snapshot kept from an earlier sign-in stays.
 */
import type { Db } from '../../../db/database.js';
import { saveFeideGroupSnapshot } from '../../../data/feide/save-feide-group-snapshot.js';
import { fetchFeideGroups } from './feide-groups-client.js';

export interface RecordFeideGroups {
  /** The configuration's `feide.groupsApi`. */
  groupsApi: string;
  /** The person's access token from the token endpoint. */
  accessToken: string;
  ownerId: string;
  staffId: string;
  /** When Feide was read: the sign-in's moment. */
  now: Date;
}

export async function recordFeideGroups(db: Db, { groupsApi, accessToken, ownerId, staffId, now }: RecordFeideGroups, fetchImpl: typeof fetch = fetch): Promise<void> {
  const groups = await fetchFeideGroups(groupsApi, accessToken, fetchImpl);
  await saveFeideGroupSnapshot(db, { ownerId, staffId, groups, fetchedAt: now });
}
