/**
 * Europe/Oslo for a calendar: the VTIMEZONE that RFC 5545 (3.6.5) asks for beside every TZID,
 * and the moment as Norway's wall clock, which is how a time with a TZID is written.
 *
 * Norway has kept the EU's summer time since 1996: from the last Sunday of March at 02:00 (+01:00
 * to +02:00) to the last Sunday of October at 03:00 (back to +01:00). The rule is written once,
 * with a start in 1970, as calendar programs write it; render-calendar.test.ts holds it to the
 * Intl time-zone database across years, through an independent parser.
 */
export const osloZone = 'Europe/Oslo';

export const osloVtimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** ical-generator's VTIMEZONE generator: Oslo's, and nothing for a zone we never write. */
export const osloVtimezoneGenerator = (zone: string): string | null => (zone === osloZone ? osloVtimezone : null);

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: osloZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The moment as a clock in Norway shows it. */
export function osloWallClock(at: Date): WallClock {
  const parts = Object.fromEntries(wallClock.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/**
 * The moment as ical-generator wants a time with a TZID: a Date whose own (process-local) fields
 * show Norway's wall clock — "if a time zone is set, ical-generator assumes that the given time
 * matches the time zone" (its README) and reads getHours() and the rest. Built from the fields, it
 * is right whatever time zone the server runs in (UTC, Oslo or another), save for a wall time the
 * server's own zone skips at its change to summer time — in the small hours, when schools hold
 * no meetings.
 */
export function osloWallClockDate(at: Date): Date {
  const w = osloWallClock(at);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}
