/**
 * Gives every audit entry written while a request is served the client's address and a reference
 * to its session (src/data/audit/audit-context.ts), so that no route can leave them out.
 */
import { AsyncResource } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { runWithAuditContext } from '../../data/audit/audit-context.js';

/**
 * The session as the audit log names it: a hash of the hash the sessions table keeps, so that an
 * entry leads to its session row for someone with the database, and never back to the token.
 */
export function sessionRefOf(token: string): string {
  const stored = createHash('sha256').update(token).digest('hex');
  return createHash('sha256').update(`varde-audit-session:${stored}`).digest('hex').slice(0, 32);
}

const scopes = new WeakMap<FastifyRequest, AsyncResource>();

/** Registers the hooks on the root instance; call after the cookie plugin, before the routes. */
export function auditRequestContext(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[request.server.sessionPolicy.cookieName];
    runWithAuditContext({ address: request.ip, sessionRef: token ? sessionRefOf(token) : null }, () => {
      const scope = new AsyncResource('varde-audit-context');
      scopes.set(request, scope);
      scope.runInAsyncScope(done, request.raw);
    });
  });
  // The body is read in stream events outside that scope (as @fastify/request-context found):
  // validation, the handler and the error handler are brought back into it.
  app.addHook('preValidation', (request, _reply, done) => {
    const scope = scopes.get(request);
    if (scope) scope.runInAsyncScope(done, request.raw);
    else done();
  });
}
