/**
 * For the school's measure list: how often each measure was followed by improved attendance
 * (docs/decisions/017-effect-of-measures.md). The plans a case is run under (tiltaksplan,
 * oppfølgingsplan, aktivitetsplan) are counted; a week plan runs beside one of them for the same
 * student and names no measure, so counting it would count the student's weeks twice.
 * Counts only: no student is named.
 */
import type { Db } from '../../db/database.js';
import { measureEffects, type MeasureEffects } from '../../domain/tiltak/measure-effect.js';
import { findSignedPlans } from './find-signed-plans.js';
import { loadPlanAttendance } from './load-plan-attendance.js';

export async function findMeasureEffects(db: Db, ownerId: string, schoolId: string, today: string): Promise<MeasureEffects> {
  const signed = (await findSignedPlans(db, ownerId, schoolId, today)).filter((p) => p.kind !== 'ukeplan');
  const attendance = await loadPlanAttendance(db, ownerId, signed);
  return measureEffects(
    signed.map((p) => {
      const figure = attendance.get(p.planId);
      return { measureCodes: p.measureCodes, outcome: figure?.figure ? figure.outcome : null };
    }),
  );
}
