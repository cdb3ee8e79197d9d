/**
 * The rules a referral must meet before it is recorded, as problems with the field they concern:
 * consent where it is needed (consent.ts), and for a concern report to barnevern the seed's
 * checklist gone through (barnevern-checklist.ts) and the guardians told.
 */
import { barnevernChecklist } from '../kartlegging/barnevern-checklist.js';
import type { IsoDate } from '../school-calendar.js';
import { checkConsent, type ConsentGiver, type ReferralKind } from './consent.js';

export interface ReferralProblem {
  path: string;
  message: string;
}

const consentMessages = {
  consent_missing: 'a referral to PPT or BUP needs consent: from the guardians, or from the student from the age of 15',
  student_too_young_for_own_consent: "the student is under 15 (or the birth date is missing): the guardians' consent is needed",
  consent_after_referral: 'consent must be given before the referral',
} as const;

export function checkReferral(input: {
  kind: ReferralKind;
  referredOn: IsoDate;
  studentBirthDate: IsoDate | null;
  consent: { givenBy: ConsentGiver; givenOn: IsoDate } | null;
  checklist: { confirmed: readonly string[]; descriptions: Readonly<Record<string, string>> };
  guardiansInformedOn: IsoDate | null;
}): ReferralProblem[] {
  const problems: ReferralProblem[] = [];
  const consent = checkConsent({ kind: input.kind, studentBirthDate: input.studentBirthDate, consent: input.consent, referredOn: input.referredOn });
  if (!consent.ok) problems.push({ path: 'body.consent', message: consentMessages[consent.reason] });

  if (input.kind === 'barnevern') {
    const confirmed = new Set(input.checklist.confirmed);
    for (const item of barnevernChecklist) {
      if (item.required && !confirmed.has(item.id)) {
        problems.push({ path: `body.checklist.confirmed.${item.id}`, message: `must be confirmed: ${item.text.en}` });
      }
    }
    // Never on absence alone: the report describes at least one point of the student's situation beyond the absence pattern.
    const beyondAbsence = barnevernChecklist.filter((item) => item.group === 'innhold' && item.id !== 'fravaersmonster');
    const described = beyondAbsence.filter((item) => (input.checklist.descriptions[item.id] ?? '').trim() !== '');
    if (described.length === 0) problems.push({ path: 'body.checklist.descriptions', message: 'the report must describe the student’s situation beyond the absence (social functioning, health, measures tried, cooperation, other risks)' });
    if (!input.guardiansInformedOn) problems.push({ path: 'body.guardiansInformedOn', message: 'the school tells the guardians about a concern report' });
  }
  return problems;
}
