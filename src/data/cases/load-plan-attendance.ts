/**
 * The student's attendance before and after each plan was signed (docs/decisions/017-effect-of-measures.md),
 * counted on the calendar of the school year the plan was signed in: the windows from the domain
 * (attendanceBeforeAfter), the lessons from the student's timetable that year, the absence as
 * recorded. A school with no school year around the signing day gives no figure.
 */
import type { Db } from '../../db/database.js';
import { attendanceBeforeAfter, type AttendanceBeforeAfter } from '../../domain/tiltak/attendance-before-after.js';
import { groupBy } from '../../lib/group-by.js';
import { loadAbsence } from '../load-absence.js';
import { loadLessonsPerWeekday } from '../load-lessons-per-weekday.js';
import { loadSchoolCalendar, type SchoolYearCalendar } from '../load-school-calendar.js';

export interface SignedPlanPeriod {
  planId: string;
  studentId: string;
  schoolId: string;
  signedOn: string;
  endsOn: string;
}

export type PlanAttendance = AttendanceBeforeAfter | { figure: false; reason: 'no_calendar'; windowSchoolDays: 0 };

export async function loadPlanAttendance(db: Db, ownerId: string, periods: readonly SignedPlanPeriod[]): Promise<Map<string, PlanAttendance>> {
  const out = new Map<string, PlanAttendance>();
  // The school years the plans were signed in: a query for each year not yet found.
  const years: Array<SchoolYearCalendar & { schoolId: string }> = [];
  const yearOf = new Map<string, SchoolYearCalendar>();
  for (const p of periods) {
    let year = years.find((y) => y.schoolId === p.schoolId && y.calendar.startsOn <= p.signedOn && p.signedOn <= y.calendar.endsOn);
    if (!year) {
      const found = await loadSchoolCalendar(db, ownerId, p.schoolId, p.signedOn);
      if (found) years.push((year = { ...found, schoolId: p.schoolId }));
    }
    if (year) yearOf.set(p.planId, year);
    else out.set(p.planId, { figure: false, reason: 'no_calendar', windowSchoolDays: 0 });
  }

  const byYear = groupBy(
    periods.filter((p) => yearOf.has(p.planId)),
    (p) => yearOf.get(p.planId)!.schoolYearId,
  );
  for (const plans of byYear.values()) {
    const { schoolYearId, calendar } = yearOf.get(plans[0]!.planId)!;
    const studentIds = [...new Set(plans.map((p) => p.studentId))];
    const lastEnd = plans.map((p) => p.endsOn).sort().at(-1)!;
    const [lessons, absence] = await Promise.all([
      loadLessonsPerWeekday(db, ownerId, schoolYearId, studentIds),
      loadAbsence(db, ownerId, studentIds, { from: calendar.startsOn, to: lastEnd < calendar.endsOn ? lastEnd : calendar.endsOn }),
    ]);
    const absenceOf = groupBy(absence, (a) => a.studentId);
    for (const p of plans) {
      out.set(
        p.planId,
        attendanceBeforeAfter({
          calendar,
          signedOn: p.signedOn,
          endsOn: p.endsOn,
          lessonsPerWeekday: lessons.get(p.studentId) ?? [],
          absence: absenceOf.get(p.studentId) ?? [],
        }),
      );
    }
  }
  return out;
}
