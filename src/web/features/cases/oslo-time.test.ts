import { describe, expect, it } from 'vitest';
import { osloWallTime, osloWallTimeToIso } from './oslo-time';

describe('Norway wall time', () => {
  it('shows a moment as the clock in Norway shows it, winter and summer', () => {
    expect(osloWallTime(new Date('2026-11-23T13:05:00Z'))).toBe('2026-11-23T14:05');
    expect(osloWallTime(new Date('2026-06-10T22:30:00Z'))).toBe('2026-06-11T00:30');
  });

  it('writes a wall time with the offset in force then', () => {
    expect(osloWallTimeToIso('2026-11-23T14:05')).toBe('2026-11-23T14:05:00+01:00');
    expect(osloWallTimeToIso('2026-06-11T00:30')).toBe('2026-06-11T00:30:00+02:00');
  });

  it('goes there and back for every hour of a day with a clock change', () => {
    for (let hour = 0; hour < 24; hour++) {
      const at = new Date(Date.UTC(2026, 9, 24, 22 + hour));
      const wall = osloWallTime(at);
      const iso = osloWallTimeToIso(wall)!;
      expect(osloWallTime(new Date(iso))).toBe(wall);
    }
  });

  it('refuses what is not a time', () => {
    expect(osloWallTimeToIso('')).toBeNull();
    expect(osloWallTimeToIso('2026-02-30T10:00')).toBeNull();
    expect(osloWallTimeToIso('2026-11-23 14:05')).toBeNull();
    expect(osloWallTimeToIso('2026-11-23T24:00')).toBeNull();
  });
});
