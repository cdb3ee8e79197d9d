import { describe, expect, it } from 'vitest';
import { ageOrNullOn, hasTurned, isMinorOn, refuseBirthDate } from './student-age.js';

describe('a student whose birth date may be missing', () => {
  it('has an age when the birth date is known, and none when it is missing', () => {
    expect(ageOrNullOn('2010-11-24', '2026-11-23')).toBe(15);
    expect(ageOrNullOn('2010-11-24', '2026-11-24')).toBe(16);
    expect(ageOrNullOn(null, '2026-11-24')).toBeNull();
  });

  it('is a minor until the 18th birthday, and always when the birth date is missing', () => {
    expect(isMinorOn('2008-11-25', '2026-11-24')).toBe(true);
    expect(isMinorOn('2008-11-25', '2026-11-25')).toBe(false);
    expect(isMinorOn(null, '2026-11-25')).toBe(true);
    expect(isMinorOn(null, '2090-01-01')).toBe(true);
  });

  it('has not turned any age when the birth date is missing', () => {
    expect(hasTurned('2011-11-24', 15, '2026-11-23')).toBe(false);
    expect(hasTurned('2011-11-24', 15, '2026-11-24')).toBe(true);
    expect(hasTurned(null, 15, '2026-11-24')).toBe(false);
    expect(hasTurned(null, 0, '2026-11-24')).toBe(false);
  });

  it('refuses a completed birth date in the future or before 1990', () => {
    expect(refuseBirthDate('2026-12-08', '2026-12-07')).toBe('birth_date_in_future');
    expect(refuseBirthDate('2026-12-07', '2026-12-07')).toBeNull();
    expect(refuseBirthDate('1989-12-31', '2026-12-07')).toBe('birth_date_too_early');
    expect(refuseBirthDate('1990-01-01', '2026-12-07')).toBeNull();
  });
});
