/**
 * Need-to-know for one case: its participants and the school's leadership (refusals are audited by
 * the app's error handler). To anyone else the case is missing: the same 404, in the same words,
 * as an id that names nothing — `what` is the object the route was asked for (a plan, a meeting).
 *
 * A case whose student has moved to another school of the owner (skolebytte) is read by its
 * school's people until the read time of the move ends, and then missing; nobody writes in it
 * (`need: 'work'`): those who read it are told so (403).
 */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadCase, type LoadedCase } from '../../data/cases/load-case.js';
import { findMovedAway } from '../../data/skolebytte/find-moved-away.js';
import { can, type ResourceOf } from '../../domain/access-policy.js';
import { AppError, forbidden, notFound } from '../errors.js';

/** What the route does with the case: reads it, or writes in it (or prepares to: the staff to add). */
export type CaseNeed = 'read' | 'work';

export async function requireCaseAccess(db: Db, actor: Actor, caseId: string, today: string, need: CaseNeed, what = 'The case'): Promise<LoadedCase> {
  const kase = await loadCase(db, actor.ownerId, caseId);
  if (!kase) throw notFound(what);
  const resource = await caseResource(db, kase, today);
  const subject = { entity: 'case', entityId: caseId, studentId: kase.studentId };
  if (!can(actor, 'case.see', resource)) throw notFound(what, subject);
  if (need === 'work' && !can(actor, 'case.work_in', resource)) throw forbidden('The student has moved to another school: the case is kept to be read, not changed', subject);
  return kase;
}

/** The case as the access policy asks about it: its school, its people, and whether its student has moved away from that school. */
export async function caseResource(
  db: Db,
  kase: Pick<LoadedCase, 'ownerId' | 'schoolId' | 'studentId' | 'kind' | 'participants'>,
  today: string,
): Promise<ResourceOf<'case.see'>> {
  const movedAway = (await findMovedAway(db, kase.ownerId, [kase], today))(kase);
  return { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId), kind: kase.kind, movedAway };
}

/**
 * A follow-up case (fravaer, iko, skolemiljo) as the case routes read and change it. A clarification
 * case with OT (ot_avklaring) has its own routes and form (src/server/routes/ot-avklaring-routes.ts):
 * to one who may see it, the answer says where it is (409), never a half-fitting case page.
 */
export async function requireFollowUpCaseAccess(db: Db, actor: Actor, caseId: string, today: string, need: CaseNeed, what = 'The case'): Promise<LoadedCase> {
  const kase = await requireCaseAccess(db, actor, caseId, today, need, what);
  if (kase.kind === 'ot_avklaring') {
    throw new AppError('conflict', `${what} belongs to a clarification case with OT: read and change it at /api/ot-avklaringar/${kase.id}`, [{ path: 'caseId', message: kase.id }]);
  }
  return kase;
}
