/**
 * Every refusal is audited in one place, the app's error handler: a 403 or 404 answered to a
 * signed-in person becomes an entry with the route, its parameters and, where the refusing code
 * named it (AppError.subject), the student and object refused. A 404 counts too: to a person
 * without access, a hidden object and a missing one look alike, and probing for ids shows here.
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { writeAudit, type AuditAction } from '../../data/write-audit.js';
import type { Clock } from '../../lib/clock.js';
import { AppError } from '../errors.js';
import { currentSignIn } from './request-actor.js';

const actionOf: Record<string, AuditAction> = { GET: 'read', HEAD: 'read', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete' };
const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isAuditedRefusal(status: number): boolean {
  return status === 403 || status === 404;
}

export async function auditRefusal(db: Db, clock: Clock, request: FastifyRequest, error: unknown, status: number): Promise<void> {
  if (!isAuditedRefusal(status)) return;
  const signedIn = await currentSignIn(request, db, clock).catch(() => undefined);
  // Without a session there is nobody to name (a failed sign-in is logged by the sign-in route).
  if (!signedIn) return;
  const subject = error instanceof AppError ? error.subject : undefined;
  const params = (request.params ?? {}) as Record<string, unknown>;
  const paramStudent = typeof params.studentId === 'string' && uuidLike.test(params.studentId) ? params.studentId : null;
  const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  await writeAudit(db, {
    ownerId: signedIn.actor.ownerId,
    actorStaffId: signedIn.actor.staffId,
    action: actionOf[request.method] ?? 'read',
    entity: subject?.entity ?? route,
    entityId: subject?.entityId ?? null,
    studentId: subject?.studentId ?? paramStudent,
    detail: {
      refused: true,
      status,
      code: error instanceof AppError ? error.code : null,
      method: request.method,
      route,
      params,
      ...subject?.detail,
    },
  });
}
