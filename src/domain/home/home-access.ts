/**
 * Who may see a student's plans, summons and documents in the home view (issue 14, part 2 and 4;
 * docs/decisions/025-sign-in-feide-id-porten.md). Pure: the data layer loads the links and asks.
 *
 * - The student always sees their own.
 * - A guardian sees them only with parental responsibility (foreldreansvar), and only while the
 *   student is under 18. From the 18th birthday the access ends by itself, unless the student has
 *   consented (and not revoked it). A student whose birth date is missing counts as a minor
 *   (src/domain/student-age.ts): the guardians keep what the law gives them.
 */
import type { IsoDate } from '../school-calendar.js';
import { isMinorOn } from '../student-age.js';

export type GuardianAccess =
  | { ok: true; basis: 'minor' | 'consent' }
  | { ok: false; refusal: GuardianAccessRefusal };

/** Each with its own message (the web's home.refusal.*): the guardian is told why, in words. */
export type GuardianAccessRefusal = 'no_parental_responsibility' | 'student_is_adult';

export interface GuardianLink {
  parentalResponsibility: boolean;
  studentBirthDate: IsoDate | null;
  /** The adult student's consent, when one is in force (given and not revoked). */
  consentInForce: boolean;
}

export function guardianAccess(link: GuardianLink, today: IsoDate): GuardianAccess {
  if (!link.parentalResponsibility) return { ok: false, refusal: 'no_parental_responsibility' };
  if (isMinorOn(link.studentBirthDate, today)) return { ok: true, basis: 'minor' };
  return link.consentInForce ? { ok: true, basis: 'consent' } : { ok: false, refusal: 'student_is_adult' };
}

/**
 * Whether a student may give (or revoke) a guardian access past 18 in the home view: only an
 * adult student decides for themself; a minor's guardians have access by law already.
 */
export function mayGiveGuardianConsent(studentBirthDate: IsoDate | null, today: IsoDate): boolean {
  return !isMinorOn(studentBirthDate, today);
}
