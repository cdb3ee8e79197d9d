/**
 * Consent to move a follow-up summary to the student's next school (issue 13, part 5;
 * docs/decisions/023-overgang-and-skolebytte.md). Nothing moves without it.
 *
 * Who may give it depends on the student's age on the day it is given:
 * - under 15: the guardians only;
 * - from the 15th birthday and until 18: the guardians, or the student (the same age from which
 *   the student's own consent is enough for a PPT referral, src/domain/referrals/consent.ts);
 * - from the 18th birthday: the student only — the guardians no longer decide;
 * - birth date missing: the guardians only, as for a student under 15 (src/domain/student-age.ts).
 *
 * A consent is in force from the day it was given until it is revoked. A revoked consent stops a
 * summary that has not been read; what the receiving school has read, it has read (the read is
 * in the log), and no later reading is allowed.
 */
import type { IsoDate } from '../school-calendar.js';
import { adultAge, hasTurned } from '../student-age.js';
import { ownConsentAge, type ConsentGiver } from '../referrals/consent.js';

/** The former school's task when another school asks for the summary: ask the home for consent. */
export const overgangTaskKinds = ['be_om_samtykke_overgang'] as const;

/** Who may consent for a student on a day. */
export function whoMayConsentToOvergang(birthDate: IsoDate | null, on: IsoDate): ConsentGiver[] {
  if (hasTurned(birthDate, adultAge, on)) return ['elev'];
  if (hasTurned(birthDate, ownConsentAge, on)) return ['foresatte', 'elev'];
  return ['foresatte'];
}

export type ConsentRefusal = 'too_young_for_own_consent' | 'adult_decides_alone' | 'given_in_future';

/** Whether a consent given by `givenBy` on `givenOn` is one the law lets count; null when it is. */
export function refuseConsent(input: { birthDate: IsoDate | null; givenBy: ConsentGiver; givenOn: IsoDate; today: IsoDate }): ConsentRefusal | null {
  if (input.givenOn > input.today) return 'given_in_future';
  if (whoMayConsentToOvergang(input.birthDate, input.givenOn).includes(input.givenBy)) return null;
  return input.givenBy === 'elev' ? 'too_young_for_own_consent' : 'adult_decides_alone';
}

export interface ConsentRecord {
  givenBy: ConsentGiver;
  givenOn: IsoDate;
  /** The day it was revoked, or null. */
  revokedOn: IsoDate | null;
}

/**
 * The consent in force on a day, if any: the latest given on or before it and not revoked by then;
 * of two given on the same day, the one listed first (callers list the newest recorded first).
 */
export function consentInForce<C extends ConsentRecord>(consents: readonly C[], on: IsoDate): C | null {
  const inForce = consents.filter((c) => c.givenOn <= on && (c.revokedOn === null || c.revokedOn > on));
  return inForce.reduce<C | null>((latest, c) => (latest === null || c.givenOn > latest.givenOn ? c : latest), null);
}

/**
 * What the receiving school sees of a summary: `venter` (consent in force, not read yet), `lest`
 * (read — it may be read again only while consent is in force), or `kan_spoerje` (no consent: the
 * school may only ask).
 */
export type OvergangStatus = 'venter' | 'lest' | 'kan_spoerje';

export function overgangStatus(input: { consents: readonly ConsentRecord[]; readAt: Date | null; today: IsoDate }): OvergangStatus {
  if (!consentInForce(input.consents, input.today)) return 'kan_spoerje';
  return input.readAt ? 'lest' : 'venter';
}
