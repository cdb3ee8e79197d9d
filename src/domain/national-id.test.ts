import { describe, expect, it } from 'vitest';
import { isNationalId } from './national-id.js';

describe('isNationalId', () => {
  it('accepts numbers with correct check digits', () => {
    // Published examples of valid (synthetic) numbers.
    expect(isNationalId('01010750160')).toBe(true);
    expect(isNationalId('13097248022')).toBe(true);
  });
  it('refuses a changed digit, the wrong length and letters', () => {
    expect(isNationalId('01010750161')).toBe(false);
    expect(isNationalId('13097248023')).toBe(false);
    expect(isNationalId('0101075016')).toBe(false);
    expect(isNationalId('0101075016a')).toBe(false);
  });
});
