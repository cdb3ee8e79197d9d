/** A plan's attendance before and after its signing, as the contract's planAttendance. */
import type { PlanAttendance } from '../../data/cases/load-plan-attendance.js';
import type { EffectPeriod } from '../../domain/tiltak/effect-period.js';
import type { PlanAttendanceView } from '../../shared/measure-effect-api.js';

export function presentPlanAttendance(period: EffectPeriod, attendance: PlanAttendance | undefined): PlanAttendanceView {
  const none = { before: null, after: null, changePoints: null, outcome: null };
  if (!period.signed) return { status: 'not_signed', signedOn: null, endsOn: null, endsBy: null, windowSchoolDays: 0, ...none };
  const dates = { signedOn: period.signedOn, endsOn: period.endsOn, endsBy: period.endsBy };
  if (!attendance) return { status: 'no_calendar', ...dates, windowSchoolDays: 0, ...none };
  if (!attendance.figure) return { status: attendance.reason, ...dates, windowSchoolDays: attendance.windowSchoolDays, ...none };
  return {
    status: 'figure',
    ...dates,
    windowSchoolDays: attendance.windowSchoolDays,
    before: attendance.before,
    after: attendance.after,
    changePoints: attendance.changePoints,
    outcome: attendance.outcome,
  };
}
