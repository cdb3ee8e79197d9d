/**
 * The secret in a calendar feed's address. As with sessions (sessions.ts), it is 32 random bytes,
 * shown to the person once; the database keeps only its SHA-256, so that a leaked table gives no
 * working address. The address ends in `.ics`, which some calendar programs look for.
 */
import { createHash, randomBytes } from 'node:crypto';

const feedPath = '/api/calendar/feeds/';
const secretPattern = /^([A-Za-z0-9_-]{43})(?:\.ics)?$/;

export function newCalendarFeedSecret(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: calendarFeedTokenHash(token) };
}

export const calendarFeedTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The path of the feed's address, in the language asked for. */
export const calendarFeedPath = (token: string, language: string) => `${feedPath}${token}.ics?language=${language}`;

/** The secret in an address's last segment, or undefined for anything that cannot be one. */
export function calendarFeedSecretOf(segment: string): string | undefined {
  return secretPattern.exec(segment)?.[1];
}

/** A URL as the server's log may show it: a feed's secret is blotted out, as a session cookie is never logged. */
export function withoutFeedSecret(url: string): string {
  return url.startsWith(feedPath) ? `${feedPath}[secret]${url.includes('?') ? url.slice(url.indexOf('?')) : ''}` : url;
}
