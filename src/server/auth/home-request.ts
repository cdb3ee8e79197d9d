/**
 * Who is asking in the home view: the home session from its cookie, and the students it reaches
 * today (src/data/home/home-reach.ts), loaded once per request. Unsafe methods must carry the
 * session's CSRF token, as in the staff app (src/server/auth/request-actor.ts).
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { findHomeReach, type HomeReach, type ReachedStudent } from '../../data/home/home-reach.js';
import { NO_OWNER, writeAudit } from '../../data/write-audit.js';
import type { Clock } from '../../lib/clock.js';
import { AppError } from '../errors.js';
import { findHomeSession, homeSessionCookieName, type HomeSessionRow } from './home-sessions.js';
import { sameToken } from './request-actor.js';

export interface HomeSignedIn {
  token: string;
  session: HomeSessionRow;
  reach: HomeReach;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function requireHomeSignIn(request: FastifyRequest, db: Db, clock: Clock, secureCookies: boolean): Promise<HomeSignedIn> {
  const token = request.cookies[homeSessionCookieName(secureCookies)];
  const session = token ? await findHomeSession(db, token, clock.now(), request.server.sessionPolicy.idleMs) : undefined;
  if (!token || !session) throw new AppError('unauthenticated', 'Sign in with Feide or ID-porten to continue');
  if (unsafeMethods.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) throw new AppError('csrf_failed', 'The X-CSRF-Token header is missing or does not match the session');
  }
  return { token, session, reach: await findHomeReach(db, session, clock.today()) };
}

/**
 * The student, when the person may see them; otherwise a 404 (a student one may not see looks
 * like one that does not exist), audited here since the error handler audits staff sessions only.
 */
export async function reachedStudent(db: Db, signedIn: HomeSignedIn, studentId: string, route: string): Promise<ReachedStudent> {
  const found = signedIn.reach.students.find((s) => s.studentId === studentId);
  if (found) return found;
  await writeAudit(db, {
    ownerId: NO_OWNER,
    actorStaffId: null,
    action: 'read',
    entity: route,
    studentId: null,
    detail: { refused: true, status: 404, home: { personKind: signedIn.session.personKind, method: signedIn.session.method }, params: { studentId } },
  });
  throw new AppError('not_found', 'The student was not found');
}

/** The reader as the audit log names one in the home view: no staff id, the person in the detail. */
export function homeActorDetail(signedIn: HomeSignedIn, student: ReachedStudent) {
  return { home: { personKind: signedIn.session.personKind, personId: student.guardianId ?? student.studentId, method: signedIn.session.method } };
}
