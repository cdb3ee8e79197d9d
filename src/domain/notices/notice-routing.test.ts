import { describe, expect, it } from 'vitest';
import { chooseChannel, maskAddress, whyNotSent } from './notice-routing.js';

const both = { email: 'kari@example.no', phone: '+47 912 34 567' };

describe('chooseChannel', () => {
  it('sends a summons by e-mail, which carries the invitation, and falls back to SMS', () => {
    expect(chooseChannel('innkalling', both, ['sms', 'epost'])).toBe('epost');
    expect(chooseChannel('innkalling', { email: null, phone: both.phone }, ['sms', 'epost'])).toBe('sms');
  });
  it('sends the same-day notice by SMS first', () => {
    expect(chooseChannel('fravaer_samme_dag', both, ['epost', 'sms'])).toBe('sms');
    expect(chooseChannel('fravaer_samme_dag', both, ['epost'])).toBe('epost');
  });
  it('sends a copy by digital post only when the number can be had', () => {
    expect(chooseChannel('kopi', both, ['digital_post', 'epost'])).toBe('epost');
    expect(chooseChannel('kopi', both, ['digital_post', 'epost'], { digitalPost: true })).toBe('digital_post');
  });
  it('sends staff notices by e-mail only', () => {
    expect(chooseChannel('daglig_oppsummering', { email: null, phone: both.phone }, ['sms', 'epost'])).toBeNull();
  });
  it('says whether a channel or an address is missing', () => {
    expect(chooseChannel('innkalling', both, [])).toBeNull();
    expect(whyNotSent('innkalling', both, [])).toBe('no_channel');
    expect(whyNotSent('innkalling', { email: null, phone: null }, ['epost'])).toBe('no_address');
  });
});

describe('maskAddress', () => {
  it('shows the first letter and the domain of an e-mail address', () => {
    expect(maskAddress('epost', 'kari.nordmann@example.no')).toBe('k***@example.no');
  });
  it('shows the last four digits of a phone number', () => {
    expect(maskAddress('sms', '+47 912 34 567')).toBe('*** ** 45 67');
  });
  it('shows no identity number for digital post', () => {
    expect(maskAddress('digital_post', '01010112345')).toBe('digital postkasse');
  });
});
