/**
 * The grade-and-absence reports of a school's classes after an assessment round (issue 11, part
 * 5): the round on the school's wheel (its grades are those given in the round's window), each
 * class's students, their grades of the round, and their absence per subject in the term the round
 * assesses — counted by `subjectAbsence`, the absence-limit rule's own definition, as of the
 * period's last day — handed to `buildClassReport`.
 *
 * Every class of the school year, or the ones named. In a fixed number of queries whatever the
 * number of classes: a whole school's absence comes from one `loadIdentificationFacts`.
 */
import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { grades, groupMemberships, groupTeachers, groups, schools, staff, students } from '../../db/schema.js';
import { buildClassReport, type ClassReport, type ReportStudent, type ReportSubjectAbsence } from '../../domain/leadership/build-class-report.js';
import { chooseReportRound, reportPeriod, reportRounds, type AssessmentRound, type ReportPeriod, type ReportRound } from '../../domain/leadership/choose-report-round.js';
import { subjectAbsence } from '../../domain/identification/rules/absence-limit-rule.js';
import { groupBy } from '../../lib/group-by.js';
import { loadIdentificationFacts, loadSchoolContext } from '../load-identification-facts.js';
import { loadSchoolCalendar } from '../load-school-calendar.js';
import { loadWheel } from './load-wheel.js';
import type { SchoolKind } from '../../domain/vocabulary.js';
import { hasAbsenceLimit } from '../../domain/school-kind-features.js';

export interface ReportClass {
  id: string;
  name: string;
  level: string | null;
  programme: string | null;
  contactTeachers: string[];
  students: ReportStudent[];
  /** Null before the first round of the school year has begun. */
  report: ClassReport | null;
}

export interface ClassReports {
  school: { id: string; name: string; kind: SchoolKind };
  rounds: ReportRound[];
  round: ReportRound | null;
  /** The absence shown: the term the round assesses, up to today. */
  period: ReportPeriod | null;
  /** The absence limit's shares, where it holds (upper secondary); null elsewhere. */
  limit: { warnFromPercent: number; limitPercent: number; discretionUpToPercent: number } | null;
  classes: ReportClass[];
}

export type FindClassReportsResult = { ok: true; reports: ClassReports } | { ok: false; problem: 'no_school' | 'not_begun' };

