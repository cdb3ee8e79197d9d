/** Loads and shapes a clarification case for a response; every route that returns one goes through here. */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadAvklaring } from '../../data/ot/avklaring/load-avklaring.js';
import { loadAvklaringBundle } from '../../data/ot/avklaring/load-avklaring-bundle.js';
import { loadStudentFacts } from '../../data/load-student-facts.js';
import { can } from '../../domain/access-policy.js';
import type { AvklaringDetail } from '../../shared/ot-api.js';
import { notFound } from '../errors.js';
import { presentAvklaring } from '../presenters/present-avklaring.js';

export async function avklaringDetailResponse(db: Db, actor: Actor, caseId: string, today: string): Promise<AvklaringDetail> {
  const avklaring = await loadAvklaring(db, actor.ownerId, caseId);
  if (!avklaring) throw notFound('The clarification case');
  const bundle = await loadAvklaringBundle(db, avklaring, today);
  const { kase } = avklaring;
  const mayWrite = kase.status === 'aapen' && can(actor, 'case.see', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId), kind: 'ot_avklaring' });
  const facts = await loadStudentFacts(db, actor.ownerId, kase.studentId, today);
  const mayWriteOut = bundle.student.leftOn === null && !!facts && can(actor, 'student.register_departure', facts);
  return presentAvklaring(bundle, { today, mayWrite, mayWriteOut });
}
