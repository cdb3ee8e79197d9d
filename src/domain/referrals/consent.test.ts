import { describe, expect, it } from 'vitest';
import { checkConsent, consentGivers, needsConsent, ownConsentAge, referralKinds, whoMayConsent } from './consent.js';

// Born 2011-11-24: 14 on 2026-11-23, 15 on 2026-11-24.
const birth = '2011-11-24';

describe('consent to a referral', () => {
  it('is needed for PPT and BUP, not for the school nurse or a concern report', () => {
    expect(needsConsent('ppt')).toBe(true);
    expect(needsConsent('bup')).toBe(true);
    expect(needsConsent('helsesykepleier')).toBe(false);
    expect(needsConsent('barnevern')).toBe(false);
  });

  it('refuses a PPT referral without consent', () => {
    expect(checkConsent({ kind: 'ppt', studentBirthDate: birth, consent: null, referredOn: '2026-11-23' })).toEqual({ ok: false, reason: 'consent_missing' });
  });

  it("takes the student's own consent from the day the student turns 15, not the day before", () => {
    expect(checkConsent({ kind: 'ppt', studentBirthDate: birth, consent: { givenBy: 'elev', givenOn: '2026-11-23' }, referredOn: '2026-11-24' })).toEqual({
      ok: false,
      reason: 'student_too_young_for_own_consent',
    });
    expect(checkConsent({ kind: 'ppt', studentBirthDate: birth, consent: { givenBy: 'elev', givenOn: '2026-11-24' }, referredOn: '2026-11-24' })).toEqual({ ok: true });
  });

  it("always takes the guardians' consent", () => {
    expect(checkConsent({ kind: 'ppt', studentBirthDate: birth, consent: { givenBy: 'foresatte', givenOn: '2026-11-20' }, referredOn: '2026-11-23' })).toEqual({ ok: true });
  });

  it('refuses consent dated after the referral', () => {
    expect(checkConsent({ kind: 'bup', studentBirthDate: '2008-01-01', consent: { givenBy: 'elev', givenOn: '2026-11-24' }, referredOn: '2026-11-23' })).toEqual({ ok: false, reason: 'consent_after_referral' });
  });

  it('tells who may consent on a date', () => {
    expect(whoMayConsent(birth, '2026-11-23')).toEqual(['foresatte']);
    expect(whoMayConsent(birth, '2026-11-24')).toEqual(['elev', 'foresatte']);
  });

  it('counts the student’s age on the day of the consent when the birthday falls in a later month', () => {
    // Born 1 December 2011: 14 on 30 November 2026, 15 from 1 December.
    const december = '2011-12-01';
    const own = (givenOn: string) => checkConsent({ kind: 'ppt', studentBirthDate: december, consent: { givenBy: 'elev', givenOn }, referredOn: '2026-12-10' });
    expect(own('2026-11-30')).toEqual({ ok: false, reason: 'student_too_young_for_own_consent' });
    expect(own('2026-12-01')).toEqual({ ok: true });
    expect(whoMayConsent(december, '2026-11-30')).toEqual(['foresatte']);
    expect(whoMayConsent(december, '2026-12-01')).toEqual(['elev', 'foresatte']);
    // Born 31 October 2011: 15 on 1 November, though the day of the month is smaller.
    expect(checkConsent({ kind: 'bup', studentBirthDate: '2011-10-31', consent: { givenBy: 'elev', givenOn: '2026-11-01' }, referredOn: '2026-11-02' })).toEqual({ ok: true });
  });

  it('takes consent given on the day of the referral', () => {
    expect(checkConsent({ kind: 'ppt', studentBirthDate: birth, consent: { givenBy: 'foresatte', givenOn: '2026-11-23' }, referredOn: '2026-11-23' })).toEqual({ ok: true });
  });

  it('asks no consent of the school nurse or a concern report, even from a young student', () => {
    for (const kind of ['helsesykepleier', 'barnevern'] as const) {
      expect(checkConsent({ kind, studentBirthDate: '2016-01-01', consent: null, referredOn: '2026-11-23' })).toEqual({ ok: true });
      expect(checkConsent({ kind, studentBirthDate: '2016-01-01', consent: { givenBy: 'elev', givenOn: '2026-11-24' }, referredOn: '2026-11-23' })).toEqual({ ok: true });
    }
  });

  it('has the referral kinds, who consents, and the age of own consent', () => {
    expect(referralKinds).toEqual(['ppt', 'bup', 'helsesykepleier', 'barnevern']);
    expect(consentGivers).toEqual(['foresatte', 'elev']);
    expect(ownConsentAge).toBe(15);
  });
});
