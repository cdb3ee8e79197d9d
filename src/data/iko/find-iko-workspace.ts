/**
 * The IKO coordinator's workspace for one school (the rådgiver's page): the teachers' concern
 * reports this school year, the intake priority list from the søkerdata (the domain ranks it:
 * src/domain/iko/intake-priority.ts), the students identified so far with their flags and open
 * case (only the cases the viewer may see), and the classes, each a way into its klasselærermøte.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { Person } from '../../domain/access-policy.js';
import { cases, flags, intakeData, planVersions, plans, schools, students } from '../../db/schema.js';
import { intakePriorityList } from '../../domain/iko/intake-priority.js';
import { findFormerSchools, type FormerSchool } from '../overgang/find-former-schools.js';
import { keepVisibleCases } from '../cases/keep-visible-cases.js';
import { loadFlags, type LoadedFlag } from '../load-flags.js';
import { loadRuleProfile } from '../load-rule-profile.js';
import { loadSchoolCalendar } from '../load-school-calendar.js';
import { findSchoolReports } from '../teacher-reports/find-school-reports.js';
import { loadSchoolClasses } from './load-school-classes.js';
import { profileKindOf } from '../../domain/vocabulary.js';

export async function findIkoWorkspace(db: Db, ownerId: string, schoolId: string, today: string, viewer: Person) {
  const [school] = await db.select({ id: schools.id, name: schools.name, kind: schools.kind }).from(schools).where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  if (!school) return undefined;
  const year = await loadSchoolCalendar(db, ownerId, schoolId, today);
  const startsOn = year?.calendar.startsOn ?? null;
  const { classes, classOf } = await loadSchoolClasses(db, ownerId, schoolId, year?.schoolYearId ?? null);
  const inSchool = (s: { id: string; givenName: string; familyName: string }) => ({
    ...s,
    classId: classOf.get(s.id)?.classId ?? null,
    className: classOf.get(s.id)?.className ?? null,
  });

  const [reports, profile, intakeRows, flagged, allOpenCases] = await Promise.all([
    findSchoolReports(db, ownerId, schoolId, startsOn ?? today),
    loadRuleProfile(db, ownerId, profileKindOf(school.kind)),
    year
      ? db
          .select({ intake: intakeData, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate })
          .from(intakeData)
          .innerJoin(students, and(eq(students.ownerId, intakeData.ownerId), eq(students.id, intakeData.studentId)))
          .where(and(eq(intakeData.ownerId, ownerId), eq(intakeData.schoolYearId, year.schoolYearId), eq(students.schoolId, schoolId)))
      : Promise.resolve([]),
    db
      .selectDistinct({ studentId: flags.studentId })
      .from(flags)
      .where(and(eq(flags.ownerId, ownerId), eq(flags.schoolId, schoolId), inArray(flags.state, ['ny', 'bekreftet']))),
    db
      .select({ id: cases.id, schoolId: cases.schoolId, studentId: cases.studentId, kind: cases.kind, step: cases.step, openedAt: cases.openedAt })
      .from(cases)
      .where(and(eq(cases.ownerId, ownerId), eq(cases.schoolId, schoolId), eq(cases.status, 'aapen'))),
  ]);
  // A rådgiver who is not in a school-environment case does not learn of it here either.
  const openCases = await keepVisibleCases(db, ownerId, viewer, allOpenCases);

  const identifiedIds = [...new Set([...flagged.map((f) => f.studentId), ...openCases.map((c) => c.studentId)])];
  const [openFlags, people, signedPlans] = await Promise.all([
    loadFlags(db, ownerId, identifiedIds, ['ny', 'bekreftet']),
    identifiedIds.length
      ? db.select({ id: students.id, givenName: students.givenName, familyName: students.familyName }).from(students).where(and(eq(students.ownerId, ownerId), inArray(students.id, identifiedIds)))
      : Promise.resolve([]),
    openCases.length
      ? db
          .selectDistinct({ caseId: plans.caseId })
          .from(plans)
          .innerJoin(planVersions, and(eq(planVersions.ownerId, plans.ownerId), eq(planVersions.planId, plans.id)))
          .where(and(eq(plans.ownerId, ownerId), inArray(plans.caseId, openCases.map((c) => c.id)), isNotNull(planVersions.signedAt)))
      : Promise.resolve([]),
  ]);
  const flagsOf = new Map<string, LoadedFlag[]>();
  for (const f of openFlags) flagsOf.set(f.studentId, [...(flagsOf.get(f.studentId) ?? []), f]);
  const signed = new Set(signedPlans.map((p) => p.caseId));

  // The former schools with a follow-up to pass on (issue 13, part 5): a reason of its own to meet the student first.
  const formerSchools = await findFormerSchools(
    db,
    { ownerId, schoolId },
    intakeRows.map((r) => ({ id: r.intake.studentId, birthDate: r.birthDate, givenName: r.givenName, familyName: r.familyName })),
    today,
  );
  const formerOf = new Map(formerSchools.map((f) => [f.studentId, f]));
  const priority = intakePriorityList(
    profile.rules,
    intakeRows.map((r) => ({
      followedUpBefore: formerOf.has(r.intake.studentId),
      student: inSchool({ id: r.intake.studentId, givenName: r.givenName, familyName: r.familyName }),
      intake: {
        gradeAverage: r.intake.gradeAverage,
        admittedChoice: r.intake.admittedChoice,
        subjectsWithGrade1OrMissing: r.intake.subjectsWithGrade1OrMissing,
        specialEducationNotice: r.intake.specialEducationNotice,
        lowerSecondaryAbsencePercent: r.intake.lowerSecondaryAbsencePercent,
      },
    })),
  );

  return {
    school: { id: school.id, name: school.name },
    schoolYearStartsOn: startsOn,
    reports: reports.map((r) => ({ ...r, student: inSchool(r.student) })),
    intake: priority.map((p) => ({
      rank: p.rank,
      student: p.student,
      criteria: p.criteria,
      gradeAverage: p.intake.gradeAverage,
      admittedChoice: p.intake.admittedChoice,
      lowerSecondaryAbsencePercent: p.intake.lowerSecondaryAbsencePercent,
      subjectsWithGrade1OrMissing: p.intake.subjectsWithGrade1OrMissing,
      formerSchool: formerSchoolOf(formerOf.get(p.student.id)),
    })),
    identified: people.map((p) => {
      const open = openCases.filter((c) => c.studentId === p.id).sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime())[0];
      return {
        student: inSchool(p),
        openFlags: flagsOf.get(p.id) ?? [],
        openCase: open ? { id: open.id, kind: open.kind, step: open.step, hasSignedPlan: signed.has(open.id) } : null,
      };
    }),
    classes,
  };
}

/** What the intake list says of a former school: its name and what the school may do — never what the case was about. */
function formerSchoolOf(found: FormerSchool | undefined) {
  return found ? { fromStudentId: found.fromStudentId, fromSchoolName: found.fromSchoolName, status: found.status } : null;
}
