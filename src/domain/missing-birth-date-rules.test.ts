/**
 * Every guardian rule at the edge issue 17 opened: a student without a birth date counts as a
 * minor (src/domain/student-age.ts) — the guardians are summoned, sign, get copies and consent —
 * and a youth without one stays inside OT's age limit.
 */
import { describe, expect, it } from 'vitest';
import { agreementDistribution } from './ot/agreement-distribution.js';
import { guardiansSummoned, missingMandatory, requiredParts } from './ot/avklaring-participants.js';
import { avklaringSummonsRecipients } from './ot/avklaring-summons.js';
import { defaultOtAgeLimit, otRightLastDay, seedOtAgeLimit, withinOtAge } from './ot/ot-age-limit.js';
import { guardiansInformed, inOtList } from './ot/ot-follow-up.js';
import { youthFollowUpSummary } from './ot/youth-follow-up-summary.js';
import { refuseConsent, whoMayConsentToOvergang } from './overgang/overgang-consent.js';
import { checkConsent, whoMayConsent } from './referrals/consent.js';

// Far ahead: any known birth date would make the student an adult by then.
const late = '2090-06-01';

describe('a student without a birth date', () => {
  it('may not consent to a PPT referral alone: only the guardians may', () => {
    expect(whoMayConsent(null, late)).toEqual(['foresatte']);
    expect(checkConsent({ kind: 'ppt', studentBirthDate: null, consent: { givenBy: 'elev', givenOn: late }, referredOn: late })).toEqual({ ok: false, reason: 'student_too_young_for_own_consent' });
    expect(checkConsent({ kind: 'ppt', studentBirthDate: null, consent: { givenBy: 'foresatte', givenOn: late }, referredOn: late })).toEqual({ ok: true });
  });

  it('has the overgang consented to by the guardians only', () => {
    expect(whoMayConsentToOvergang(null, late)).toEqual(['foresatte']);
    expect(refuseConsent({ birthDate: null, givenBy: 'elev', givenOn: late, today: late })).toBe('too_young_for_own_consent');
    expect(refuseConsent({ birthDate: null, givenBy: 'foresatte', givenOn: late, today: late })).toBeNull();
  });

  it('has the guardians summoned to, and required at, the clarification meeting, and sent its summons', () => {
    expect(guardiansSummoned(null, late)).toBe(true);
    expect(requiredParts(null, late)).toContain('foresette');
    expect(missingMandatory(['leiing', 'kontaktlaerar', 'elev', 'ot'], null, late)).toEqual(['foresette']);
    const guardians = [
      { name: 'Mor', parentalResponsibility: true },
      { name: 'Stefar', parentalResponsibility: false },
    ];
    expect(avklaringSummonsRecipients({ student: { name: 'Elev', birthDate: null }, guardians, meetingOn: late })).toEqual({ recipients: ['Elev', 'Mor'], toGuardians: true });
  });

  it('has the guardians who were not at the meeting sent a copy of the agreement', () => {
    const { lines } = agreementDistribution({
      student: { name: 'Elev', birthDate: null },
      participants: [{ name: 'Elev', kind: 'elev', present: true }],
      guardians: [{ name: 'Mor' }],
      on: late,
      writtenOut: false,
    });
    expect(lines).toContainEqual({ name: 'Mor', kind: 'foresett', copy: 'kopi' });
  });

  it('stays in OT’s list, with no last day of the right, and its guardians are to be informed', () => {
    expect(otRightLastDay(null, defaultOtAgeLimit)).toBeNull();
    expect(withinOtAge(null, defaultOtAgeLimit, late)).toBe(true);
    expect(withinOtAge(null, seedOtAgeLimit, late)).toBe(true);
    expect(inOtList({ birthDate: null, leftOn: '2026-11-01' }, defaultOtAgeLimit, late)).toBe(true);
    // Not before the youth has left.
    expect(inOtList({ birthDate: null, leftOn: '2026-11-01' }, defaultOtAgeLimit, '2026-10-31')).toBe(false);
    expect(guardiansInformed(null, late)).toBe(true);
    expect(youthFollowUpSummary({ birthDate: null, leftOn: '2026-11-01' }, [], late).guardiansToInform).toBe(true);
  });
});
