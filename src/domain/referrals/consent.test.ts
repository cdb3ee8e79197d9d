import { describe, expect, it } from 'vitest';
import { checkConsent, needsConsent, whoMayConsent } from './consent.js';

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
});
