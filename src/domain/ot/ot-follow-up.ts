/**
 * OT's own follow-up of a youth who has left school (issue 12): what OT records, the status on a
 * day, and who is in OT's list on a day. Pure: src/data/ot/ reads and writes the entries.
 *
 * Everyone starts as OTUK (unknown activity) until OT has made contact — the code list's own rule —
 * and stays in the list until the age limit (ot-age-limit.ts); the record is then kept, not shown.
 */
import type { IsoDate } from '../school-calendar.js';
import { withinOtAge, type OtAgeLimit } from './ot-age-limit.js';
import { firstOtStatus, otStatusGroup, type OtStatusCode, type OtStatusGroup } from './ot-codes.js';

/** kontaktforsok: an attempt to reach the youth; status: a code from the list; aktivitet: what the youth does; plan: a version of the follow-up plan; informasjon: the written information about the right (to the youth, and to guardians of a minor); notat: anything else. */
export const otEntryKinds = ['kontaktforsok', 'status', 'aktivitet', 'plan', 'informasjon', 'notat'] as const;
export type OtEntryKind = (typeof otEntryKinds)[number];

export interface StatusEntry {
  on: IsoDate;
  statusCode: OtStatusCode;
  /** Order of recording, for two entries on one day. */
  createdAt: string;
}

/** The youth's status on a day: the latest status recorded on or before it, else OTUK from the day the youth came to OT. */
export function statusOn(entries: readonly StatusEntry[], on: IsoDate): OtStatusCode {
  let latest: StatusEntry | undefined;
  for (const e of entries) {
    if (e.on > on) continue;
    if (!latest || e.on > latest.on || (e.on === latest.on && e.createdAt > latest.createdAt)) latest = e;
  }
  return latest?.statusCode ?? firstOtStatus;
}

export interface YouthFacts {
  /** Null when missing: the youth then stays inside the age limit (ot-age-limit.ts). */
  birthDate: IsoDate | null;
  leftOn: IsoDate;
}

/** Is the youth in OT's list on this day: left school by then, and inside the age limit? */
export function inOtList(youth: YouthFacts, limit: OtAgeLimit, on: IsoDate): boolean {
  return youth.leftOn <= on && withinOtAge(youth.birthDate, limit, on);
}

/** The written information about the right to follow-up goes to the youth, and to the guardians while the youth is a minor. */
export { guardiansSummoned as guardiansInformed } from './avklaring-participants.js';

export function statusGroupOn(entries: readonly StatusEntry[], on: IsoDate): OtStatusGroup {
  return otStatusGroup(statusOn(entries, on));
}
