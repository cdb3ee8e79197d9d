/** Need-to-know for one case: its participants and the school's leadership (refusals are audited). */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { loadCase, type LoadedCase } from '../../data/cases/load-case.js';
import { writeAudit } from '../../data/write-audit.js';
import { can } from '../../domain/access-policy.js';
import { forbidden, notFound } from '../errors.js';

export async function requireCaseAccess(db: Db, actor: Actor, caseId: string): Promise<LoadedCase> {
  const kase = await loadCase(db, actor.ownerId, caseId);
  if (!kase) throw notFound('The case');
  if (!can(actor, 'case.see', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId) })) {
    await writeAudit(db, {
      ownerId: actor.ownerId,
      actorStaffId: actor.staffId,
      action: 'read',
      entity: 'case',
      entityId: caseId,
      studentId: kase.studentId,
      detail: { refused: true },
    });
    throw forbidden('Only the participants of a case and the school leadership can see it');
  }
  return kase;
}
