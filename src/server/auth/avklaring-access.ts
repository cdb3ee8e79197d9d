/**
 * Need-to-know for a clarification case with OT (ot_avklaring): its participants — the school's
 * staff in it and the OT advisor once contacted — and the school's leadership (case.see). To anyone
 * else, and for an id of another kind of case, it is missing: the same 404 in the same words.
 */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadAvklaring, type LoadedAvklaring } from '../../data/ot/avklaring/load-avklaring.js';
import { can } from '../../domain/access-policy.js';
import { AppError, notFound } from '../errors.js';
import { caseResource } from './case-access.js';

const what = 'The clarification case';

/** After a skolebytte the school the student left reads the case until the read time ends (case-access.ts); a closed case takes no writes. */
export async function requireAvklaringAccess(db: Db, actor: Actor, caseId: string, today: string): Promise<LoadedAvklaring> {
  const avklaring = await loadAvklaring(db, actor.ownerId, caseId);
  if (!avklaring) throw notFound(what);
  const { kase } = avklaring;
  if (!can(actor, 'case.see', await caseResource(db, kase, today))) {
    throw notFound(what, { entity: 'case', entityId: caseId, studentId: kase.studentId });
  }
  return avklaring;
}

/** A closed clarification case keeps its history; nothing new is recorded in it. */
export function requireOpenAvklaring(avklaring: LoadedAvklaring): LoadedAvklaring {
  if (avklaring.kase.status !== 'aapen') throw new AppError('conflict', 'The clarification case is closed');
  return avklaring;
}
