/**
 * Who is asking: the session from the cookie and the actor it belongs to, loaded once per request.
 * State-changing requests must also carry the session's CSRF token (synchronizer token pattern);
 * the SameSite=Strict cookie is the first line, the token the second.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { loadActor, type Actor } from '../../data/load-actor.js';
import { AppError } from '../errors.js';
import type { Clock } from '../../lib/clock.js';
import { findSession, type SessionPolicy, type SessionRow } from './sessions.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Decorated once by buildApp, so that every route reads sessions the same way. */
    sessionPolicy: SessionPolicy;
  }
}

export interface SignedIn {
  token: string;
  session: SessionRow;
  actor: Actor;
}

const cache = new WeakMap<FastifyRequest, Promise<SignedIn | undefined>>();

export function currentSignIn(request: FastifyRequest, db: Db, clock: Clock): Promise<SignedIn | undefined> {
  let found = cache.get(request);
  if (!found) {
    found = (async () => {
      const policy = request.server.sessionPolicy;
      const token = request.cookies[policy.cookieName];
      if (!token) return undefined;
      const session = await findSession(db, token, clock.now(), policy.idleMs);
      if (!session) return undefined;
      const actor = await loadActor(db, session, clock.today());
      return actor ? { token, session, actor } : undefined;
    })();
    cache.set(request, found);
  }
  return found;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The signed-in actor, or 401; for unsafe methods also a valid CSRF token, or 403. */
export async function requireSignIn(request: FastifyRequest, db: Db, clock: Clock): Promise<SignedIn> {
  const signedIn = await currentSignIn(request, db, clock);
  if (!signedIn) throw new AppError('unauthenticated', 'Sign in to continue');
  if (unsafeMethods.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, signedIn.session.csrfToken)) {
      throw new AppError('csrf_failed', 'The X-CSRF-Token header is missing or does not match the session');
    }
  }
  return signedIn;
}

/** Compares a sent CSRF token with the session's in constant time (the home's requests too). */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
