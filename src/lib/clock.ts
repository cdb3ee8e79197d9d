/** The server's idea of today. Injected so that tests can fix the date. */
export interface Clock {
  now(): Date;
  /** Today's date in Norway, YYYY-MM-DD. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => osloDate(new Date()),
};

export function fixedClock(isoDateTime: string): Clock {
  const at = new Date(isoDateTime);
  return { now: () => at, today: () => osloDate(at) };
}

// sv-SE formats as YYYY-MM-DD. One formatter for all: toLocaleDateString with a time zone builds
// a new one on every call, which cost about a millisecond of every request (npm run bench:load).
const osloDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });

/** The calendar day in Norway of an instant. */
export function osloDate(at: Date): string {
  return osloDay.format(at);
}
