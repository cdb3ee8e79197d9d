/**
 * OT's figures for the county (issue 12, part 6): a snapshot of the youth in OT's list on a chosen
 * day (30 June, say), counted by status, by status group, by school of origin and by the reason
 * they left. The snapshot is a reading of the history (ot-follow-up.ts): a youth counts with the
 * status recorded on or before the day, and only while inside the age limit on that day, so that
 * the figures "as at 30 June" come out the same when read in August.
 *
 * The counts are of people, shown to the county without names: a count of one to four is shown as
 * "fewer than five" (null; src/domain/owner/shown-count.ts), also in the export.
 */
import { shownCount } from '../owner/shown-count.js';
import type { IsoDate } from '../school-calendar.js';
import type { OtAgeLimit } from './ot-age-limit.js';
import { leaveReasons, otStatusCodeList, otStatusGroup, otStatusGroups, type LeaveReason, type OtStatusCode, type OtStatusGroup } from './ot-codes.js';
import { inOtList, statusOn, type StatusEntry } from './ot-follow-up.js';

/** What the snapshot needs of a youth: no name, no id beyond the school's. */
export interface StatisticsYouth {
  birthDate: IsoDate | null;
  leftOn: IsoDate;
  leaveReason: LeaveReason;
  originSchoolId: string;
  statuses: readonly StatusEntry[];
}

export interface OtCounts {
  total: number;
  byStatus: Record<OtStatusCode, number>;
  byGroup: Record<OtStatusGroup, number>;
}

export interface OtSnapshot {
  on: IsoDate;
  all: OtCounts;
  /** Only the schools some youth in the list came from. */
  bySchool: Map<string, OtCounts>;
  /** Every reason code, in the code list's order, also those no youth has. */
  byReason: Map<LeaveReason, OtCounts>;
}

function noCounts(): OtCounts {
  return {
    total: 0,
    byStatus: Object.fromEntries(otStatusCodeList.map((c) => [c, 0])) as Record<OtStatusCode, number>,
    byGroup: Object.fromEntries(otStatusGroups.map((g) => [g, 0])) as Record<OtStatusGroup, number>,
  };
}

function add(counts: OtCounts, code: OtStatusCode): void {
  counts.total += 1;
  counts.byStatus[code] += 1;
  counts.byGroup[otStatusGroup(code)] += 1;
}

/** The youth in OT's list on the day, counted by their status on that day. */
export function otSnapshot(youth: readonly StatisticsYouth[], limit: OtAgeLimit, on: IsoDate): OtSnapshot {
  const snapshot: OtSnapshot = { on, all: noCounts(), bySchool: new Map(), byReason: new Map(leaveReasons.map((r) => [r, noCounts()])) };
  for (const y of youth) {
    if (!inOtList(y, limit, on)) continue;
    const code = statusOn(y.statuses, on);
    add(snapshot.all, code);
    let school = snapshot.bySchool.get(y.originSchoolId);
    if (!school) snapshot.bySchool.set(y.originSchoolId, (school = noCounts()));
    add(school, code);
    add(snapshot.byReason.get(y.leaveReason)!, code);
  }
  return snapshot;
}

/** Counts as the county is shown them: every status and group in the code list's order, small ones hidden. */
export interface ShownCounts {
  total: number | null;
  byStatus: Array<{ code: OtStatusCode; group: OtStatusGroup; count: number | null }>;
  byGroup: Array<{ group: OtStatusGroup; count: number | null }>;
}

export function shownCounts(counts: OtCounts): ShownCounts {
  return {
    total: shownCount(counts.total),
    byStatus: otStatusCodeList.map((code) => ({ code, group: otStatusGroup(code), count: shownCount(counts.byStatus[code]) })),
    byGroup: otStatusGroups.map((group) => ({ group, count: shownCount(counts.byGroup[group]) })),
  };
}
