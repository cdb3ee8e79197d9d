/** What every route module is given: the database, the clock and the security settings. */
import type { Database } from '../../db/database.js';
import type { Clock } from '../../lib/clock.js';
import type { DemoSignIns } from '../../shared/api.js';
import type { SessionPolicy } from '../auth/sessions.js';
import type { SignInThrottleSettings } from '../auth/sign-in-throttle.js';

export interface RouteContext {
  database: Database;
  clock: Clock;
  secureCookies: boolean;
  sessionPolicy: SessionPolicy;
  signInThrottle: SignInThrottleSettings;
  /** The demo school's sign-ins when it is loaded (found at start by main.ts), else null. */
  demo: DemoSignIns | null;
}
