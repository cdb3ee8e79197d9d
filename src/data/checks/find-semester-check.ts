/**
 * The semester check (the absence routine, at the end of each term): the term's causes of
 * absence, and the students worth the system meeting's attention — those with an open flag of a
 * worrying pattern (rule 8), those over the borderline of rule 7, and those with a red light —
 * each with the term's figures (the one definition, src/domain/absence-totals.ts); and the item
 * "Status på fravær" for the agenda of the school's system meeting, in counts without names.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { Person } from '../../domain/access-policy.js';
import { cases, schools, students } from '../../db/schema.js';
import { absenceTotals, isOverBorderline } from '../../domain/absence-totals.js';
import type { Period } from '../../domain/checks/check-period.js';
import { systemMeetingAgenda } from '../../domain/checks/system-meeting-agenda.js';
import { groupBy } from '../../lib/group-by.js';
import { keepVisibleCases } from '../cases/keep-visible-cases.js';
import { loadSchoolAbsence } from '../find-check-views.js';
import { loadSchoolClasses } from '../iko/load-school-classes.js';
import { loadFlags } from '../load-flags.js';
import { loadSchoolCalendar } from '../load-school-calendar.js';

/** `viewer`: the open case named beside a student is one the viewer may see. */
export async function findSemesterCheck(db: Db, ownerId: string, schoolId: string, term: Period, viewer: Person) {
  const [school] = await db.select({ id: schools.id, name: schools.name }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  if (!school) return undefined;
  const [{ records, causes }, year] = await Promise.all([loadSchoolAbsence(db, ownerId, schoolId, term.from, term.to), loadSchoolCalendar(db, ownerId, schoolId, term.from)]);
  const { classOf } = await loadSchoolClasses(db, ownerId, schoolId, year?.schoolYearId ?? null);
  const recordsOf = groupBy(records, (r) => r.studentId);
  const withAbsence = [...recordsOf.keys()];
  const openFlags = groupBy(await loadFlags(db, ownerId, withAbsence, ['ny', 'bekreftet']), (f) => f.studentId);
  const selected = withAbsence.filter((id) => {
    const flagsOf = openFlags.get(id) ?? [];
    return flagsOf.some((f) => f.ruleCode === 'fravaersmonster' || f.level === 'rod') || isOverBorderline(absenceTotals(recordsOf.get(id)!));
  });
  const [people, allOpen] = selected.length
    ? await Promise.all([
        db.select({ id: students.id, givenName: students.givenName, familyName: students.familyName }).from(students).where(and(eq(students.ownerId, ownerId), inArray(students.id, selected))),
        db
          .select({ id: cases.id, schoolId: cases.schoolId, studentId: cases.studentId })
          .from(cases)
          .where(and(eq(cases.ownerId, ownerId), inArray(cases.studentId, selected), eq(cases.status, 'aapen'))),
      ])
    : [[], []];
  const open = await keepVisibleCases(db, ownerId, viewer, allOpen);
  const listed = people
    .map((p) => {
      const totals = absenceTotals(recordsOf.get(p.id)!);
      const flagsOf = openFlags.get(p.id) ?? [];
      return {
        student: { ...p, classId: classOf.get(p.id)?.classId ?? null, className: classOf.get(p.id)?.className ?? null },
        openFlags: flagsOf,
        days: totals.days,
        hours: totals.hours,
        undocumentedHours: totals.undocumentedHours,
        pattern: flagsOf.some((f) => f.ruleCode === 'fravaersmonster'),
        red: flagsOf.some((f) => f.level === 'rod'),
        overBorderline: isOverBorderline(totals),
        openCaseId: open.find((c) => c.studentId === p.id)?.id ?? null,
      };
    })
    .sort((a, b) => Number(b.pattern) - Number(a.pattern) || b.undocumentedHours - a.undocumentedHours || b.days - a.days);
  return {
    school: { id: school.id, name: school.name },
    causes,
    students: listed,
    // The system meeting's item "Status på fravær": the same students, counted without names.
    agenda: systemMeetingAgenda({ records, students: listed }),
  };
}
