/** Loads and shapes a case for a response; every route that returns a case goes through here. */
import type { Db } from '../../db/database.js';
import type { Actor } from '../../data/load-actor.js';
import { caseCalendar } from '../../data/cases/case-calendar.js';
import { loadCase } from '../../data/cases/load-case.js';
import { loadCaseBundle, type CaseBundle } from '../../data/cases/load-case-bundle.js';
import { loadPlanAttendance } from '../../data/cases/load-plan-attendance.js';
import { stepProgress } from '../../data/cases/transition-case.js';
import { findMovedAway } from '../../data/skolebytte/find-moved-away.js';
import { can } from '../../domain/access-policy.js';
import type { Signature } from '../../domain/plans/plan-versions.js';
import { effectPeriod, type EffectPeriod } from '../../domain/tiltak/effect-period.js';
import { osloDate } from '../../lib/clock.js';
import type { CaseDetail } from '../../shared/case-api.js';
import { notFound } from '../errors.js';
import { presentCaseDetail } from '../presenters/present-case.js';

export async function caseDetailResponse(db: Db, actor: Actor, caseId: string, today: string): Promise<CaseDetail> {
  const kase = await loadCase(db, actor.ownerId, caseId);
  if (!kase) throw notFound('The case');
  const [bundle, calendar, progress, movedAwayOf] = await Promise.all([
    loadCaseBundle(db, kase, today),
    caseCalendar(db, actor.ownerId, kase.schoolId, today),
    stepProgress(db, kase),
    findMovedAway(db, actor.ownerId, [kase], today),
  ]);
  // A case its student's skolebytte left behind is read, not changed (case.work_in).
  const worksIn = can(actor, 'case.work_in', { schoolId: kase.schoolId, participantStaffIds: kase.participants.map((p) => p.staffId), movedAway: movedAwayOf(kase) });
  const mayChangeParticipants = worksIn && can(actor, 'case.change_participants', { schoolId: kase.schoolId, responsibleStaffId: kase.responsibleStaffId });
  const periods = planPeriods(bundle, today);
  const signed = [...periods].flatMap(([planId, p]) => (p.signed ? [{ planId, studentId: kase.studentId, schoolId: kase.schoolId, signedOn: p.signedOn, endsOn: p.endsOn }] : []));
  const attendance = await loadPlanAttendance(db, actor.ownerId, signed);
  return presentCaseDetail(bundle, { today, calendar, progress, mayChangeParticipants, plans: { periods, attendance } });
}

/** Each plan's period from its first signing (docs/decisions/017-effect-of-measures.md). */
function planPeriods(bundle: CaseBundle, today: string): Map<string, EffectPeriod> {
  const closedOn = bundle.kase.closedAt ? osloDate(bundle.kase.closedAt) : null;
  return new Map(
    bundle.plans.map((p) => [
      p.id,
      effectPeriod({
        versions: bundle.versions.filter((v) => v.planId === p.id).map((v) => ({ version: v.version, signatures: v.signatures as Signature[] })),
        evaluatedOn: bundle.evaluations.filter((e) => e.planId === p.id).map((e) => e.evaluatedOn),
        closedOn,
        today,
      }),
    ]),
  );
}
