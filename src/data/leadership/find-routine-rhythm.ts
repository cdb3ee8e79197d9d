/**
 * The absence routine's rhythm of a school (src/domain/leadership/routine-rhythm.ts): its classes
 * with their contact teachers, the checks recorded since the earliest period the rhythm looks at,
 * each class's review of the absence record as the checks read it (findProtokollStatus), and its
 * open staircase cases. Undefined when the owner has no such school or no school year runs around
 * today.
 */
import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases, checkRecords, groupTeachers, groups, schools, staff } from '../../db/schema.js';
import { buildRoutineRhythm } from '../../domain/leadership/routine-rhythm.js';
import { addDays } from '../../domain/school-calendar.js';
import { osloDate } from '../../lib/clock.js';
import { findProtokollStatus } from '../checks/find-protokoll-status.js';
import { loadSchoolCalendar } from '../load-school-calendar.js';

export async function findRoutineRhythm(db: Db, ownerId: string, schoolId: string, today: string) {
  const [school] = await db.select({ id: schools.id, name: schools.name, kind: schools.kind }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  if (!school) return undefined;
  const year = await loadSchoolCalendar(db, ownerId, schoolId, today);
  if (!year) return undefined;
  // The earliest period the rhythm looks at: last month, or the term before this one.
  const since = [addDays(`${today.slice(0, 8)}01`, -31), ...year.terms.map((t) => t.startsOn)].sort()[0]!;
  const [classes, teachers, records, open, protokoll] = await Promise.all([
    db
      .select({ id: groups.id, name: groups.name })
      .from(groups)
      .where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, schoolId), eq(groups.schoolYearId, year.schoolYearId), eq(groups.kind, 'basisgruppe')))
      .orderBy(asc(groups.name)),
    db
      .select({ groupId: groupTeachers.groupId, id: staff.id, givenName: staff.givenName, familyName: staff.familyName })
      .from(groupTeachers)
      .innerJoin(staff, and(eq(staff.ownerId, groupTeachers.ownerId), eq(staff.id, groupTeachers.staffId)))
      .innerJoin(groups, and(eq(groups.ownerId, groupTeachers.ownerId), eq(groups.id, groupTeachers.groupId)))
      .where(and(eq(groupTeachers.ownerId, ownerId), eq(groupTeachers.role, 'kontaktlaerer'), eq(groups.schoolId, schoolId), eq(groups.schoolYearId, year.schoolYearId)))
      .orderBy(asc(staff.familyName), asc(staff.givenName)),
    db
      .select({ kind: checkRecords.kind, groupId: checkRecords.groupId, periodFrom: checkRecords.periodFrom, periodTo: checkRecords.periodTo, doneAt: checkRecords.doneAt })
      .from(checkRecords)
      .where(and(eq(checkRecords.ownerId, ownerId), eq(checkRecords.schoolId, schoolId), gte(checkRecords.periodTo, since), inArray(checkRecords.kind, ['ukesjekk', 'manedssjekk', 'semestersjekk']))),
    db
      .select({ step: cases.step, stepDueOn: cases.stepDueOn })
      .from(cases)
      .where(and(eq(cases.ownerId, ownerId), eq(cases.schoolId, schoolId), eq(cases.kind, 'fravaer'), eq(cases.status, 'aapen'))),
    findProtokollStatus(db, ownerId, schoolId, today),
  ]);
  const rhythm = buildRoutineRhythm({
    today,
    calendar: year.calendar,
    terms: year.terms,
    classes,
    records: records.map((r) => ({ kind: r.kind, groupId: r.groupId, periodFrom: r.periodFrom, periodTo: r.periodTo, doneOn: osloDate(r.doneAt) })),
    openStaircaseCases: open,
  });
  const teachersOf = (groupId: string) => teachers.filter((t) => t.groupId === groupId).map((t) => ({ id: t.id, name: `${t.givenName} ${t.familyName}` }));
  const protokollOf = new Map(protokoll.classes.map((c) => [c.group.id, { current: c.current, overdue: c.overdue }]));
  return {
    school,
    rhythm: {
      ...rhythm,
      week: { ...rhythm.week, classes: rhythm.week.classes.map((c) => ({ ...c, contactTeachers: teachersOf(c.id), protokoll: protokollOf.get(c.id) ?? { current: null, overdue: [] } })) },
    },
  };
}
