import { describe, expect, it } from 'vitest';
import { hasValidCheckDigit, orgNumberDigits, parseOrgNumber } from './org-number.js';

describe('organisation numbers', () => {
  it('read nine digits with or without spaces and the MVA suffix', () => {
    expect(orgNumberDigits('974760673')).toBe('974760673');
    expect(orgNumberDigits('974 760 673')).toBe('974760673');
    expect(orgNumberDigits('974760673MVA')).toBe('974760673');
    expect(orgNumberDigits('97476067')).toBeUndefined();
    expect(orgNumberDigits('9747606731')).toBeUndefined();
    expect(orgNumberDigits('97476067A')).toBeUndefined();
    expect(orgNumberDigits('')).toBeUndefined();
  });

  it('hold the modulus-11 check digit of Enhetsregisteret', () => {
    // Brønnøysundregistrene, Utdanningsdirektoratet, and two made up to end in 0 and in 8.
    for (const valid of ['974760673', '970018131', '910000020', '910000098']) expect(hasValidCheckDigit(valid)).toBe(true);
    // One digit mistyped, two digits swapped: the check digit no longer fits.
    for (const invalid of ['974760674', '974760763', '979460673']) expect(hasValidCheckDigit(invalid)).toBe(false);
  });

  it('are never issued where the check digit would be 10', () => {
    // 91000008x: the weighted sum of the first eight is 45, and 11 − 45 mod 11 = 10, so no last digit fits.
    for (let last = 0; last <= 9; last++) expect(hasValidCheckDigit(`91000008${last}`)).toBe(false);
  });

  it('are stored as their nine digits', () => {
    expect(parseOrgNumber(' 974 760 673 ')).toBe('974760673');
    expect(parseOrgNumber('974760674')).toBeUndefined();
  });
});
