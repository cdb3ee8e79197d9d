import { describe, expect, it } from 'vitest';
import { nextDailyRun, osloInstant } from './fint-schedule.js';

describe('the daily FINT sync time', () => {
  it('is the time of day in Norway, in winter and in summer', () => {
    expect(osloInstant('2026-12-07', '05:30').toISOString()).toBe('2026-12-07T04:30:00.000Z');
    expect(osloInstant('2026-06-15', '05:30').toISOString()).toBe('2026-06-15T03:30:00.000Z');
  });

  it('is later today when the time has not come, else tomorrow', () => {
    expect(nextDailyRun('05:30', new Date('2026-12-07T04:29:59Z')).toISOString()).toBe('2026-12-07T04:30:00.000Z');
    expect(nextDailyRun('05:30', new Date('2026-12-07T04:30:00Z')).toISOString()).toBe('2026-12-08T04:30:00.000Z');
    // 23:30 UTC on the 7th is already the 8th in Norway.
    expect(nextDailyRun('00:15', new Date('2026-12-07T23:30:00Z')).toISOString()).toBe('2026-12-08T23:15:00.000Z');
  });

  it('keeps the time across the change of clocks', () => {
    // Summer time begins on 29 March 2026 at 02:00, which becomes 03:00.
    expect(nextDailyRun('05:30', new Date('2026-03-28T05:00:00Z')).toISOString()).toBe('2026-03-29T03:30:00.000Z');
    expect(nextDailyRun('02:30', new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Winter time returns on 25 October 2026.
    expect(nextDailyRun('05:30', new Date('2026-10-24T05:00:00Z')).toISOString()).toBe('2026-10-25T04:30:00.000Z');
  });
});
