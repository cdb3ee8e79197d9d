/** What every route module is given: the database, the clock and the security settings. */
import type { NoticeChannels } from '../../data/notices/queue-notices.js';
import type { SignInConfig } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ServerKeys } from '../../lib/server-keys.js';
import type { Clock } from '../../lib/clock.js';
import type { DemoSignIns } from '../../shared/api.js';
import type { OidcClients } from '../auth/oidc/oidc-clients.js';
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
  /** Which ways in are on: password (with its second factor), Feide, ID-porten (src/config.ts). */
  signIn: SignInConfig;
  /** The keys derived from VARDE_SECRET_KEY: identity-number hashes and sealed TOTP secrets. */
  keys: ServerKeys;
  /** The Feide and ID-porten clients, discovered at their first use. */
  oidc: OidcClients;
  /** Which notice channels are on: a change that causes a notice queues it, or logs it as not sent (docs/notices.md). */
  noticeChannels: NoticeChannels;
}