export async function findClassReports(
  db: Db,
  input: { ownerId: string; schoolId: string; today: string; round?: AssessmentRound | null; classIds?: readonly string[] },
): Promise<FindClassReportsResult> {
  const { ownerId, schoolId, today } = input;
  const [school] = await db
    .select({ id: schools.id, name: schools.name, kind: schools.kind })
    .from(schools)
    .where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  if (!school) return { ok: false, problem: 'no_school' };
  const empty: ClassReports = { school, rounds: [], round: null, period: null, limit: null, classes: [] };
  const year = await loadSchoolCalendar(db, ownerId, schoolId, today);
  if (!year) return { ok: true, reports: empty };

  const { wheel } = await loadWheel(db, ownerId, schoolId, year.schoolYearId, year.calendar);
  const rounds = reportRounds(wheel, year.calendar, today);
  const chosen = chooseReportRound(rounds, input.round);
  if (!chosen.ok) return chosen;
  const round = chosen.round;

  const yearGroups = await db
    .select({ id: groups.id, kind: groups.kind, name: groups.name, level: groups.level, programme: groups.programme, subjectCode: groups.subjectCode, subjectName: groups.subjectName })
    .from(groups)
    .where(and(eq(groups.ownerId, ownerId), eq(groups.schoolId, schoolId), eq(groups.schoolYearId, year.schoolYearId)))
    .orderBy(asc(groups.name));
  const classes = yearGroups.filter((g) => g.kind === 'basisgruppe' && (!input.classIds || input.classIds.includes(g.id)));
  const classIds = classes.map((c) => c.id);
  const [members, teachers] = classIds.length
    ? await Promise.all([
        db
          .select({ groupId: groupMemberships.groupId, id: students.id, givenName: students.givenName, familyName: students.familyName })
          .from(groupMemberships)
          .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
          .where(and(eq(groupMemberships.ownerId, ownerId), inArray(groupMemberships.groupId, classIds)))
          .orderBy(asc(students.givenName), asc(students.familyName)),
        db
          .select({ groupId: groupTeachers.groupId, givenName: staff.givenName, familyName: staff.familyName })
          .from(groupTeachers)
          .innerJoin(staff, and(eq(staff.ownerId, groupTeachers.ownerId), eq(staff.id, groupTeachers.staffId)))
          .where(and(eq(groupTeachers.ownerId, ownerId), eq(groupTeachers.role, 'kontaktlaerer'), inArray(groupTeachers.groupId, classIds))),
      ])
    : [[], []];
  const studentIds = [...new Set(members.map((m) => m.id))];
  const period = round ? reportPeriod(round, year.terms, today) : null;

  const [roundGrades, absence] = round && studentIds.length ? await Promise.all([loadRoundGrades(db, ownerId, studentIds, round, today), loadSubjectAbsence()]) : [[], null];

  /** Each student's absence per subject in the period, with the school's limit where it holds. */
  async function loadSubjectAbsence() {
    if (!period) return null;
    const context = await loadSchoolContext(db, ownerId, schoolId, period.to);
    if (!context) return null;
    // A whole school is loaded the way the daily evaluation loads it; some classes by their students.
    const loaded = await loadIdentificationFacts(db, ownerId, schoolId, period.to, input.classIds ? studentIds : undefined, context);
    const subjectOf = new Map(yearGroups.map((g) => [g.id, { subjectCode: g.subjectCode ?? g.id, subjectName: g.subjectName ?? g.name }]));
    const wanted = new Set(studentIds);
    const rows: ReportSubjectAbsence[] = [];
    for (const facts of loaded?.facts ?? []) {
      if (!wanted.has(facts.student.id)) continue;
      for (const a of subjectAbsence(context.profile.rules, facts)) {
        const subject = subjectOf.get(a.groupId) ?? { subjectCode: a.groupId, subjectName: a.subjectName };
        rows.push({ studentId: facts.student.id, ...subject, lessonsHeld: a.lessonsHeld, lessonsMissed: a.lessonsMissed, percent: a.percent, band: a.band });
      }
    }
    const s = context.profile.rules.fravaersgrense;
    const limit = hasAbsenceLimit(context.schoolKind) && s.enabled ? { warnFromPercent: s.warnFromPercent, limitPercent: s.limitPercent, discretionUpToPercent: s.discretionUpToPercent } : null;
    return { rows, limit };
  }

  const membersOf = groupBy(members, (m) => m.groupId);
  const gradesOf = groupBy(roundGrades, (g) => g.studentId);
  const absenceOf = groupBy(absence?.rows ?? [], (a) => a.studentId);
  const limit = absence?.limit ?? null;
  return {
    ok: true,
    reports: {
      ...empty,
      rounds,
      round,
      period,
      limit,
      classes: classes.map((c) => {
        const classStudents = (membersOf.get(c.id) ?? []).map((m) => ({ id: m.id, name: `${m.givenName} ${m.familyName}` }));
        return {
          id: c.id,
          name: c.name,
          level: c.level,
          programme: c.programme,
          contactTeachers: teachers.filter((t) => t.groupId === c.id).map((t) => `${t.givenName} ${t.familyName}`),
          students: classStudents,
          report: round
            ? buildClassReport({
                round,
                today,
                students: classStudents,
                grades: classStudents.flatMap((s) => gradesOf.get(s.id) ?? []),
                absence: classStudents.flatMap((s) => absenceOf.get(s.id) ?? []),
                limitApplies: limit !== null,
              })
            : null,
        };
      }),
    },
  };
}

/** The students' grades of the round's kind given in its window, up to today. */
async function loadRoundGrades(db: Db, ownerId: string, studentIds: readonly string[], round: ReportRound, today: string) {
  const to = today < round.to ? today : round.to;
  return db
    .select({ studentId: grades.studentId, subjectCode: grades.subjectCode, subjectName: grades.subjectName, kind: grades.kind, value: grades.value, givenOn: grades.givenOn })
    .from(grades)
    .where(and(eq(grades.ownerId, ownerId), inArray(grades.studentId, [...studentIds]), eq(grades.kind, round.gradeKind), between(grades.givenOn, round.from, to)));
}
