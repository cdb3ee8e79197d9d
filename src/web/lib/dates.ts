/** Calendar dates as the school counts them: in Norway's time zone, written YYYY-MM-DD. */

/** Today's date in Norway (the server's idea of "today" too). */
export function todayInNorway(now: Date = new Date()): string {
  // sv-SE writes dates as YYYY-MM-DD.
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** The date part of an ISO timestamp, in Norway's time zone ('2026-11-23T08:15:00Z' → '2026-11-23'). */
export function dateOfTimestamp(timestamp: string): string {
  if (isIsoDate(timestamp)) return timestamp;
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? timestamp : todayInNorway(at);
}
