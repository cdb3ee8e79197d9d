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

/** The calendar day in Norway of an instant. */
export function osloDate(at: Date): string {
  // sv-SE formats as YYYY-MM-DD.
  return at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}
