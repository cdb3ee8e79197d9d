/**
 * Need-to-know for one case: its participants and the school's leadership (refusals are audited by
 * the app's error handler). To anyone else the case is missing: the same 404, in the same words,
 * as an id that names nothing — `what` is the object the route was asked for (a plan, a meeting).
 */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadCase, type LoadedCase } from '../../data/cases/load-case.js';
import { can } from '../../domain/access-policy.js';
import { notFound } from '../errors.js';

export async function requireCaseAccess(db: Db, actor: Actor, caseId: string, what = 'The case'): Promise<LoadedCase> {
  const kase = await loadCase(db, actor.ownerId, caseId);
  if (!kase) throw notFound(what);
  if (!can(actor, 'case.see', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId) })) {
    throw notFound(what, { entity: 'case', entityId: caseId, studentId: kase.studentId });
  }
  return kase;
}
