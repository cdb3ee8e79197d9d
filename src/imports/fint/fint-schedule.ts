/**
 * When a school's daily FINT sync is next due: at a time of day in Norway, so that "05:30"
 * stays 05:30 across summer time. Pure: the scheduler (fint-scheduler.ts) stores the answer in
 * `fint_sync_schedules.next_run_at` and claims a schedule when that instant has passed.
 */
import { osloDate } from '../../lib/clock.js';

/** Minutes east of UTC that Norway's clocks are at an instant (60 in winter, 120 in summer). */
function osloOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a Norwegian day (YYYY-MM-DD) reads HH:MM. In the hour skipped in spring, an hour later. */
export function osloInstant(day: string, timeOfDay: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = timeOfDay.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  // The offset at the guess, then at the answer: they differ only around the change of clocks.
  const first = new Date(asUtc - osloOffsetMinutes(new Date(asUtc)) * 60_000);
  return new Date(asUtc - osloOffsetMinutes(first) * 60_000);
}

/** The first instant after `after` at which Norway's clocks read `timeOfDay` (HH:MM). */
export function nextDailyRun(timeOfDay: string, after: Date): Date {
  const today = osloDate(after);
  const candidate = osloInstant(today, timeOfDay);
  if (candidate.getTime() > after.getTime()) return candidate;
  const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return osloInstant(tomorrow, timeOfDay);
}
