/**
 * The time fields of the case forms (a home contact, a meeting) are written as the clock shows in
 * Norway, whatever the device's own time zone: 'YYYY-MM-DDTHH:mm' (an <input type=datetime-local>)
 * to and from a moment the server stores.
 */
const zone = 'Europe/Oslo';
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The moment as Norway's wall clock: '2026-11-23T14:05'. */
export function osloWallTime(at: Date): string {
  const parts = Object.fromEntries(wallClock.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Minutes Norway is ahead of UTC at the moment `utcMs`. */
function osloOffsetMinutes(utcMs: number): number {
  const [date, time] = osloWallTime(new Date(utcMs)).split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const asIfUtc = Date.UTC(y!, m! - 1, d!, h!, min!);
  return Math.round((asIfUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * Norway's wall time 'YYYY-MM-DDTHH:mm' as an ISO moment with its offset ('2026-11-23T14:05:00+01:00'),
 * or null when the text is not such a time. In the hour the clocks go back, the earlier one.
 */
export function osloWallTimeToIso(value: string): string | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59) return null;
  const asIfUtc = Date.UTC(y, m - 1, d, h, min);
  if (new Date(asIfUtc).getUTCDate() !== d) return null;
  // The offset is +01:00 or +02:00; try both and keep one that shows the same wall time.
  const candidates = [60, 120].map((offset) => asIfUtc - offset * 60_000).filter((utc) => osloOffsetMinutes(utc) * 60_000 === asIfUtc - utc);
  const utc = candidates.length > 0 ? Math.min(...candidates) : asIfUtc - osloOffsetMinutes(asIfUtc) * 60_000;
  const offset = (asIfUtc - utc) / 60_000;
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${value}:00${sign}${hours}:${minutes}`;
}
