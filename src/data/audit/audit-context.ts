/**
 * Where a request came from, for every audit entry written while it is served: the client's
 * address and a reference to its session. The server sets it once per request (src/server/auth/
 * audit-request-context.ts), so no route can forget it; outside a request (imports from the
 * command line, the nightly evaluation) there is none and the entry says so with nulls.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface AuditContext {
  address: string | null;
  sessionRef: string | null;
}

const storage = new AsyncLocalStorage<AuditContext>();

export function runWithAuditContext<T>(context: AuditContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentAuditContext(): AuditContext | undefined {
  return storage.getStore();
}
