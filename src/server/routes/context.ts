/** What every route module is given: the database, the clock and the security settings. */
import type { Database } from '../../db/database.js';
import type { Clock } from '../../lib/clock.js';

export interface RouteContext {
  database: Database;
  clock: Clock;
  secureCookies: boolean;
  signInRateLimit: { max: number; timeWindowMs: number };
}
