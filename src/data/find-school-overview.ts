/**
 * The school overview for leadership: each class with its absence this term, as totals, as a
 * share of the lessons its students have had, how many students are over the borderline, and how
 * many students are at each level of the one traffic light (studentLight of their open flags).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupMemberships, groupTeachers, groups, schools, staff, timetableSlots } from '../db/schema.js';
import { absenceTotals, isOverBorderline, lessonsHeld, lessonsMissed } from '../domain/absence-totals.js';
import { lightCounts } from '../domain/identification/concerns.js';
import { schoolDaysBetween } from '../domain/school-calendar.js';
import { groupBy } from '../lib/group-by.js';
import { loadAbsence } from './load-absence.js';
import { loadFlags } from './load-flags.js';
import { loadSchoolCalendar } from './load-school-calendar.js';

export async function findSchoolOverview(db: Db, ownerId: string, schoolId: string, today: string) {
  const [school] = await db
    .select({ id: schools.id, name: schools.name, kind: schools.kind })
    .from(schools)
    .where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  if (!school) return undefined;
  const calendar = await loadSchoolCalendar(db, ownerId, schoolId, today);
  const term = calendar?.currentTerm ?? null;
  if (!calendar || !term) return { school, term, schoolDaysSoFar: 0, classes: [] };

  const yearGroups = await db
    .select()
    .from(groups)
    .where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, schoolId), eq(groups.schoolYearId, calendar.schoolYearId)))
    .orderBy(asc(groups.name));
  const groupIds = yearGroups.map((g) => g.id);
  const [memberships, slots, teachers] = groupIds.length
    ? await Promise.all([
        db
          .select({ groupId: groupMemberships.groupId, studentId: groupMemberships.studentId })
          .from(groupMemberships)
          .where(and(eq(groupMemberships.ownerId, ownerId), inArray(groupMemberships.groupId, groupIds))),
        db
          .select({ groupId: timetableSlots.groupId, weekday: timetableSlots.weekday })
          .from(timetableSlots)
          .where(and(eq(timetableSlots.ownerId, ownerId), inArray(timetableSlots.groupId, groupIds))),
        db
          .select({ groupId: groupTeachers.groupId, givenName: staff.givenName, familyName: staff.familyName })
          .from(groupTeachers)
          .innerJoin(staff, and(eq(staff.ownerId, groupTeachers.ownerId), eq(staff.id, groupTeachers.staffId)))
          .where(
            and(eq(groupTeachers.ownerId, ownerId), eq(groupTeachers.role, 'kontaktlaerer'), inArray(groupTeachers.groupId, groupIds)),
          ),
      ])
    : [[], [], []];

  const to = today < term.endsOn ? today : term.endsOn;
  const schoolDays = schoolDaysBetween(calendar.calendar, term.startsOn, to);
  const classes = yearGroups.filter((g) => g.kind === 'basisgruppe');
  const classStudentIds = [...new Set(memberships.filter((m) => classes.some((c) => c.id === m.groupId)).map((m) => m.studentId))];
  // One query each for the classes' absence and open flags, whatever the number of students.
  const [absence, openFlags] = await Promise.all([
    loadAbsence(db, ownerId, classStudentIds, { from: term.startsOn, to }),
    loadFlags(db, ownerId, classStudentIds, ['ny', 'bekreftet']),
  ]);

  const absenceOf = groupBy(absence, (a) => a.studentId);
  const openFlagsOf = groupBy(openFlags, (f) => f.studentId);
  const groupsOf = groupBy(memberships, (m) => m.studentId);
  const slotsOf = groupBy(slots, (s) => s.groupId);
  const membersOf = groupBy(memberships, (m) => m.groupId);
  const lessonsOfStudent = (studentId: string) => {
    const perWeekday = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const m of groupsOf.get(studentId) ?? []) for (const s of slotsOf.get(m.groupId) ?? []) perWeekday[s.weekday]!++;
    return lessonsHeld(perWeekday, schoolDays);
  };

  return {
    school,
    term,
    schoolDaysSoFar: schoolDays.length,
    classes: classes.map((c) => {
      const studentIds = (membersOf.get(c.id) ?? []).map((m) => m.studentId);
      const records = studentIds.flatMap((id) => absenceOf.get(id) ?? []);
      const held = studentIds.reduce((sum, id) => sum + lessonsOfStudent(id), 0);
      return {
        id: c.id,
        name: c.name,
        level: c.level,
        programme: c.programme,
        contactTeachers: teachers.filter((t) => t.groupId === c.id).map((t) => `${t.givenName} ${t.familyName}`),
        studentCount: studentIds.length,
        absence: absenceTotals(records),
        absencePercent: held > 0 ? Math.round((1000 * lessonsMissed(records)) / held) / 10 : 0,
        studentsOverThreshold: studentIds.filter((id) => isOverBorderline(absenceTotals(absenceOf.get(id) ?? []))).length,
        lights: lightCounts(studentIds.map((id) => openFlagsOf.get(id) ?? [])),
      };
    }),
  };
}
