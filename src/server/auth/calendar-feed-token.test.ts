import { describe, expect, it } from 'vitest';
import { calendarFeedPath, calendarFeedSecretOf, calendarFeedTokenHash, newCalendarFeedSecret, withoutFeedSecret } from './calendar-feed-token.js';

describe('a calendar feed secret', () => {
  it('is 32 random bytes, kept only as its SHA-256', () => {
    const a = newCalendarFeedSecret();
    const b = newCalendarFeedSecret();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(calendarFeedTokenHash(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is read back from its address, with or without .ics, and nothing else passes for one', () => {
    const { token } = newCalendarFeedSecret();
    const path = calendarFeedPath(token, 'nn');
    expect(path).toBe(`/api/calendar/feeds/${token}.ics?language=nn`);
    expect(calendarFeedSecretOf(`${token}.ics`)).toBe(token);
    expect(calendarFeedSecretOf(token)).toBe(token);
    for (const wrong of ['', 'abc.ics', `${token}x.ics`, `${token}.ical`, '00000000-0000-4000-8000-000000000001']) expect(calendarFeedSecretOf(wrong)).toBeUndefined();
  });

  it('never reaches the server log', () => {
    const { token } = newCalendarFeedSecret();
    expect(withoutFeedSecret(calendarFeedPath(token, 'nb'))).toBe('/api/calendar/feeds/[secret]?language=nb');
    expect(withoutFeedSecret(`/api/calendar/feeds/${token}.ics`)).toBe('/api/calendar/feeds/[secret]');
    expect(withoutFeedSecret('/api/me/tasks?x=1')).toBe('/api/me/tasks?x=1');
  });
});
