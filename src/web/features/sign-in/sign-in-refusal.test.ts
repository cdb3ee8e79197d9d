import { describe, expect, it } from 'vitest';
import { oidcRefusals } from '../../../shared/sign-in-api';
import { catalogs, type Catalog } from '../../i18n/catalogs';
import { refusalOf } from './sign-in-refusal';

describe('refusalOf', () => {
  it('reads every refusal the server sends back', () => {
    for (const refusal of oidcRefusals) expect(refusalOf(refusal)).toBe(refusal);
  });

  it('says nothing without a refusal, and something general for a code it does not know', () => {
    expect(refusalOf(null)).toBeNull();
    expect(refusalOf('')).toBeNull();
    expect(refusalOf('<script>')).toBe('unknown');
    expect(refusalOf('STATE_INVALID')).toBe('unknown');
  });
});

describe('the refusals in words', () => {
  it.each(Object.keys(catalogs))('%s has a text for every refusal', (language) => {
    const refusals = ((catalogs[language as keyof typeof catalogs].signIn as Catalog).refusals ?? {}) as Catalog;
    const missing = [...oidcRefusals, 'unknown'].filter((code) => typeof refusals[code] !== 'string');
    expect(missing).toEqual([]);
  });
});
