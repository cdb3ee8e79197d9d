import { describe, expect, it } from 'vitest';
import { roleCodes } from '../vocabulary.js';
import { needsSecondFactor, secondFactorRoles } from './second-factor-roles.js';

describe('needsSecondFactor', () => {
  it('asks leadership and administrators, and no other role', () => {
    const asked = roleCodes.filter((role) => needsSecondFactor([{ role }]));
    expect(asked).toEqual(['skoleleder', 'skoleeier', 'administrator']);
    expect([...secondFactorRoles].sort()).toEqual([...asked].sort());
  });

  it('asks a teacher who is also in the leadership, and nobody without roles', () => {
    expect(needsSecondFactor([{ role: 'kontaktlaerer' }, { role: 'skoleleder' }])).toBe(true);
    expect(needsSecondFactor([{ role: 'kontaktlaerer' }, { role: 'faglaerer' }])).toBe(false);
    expect(needsSecondFactor([])).toBe(false);
  });
});
