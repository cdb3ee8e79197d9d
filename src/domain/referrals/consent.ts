/**
 * Referrals and the consent they need.
 * - PPT (an expert assessment): needs consent. The guardians give it; from the age of 15 the
 *   student's own consent is enough (opplæringslova, see docs/domain.md, "Other legal edges").
 * - BUP goes through the student's doctor or PPT with consent in the same way; Varde records it
 *   like PPT.
 * - helsesykepleier: a conversation within the school's own services; no formal consent, but the
 *   student is told.
 * - barnevern: a concern report is a duty that overrides confidentiality; no consent, but the
 *   checklist in barnevern-checklist.ts must be gone through (never on absence alone, the
 *   guardians are told, never anonymous).
 */
import type { IsoDate } from '../school-calendar.js';
import { hasTurned } from '../student-age.js';

export const referralKinds = ['ppt', 'bup', 'helsesykepleier', 'barnevern'] as const;
export type ReferralKind = (typeof referralKinds)[number];

export const consentGivers = ['foresatte', 'elev'] as const;
export type ConsentGiver = (typeof consentGivers)[number];

/** The age from which a student's own consent to a PPT referral is enough. */
export const ownConsentAge = 15;

export function needsConsent(kind: ReferralKind): boolean {
  return kind === 'ppt' || kind === 'bup';
}

export type ConsentCheck =
  | { ok: true }
  | { ok: false; reason: 'consent_missing' | 'student_too_young_for_own_consent' | 'consent_after_referral' };

export function checkConsent(input: {
  kind: ReferralKind;
  /** Null when the birth date is missing: the student is then treated as under 15 (student-age.ts). */
  studentBirthDate: IsoDate | null;
  consent: { givenBy: ConsentGiver; givenOn: IsoDate } | null;
  referredOn: IsoDate;
}): ConsentCheck {
  if (!needsConsent(input.kind)) return { ok: true };
  if (!input.consent) return { ok: false, reason: 'consent_missing' };
  if (input.consent.givenOn > input.referredOn) return { ok: false, reason: 'consent_after_referral' };
  if (input.consent.givenBy === 'elev' && !hasTurned(input.studentBirthDate, ownConsentAge, input.consent.givenOn)) {
    return { ok: false, reason: 'student_too_young_for_own_consent' };
  }
  return { ok: true };
}

/** Who may consent for a student on a date: the guardians always, the student too from 15 (never while the birth date is missing). */
export function whoMayConsent(studentBirthDate: IsoDate | null, on: IsoDate): ConsentGiver[] {
  return hasTurned(studentBirthDate, ownConsentAge, on) ? ['elev', 'foresatte'] : ['foresatte'];
}
