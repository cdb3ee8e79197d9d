import { describe, expect, it } from 'vitest';
import { addDays, dateOfTimestamp, isIsoDate, todayInNorway } from './dates';

describe('dates', () => {
  it('takes today from Norway, not from UTC', () => {
    expect(todayInNorway(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(todayInNorway(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-23', 42)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows a calendar date when it sees one', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('23.11.2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('reads the Norwegian date of a timestamp', () => {
    expect(dateOfTimestamp('2026-11-23T23:30:00.000Z')).toBe('2026-11-24');
    expect(dateOfTimestamp('2026-11-23')).toBe('2026-11-23');
  });
});
