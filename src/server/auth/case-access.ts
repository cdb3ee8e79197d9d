/**
 * Need-to-know for one case: its participants and the school's leadership (refusals are audited by
 * the app's error handler). To anyone else the case is missing: the same 404, in the same words,
 * as an id that names nothing — `what` is the object the route was asked for (a plan, a meeting).
 */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadCase, type LoadedCase } from '../../data/cases/load-case.js';
import { can } from '../../domain/access-policy.js';
import { AppError, notFound } from '../errors.js';

export async function requireCaseAccess(db: Db, actor: Actor, caseId: string, what = 'The case'): Promise<LoadedCase> {
  const kase = await loadCase(db, actor.ownerId, caseId);
  if (!kase) throw notFound(what);
  if (!can(actor, 'case.see', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId) })) {
    throw notFound(what, { entity: 'case', entityId: caseId, studentId: kase.studentId });
  }
  return kase;
}

/**
 * A follow-up case (fravaer, iko, skolemiljo) as the case routes read and change it. A clarification
 * case with OT (ot_avklaring) has its own routes and form (src/server/routes/ot-avklaring-routes.ts):
 * to one who may see it, the answer says where it is (409), never a half-fitting case page.
 */
export async function requireFollowUpCaseAccess(db: Db, actor: Actor, caseId: string, what = 'The case'): Promise<LoadedCase> {
  const kase = await requireCaseAccess(db, actor, caseId, what);
  if (kase.kind === 'ot_avklaring') {
    throw new AppError('conflict', `${what} belongs to a clarification case with OT: read and change it at /api/ot-avklaringar/${kase.id}`, [{ path: 'caseId', message: kase.id }]);
  }
  return kase;
}
