import { describe, expect, it } from 'vitest';
import { codeProblem, groupedSecret, typedCode } from './second-factor-code';

describe('the one-time code', () => {
  it('is six digits, with any spaces left out', () => {
    expect(codeProblem('123456')).toBeNull();
    expect(codeProblem(' 123 456 ')).toBeNull();
    expect(typedCode(' 123 456\n')).toBe('123456');
  });

  it('names what is wrong: nothing typed, or not six digits', () => {
    expect(codeProblem('')).toBe('codeMissing');
    expect(codeProblem('   ')).toBe('codeMissing');
    expect(codeProblem('12345')).toBe('codeIncomplete');
    expect(codeProblem('1234567')).toBe('codeIncomplete');
    expect(codeProblem('12345a')).toBe('codeIncomplete');
  });
});

describe('groupedSecret', () => {
  it('shows the key in groups of four', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupedSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupedSecret('')).toBe('');
  });
});
