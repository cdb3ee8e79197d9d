import { describe, expect, it } from 'vitest';
import { guardianAccess, mayGiveGuardianConsent } from './home-access.js';

const link = { parentalResponsibility: true, studentBirthDate: '2009-03-15', consentInForce: false };

describe('guardianAccess: the 18-year rule', () => {
  it('lets a guardian with parental responsibility see a minor', () => {
    expect(guardianAccess(link, '2027-03-14')).toEqual({ ok: true, basis: 'minor' });
  });
  it('ends on the 18th birthday by itself', () => {
    expect(guardianAccess(link, '2027-03-15')).toEqual({ ok: false, refusal: 'student_is_adult' });
  });
  it('goes on past 18 with the student consent, and ends when it is revoked', () => {
    expect(guardianAccess({ ...link, consentInForce: true }, '2027-03-15')).toEqual({ ok: true, basis: 'consent' });
    expect(guardianAccess({ ...link, consentInForce: false }, '2030-01-01')).toEqual({ ok: false, refusal: 'student_is_adult' });
  });
  it('refuses a guardian without parental responsibility, whatever the age or consent', () => {
    expect(guardianAccess({ ...link, parentalResponsibility: false }, '2026-12-07')).toEqual({ ok: false, refusal: 'no_parental_responsibility' });
    expect(guardianAccess({ ...link, parentalResponsibility: false, consentInForce: true }, '2030-01-01')).toEqual({
      ok: false,
      refusal: 'no_parental_responsibility',
    });
  });
  it('treats a student without a birth date as a minor', () => {
    expect(guardianAccess({ ...link, studentBirthDate: null }, '2040-01-01')).toEqual({ ok: true, basis: 'minor' });
  });
});

describe('mayGiveGuardianConsent', () => {
  it('is for an adult student only', () => {
    expect(mayGiveGuardianConsent('2009-03-15', '2027-03-14')).toBe(false);
    expect(mayGiveGuardianConsent('2009-03-15', '2027-03-15')).toBe(true);
    expect(mayGiveGuardianConsent(null, '2040-01-01')).toBe(false);
  });
});
