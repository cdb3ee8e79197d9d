/**
 * The consent forms as plain data (src/web/features/overgang/components/consent-forms.tsx): who
 * can be chosen as having given the consent today — each guardian with parental responsibility
 * by name, and the student — and the server's refusals at the fields, said in the form's words.
 */
import { dateWindows } from '../../../domain/date-windows';
import type { ConsentGiver } from '../../../domain/referrals/consent';
import type { OvergangView } from '../../../shared/overgang-api';
import type { FailureDetail } from '../../api/client';
import { addDays, isIsoDate } from '../../lib/dates';

/** One choice of "who gave it": the student, or one guardian by name. */
export interface ConsentChoice {
  key: string;
  givenBy: ConsentGiver;
  guardianId: string | null;
  guardianName: string | null;
}

/**
 * The choices in the order of `whoMayConsent`: the guardians' consent is a guardian's, so each
 * guardian is a choice of their own; none when the student has no guardian with parental
 * responsibility on record.
 */
export function consentChoices(view: Pick<OvergangView, 'whoMayConsent' | 'guardians'>): ConsentChoice[] {
  return view.whoMayConsent.flatMap((giver): ConsentChoice[] =>
    giver === 'elev'
      ? [{ key: 'elev', givenBy: 'elev', guardianId: null, guardianName: null }]
      : view.guardians.map((g) => ({ key: `foresatt-${g.id}`, givenBy: 'foresatte', guardianId: g.id, guardianName: g.name })),
  );
}

/** The problems the consent forms say in their own words (overgang.consent.problem.*). */
export type ConsentProblem = 'giver_missing' | 'revoker_missing' | 'giver_not_allowed' | 'guardian_missing' | 'date_missing' | 'date_in_future' | 'date_too_old' | 'revoked_before_given' | 'refused';
export type ConsentField = 'givenBy' | 'givenOn' | 'revokedBy' | 'revokedOn';

/** How far back a consent or its revocation may be dated: the contract's window for what has happened. */
export const daysBack = dateWindows.happened.back;

/**
 * What is wrong with the day a consent was given or revoked, or null: a day, not after today,
 * within the last year, and — for a revocation — not before the consent was given.
 */
export function dayProblem(day: string, today: string, notBefore?: string): ConsentProblem | null {
  if (!isIsoDate(day)) return 'date_missing';
  if (day > today) return 'date_in_future';
  if (day < addDays(today, -daysBack)) return 'date_too_old';
  if (notBefore && day < notBefore) return 'revoked_before_given';
  return null;
}

/**
 * Where the server's refusal goes, and why: a giver the law does not let consent on that day; a
 * guardian not named, or not one with parental responsibility (chosen with the giver, so said
 * there); a day the form would have refused too (said as the form says it) or refused for a
 * reason the form cannot see (`refused`). What is at no field keeps the server's message.
 */
export function consentProblems(
  details: readonly FailureDetail[],
  sent: { day: string; today: string; notBefore?: string },
): Array<{ field: ConsentField; problem: ConsentProblem } | { field: null; message: string }> {
  return details.map((detail) => {
    const path = detail.path.replace(/^body\./, '');
    if (path === 'givenBy' || path === 'revokedBy') return { field: path, problem: 'giver_not_allowed' };
    if (path === 'guardianId') return { field: 'givenBy', problem: 'guardian_missing' };
    if (path === 'givenOn' || path === 'revokedOn') return { field: path, problem: dayProblem(sent.day, sent.today, sent.notBefore) ?? 'refused' };
    return { field: null, message: detail.message };
  });
}
