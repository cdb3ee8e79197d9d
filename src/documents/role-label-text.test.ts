import { describe, expect, it } from 'vitest';
import { roleLabelText } from './role-label-text.js';

describe('roleLabelText', () => {
  it('writes a stored label in the document language, keeping its case and its class', () => {
    expect(roleLabelText('Kontaktlærer 1STA', 'nn')).toBe('Kontaktlærar 1STA');
    expect(roleLabelText('Foresatt', 'nn')).toBe('Føresett');
    expect(roleLabelText('foresatt', 'nn')).toBe('føresett');
    expect(roleLabelText('Guardian', 'nb')).toBe('Foresatt');
    expect(roleLabelText('Kontaktlærar 2STB', 'nb')).toBe('Kontaktlærer 2STB');
  });

  it('leaves a free label as written', () => {
    expect(roleLabelText('mor', 'nn')).toBe('mor');
  });
});
