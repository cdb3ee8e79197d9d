/**
 * OT's statistics for the county on a day (issue 12, part 6): the register's youth with their
 * status entries, counted by the domain (src/domain/ot/ot-statistics.ts) under the owner's age
 * limit, with the name and organisation number of each school of origin.
 */
import type { Db } from '../../db/database.js';
import { otSnapshot, type OtSnapshot } from '../../domain/ot/ot-statistics.js';
import { statusEntries } from '../../domain/ot/youth-follow-up-summary.js';
import { loadOtSettings } from './load-ot-settings.js';
import { loadOtYouth } from './load-ot-youth.js';

export interface OtStatisticsReading {
  snapshot: OtSnapshot;
  schools: Map<string, { id: string; name: string; orgNumber: string | null }>;
}

export async function findOtStatistics(db: Db, ownerId: string, on: string): Promise<OtStatisticsReading> {
  const [settings, youth] = await Promise.all([loadOtSettings(db, ownerId), loadOtYouth(db, ownerId, { entryKinds: ['status'] })]);
  const snapshot = otSnapshot(
    youth.map((y) => ({ birthDate: y.birthDate, leftOn: y.leftOn, leaveReason: y.leaveReason, originSchoolId: y.originSchool.id, statuses: statusEntries(y.entries) })),
    settings.limit,
    on,
  );
  return { snapshot, schools: new Map(youth.map((y) => [y.originSchool.id, y.originSchool])) };
}
