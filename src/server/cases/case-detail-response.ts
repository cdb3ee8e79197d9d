/** Loads and shapes a case for a response; every route that returns a case goes through here. */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { caseCalendar } from '../../data/cases/case-calendar.js';
import { loadCase } from '../../data/cases/load-case.js';
import { loadCaseBundle } from '../../data/cases/load-case-bundle.js';
import { stepProgress } from '../../data/cases/transition-case.js';
import { can } from '../../domain/access-policy.js';
import type { CaseDetail } from '../../shared/case-api.js';
import { notFound } from '../errors.js';
import { presentCaseDetail } from '../presenters/present-case.js';

export async function caseDetailResponse(db: Db, actor: Actor, caseId: string, today: string): Promise<CaseDetail> {
  const kase = await loadCase(db, actor.ownerId, caseId);
  if (!kase) throw notFound('The case');
  const [bundle, calendar, progress] = await Promise.all([
    loadCaseBundle(db, kase, today),
    caseCalendar(db, actor.ownerId, kase.schoolId, today),
    stepProgress(db, kase),
  ]);
  const mayChangeParticipants = can(actor, 'case.change_participants', { schoolId: kase.schoolId, responsibleStaffId: kase.responsibleStaffId });
  return presentCaseDetail(bundle, { today, calendar, progress, mayChangeParticipants });
}
