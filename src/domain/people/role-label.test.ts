import { describe, expect, it } from 'vitest';
import { readRoleLabel } from './role-label.js';

describe('readRoleLabel', () => {
  it('reads the labels Varde and the demo store, in any of the three languages', () => {
    expect(readRoleLabel('Kontaktlærer 1STA')).toEqual({ code: 'kontaktlaerer', detail: '1STA' });
    expect(readRoleLabel('Kontaktlærar 2STB')).toEqual({ code: 'kontaktlaerer', detail: '2STB' });
    expect(readRoleLabel('Contact teacher 1STA')).toEqual({ code: 'kontaktlaerer', detail: '1STA' });
    expect(readRoleLabel('Elev')).toEqual({ code: 'elev', detail: null });
    expect(readRoleLabel(' student ')).toEqual({ code: 'elev', detail: null });
    expect(readRoleLabel('Foresatt')).toEqual({ code: 'foresatt', detail: null });
    expect(readRoleLabel('føresett')).toEqual({ code: 'foresatt', detail: null });
    expect(readRoleLabel('Rektor')).toEqual({ code: 'rektor', detail: null });
    expect(readRoleLabel('OT-rådgiver')).toEqual({ code: 'ot_radgiver', detail: null });
  });

  it('leaves free words as they were written', () => {
    expect(readRoleLabel('mor')).toBeNull();
    expect(readRoleLabel('PPT-rådgiver')).toBeNull();
    expect(readRoleLabel('Elev som var med på møtet i går')).toBeNull();
    expect(readRoleLabel('')).toBeNull();
  });
});
