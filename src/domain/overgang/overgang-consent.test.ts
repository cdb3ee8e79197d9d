import { describe, expect, it } from 'vitest';
import { consentInForce, overgangStatus, refuseConsent, whoMayConsentToOvergang } from './overgang-consent.js';

const born = '2011-03-10';

describe('who may consent to moving the summary', () => {
  it('is the guardians alone until the day before the 15th birthday', () => {
    expect(whoMayConsentToOvergang(born, '2026-03-09')).toEqual(['foresatte']);
    expect(refuseConsent({ birthDate: born, givenBy: 'elev', givenOn: '2026-03-09', today: '2026-08-20' })).toBe('too_young_for_own_consent');
    expect(refuseConsent({ birthDate: born, givenBy: 'foresatte', givenOn: '2026-03-09', today: '2026-08-20' })).toBeNull();
  });

  it('is the student too from the 15th birthday itself', () => {
    expect(whoMayConsentToOvergang(born, '2026-03-10')).toEqual(['foresatte', 'elev']);
    expect(refuseConsent({ birthDate: born, givenBy: 'elev', givenOn: '2026-03-10', today: '2026-08-20' })).toBeNull();
  });

  it('is the student alone from the 18th birthday, and the day before it still the guardians too', () => {
    expect(whoMayConsentToOvergang(born, '2029-03-09')).toEqual(['foresatte', 'elev']);
    expect(whoMayConsentToOvergang(born, '2029-03-10')).toEqual(['elev']);
    expect(refuseConsent({ birthDate: born, givenBy: 'foresatte', givenOn: '2029-03-10', today: '2029-08-20' })).toBe('adult_decides_alone');
  });

  it('refuses a consent dated after today, whoever gave it', () => {
    expect(refuseConsent({ birthDate: born, givenBy: 'foresatte', givenOn: '2026-08-21', today: '2026-08-20' })).toBe('given_in_future');
    expect(refuseConsent({ birthDate: born, givenBy: 'foresatte', givenOn: '2026-08-20', today: '2026-08-20' })).toBeNull();
  });

  it('takes a leap-day birthday as the law does: the 15th birthday is 1 March in a year without 29 February', () => {
    expect(whoMayConsentToOvergang('2012-02-29', '2027-02-28')).toEqual(['foresatte']);
    expect(whoMayConsentToOvergang('2012-02-29', '2027-03-01')).toEqual(['foresatte', 'elev']);
  });
});

describe('the consent in force', () => {
  const given = { givenBy: 'foresatte' as const, givenOn: '2026-06-01', revokedOn: null };

  it('is in force from the day it was given, not before', () => {
    expect(consentInForce([given], '2026-05-31')).toBeNull();
    expect(consentInForce([given], '2026-06-01')).toBe(given);
  });

  it('ends on the day it is revoked', () => {
    const revoked = { ...given, revokedOn: '2026-08-18' };
    expect(consentInForce([revoked], '2026-08-17')).toBe(revoked);
    expect(consentInForce([revoked], '2026-08-18')).toBeNull();
  });

  it('is the latest one when several were given, and a new consent after a revoked one counts', () => {
    const revoked = { ...given, revokedOn: '2026-06-10' };
    const again = { givenBy: 'elev' as const, givenOn: '2026-08-01', revokedOn: null };
    expect(consentInForce([again, revoked], '2026-08-02')).toBe(again);
    const older = { givenBy: 'elev' as const, givenOn: '2026-05-01', revokedOn: null };
    expect(consentInForce([given, older], '2026-07-01')).toBe(given);
    expect(consentInForce([older, given], '2026-07-01')).toBe(given);
  });

  it('takes the one listed first of two given on the same day (the newest recorded)', () => {
    const sameDay = { givenBy: 'elev' as const, givenOn: '2026-06-01', revokedOn: null };
    expect(consentInForce([sameDay, given], '2026-07-01')).toBe(sameDay);
    expect(consentInForce([given, sameDay], '2026-07-01')).toBe(given);
  });
});

describe('what the receiving school sees', () => {
  const consent = { givenBy: 'foresatte' as const, givenOn: '2026-06-01', revokedOn: null };

  it('may only ask without a consent in force', () => {
    expect(overgangStatus({ consents: [], readAt: null, today: '2026-08-20' })).toBe('kan_spoerje');
    expect(overgangStatus({ consents: [{ ...consent, revokedOn: '2026-08-19' }], readAt: null, today: '2026-08-20' })).toBe('kan_spoerje');
  });

  it('has a summary waiting with consent until it has read it', () => {
    expect(overgangStatus({ consents: [consent], readAt: null, today: '2026-08-20' })).toBe('venter');
    expect(overgangStatus({ consents: [consent], readAt: new Date('2026-08-20T08:00:00Z'), today: '2026-08-20' })).toBe('lest');
  });

  it('loses a read summary when the consent is revoked: nothing more may be read', () => {
    expect(overgangStatus({ consents: [{ ...consent, revokedOn: '2026-08-21' }], readAt: new Date('2026-08-20T08:00:00Z'), today: '2026-08-21' })).toBe('kan_spoerje');
  });
});
