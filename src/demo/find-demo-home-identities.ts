/**
 * Who to be to see the home view in the demo: the student of the demo school's absence case under
 * a signed tiltaksplan (seed-demo-cases.ts, case 1), and a guardian of the student with parental
 * responsibility — one who has not signed it on paper, so that "Signer" is there to try. The e2e tests sign in as them with the fake ID-porten and Feide, and the README
 * names them. Found in the database rather than named here: which student gets the case follows
 * from the flags the first evaluation raises.
 */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { accounts, cases, guardians, plans, planVersions, staffRoles, studentGuardians, students } from '../db/schema.js';
import { demoGuardianNationalId } from './synthetic-national-id.js';

export interface DemoHomeIdentities {
  /** `nationalId` is recomputed from the id (the database keeps only its hash): what to give the fake ID-porten. */
  guardian: { id: string; name: string; nationalId: string };
  student: { id: string; name: string; feideName: string | null };
}

/** Null when the demo cases have not been seeded (or the demo is not there). */
export async function findDemoHomeIdentities(db: Db): Promise<DemoHomeIdentities | null> {
  const [school] = await db
    .select({ ownerId: staffRoles.ownerId, schoolId: staffRoles.schoolId })
    .from(accounts)
    .innerJoin(staffRoles, and(eq(staffRoles.ownerId, accounts.ownerId), eq(staffRoles.staffId, accounts.staffId), isNotNull(staffRoles.schoolId)))
    .where(eq(accounts.username, 'rektor'));
  if (!school?.schoolId) return null;

  const [student] = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, feideName: students.feideName, signatures: planVersions.signatures })
    .from(cases)
    .innerJoin(plans, and(eq(plans.ownerId, cases.ownerId), eq(plans.caseId, cases.id), eq(plans.kind, 'tiltaksplan')))
    .innerJoin(planVersions, and(eq(planVersions.ownerId, plans.ownerId), eq(planVersions.planId, plans.id), isNotNull(planVersions.signedAt)))
    .innerJoin(students, and(eq(students.ownerId, cases.ownerId), eq(students.id, cases.studentId)))
    .where(and(eq(cases.ownerId, school.ownerId), eq(cases.schoolId, school.schoolId), eq(cases.kind, 'fravaer')))
    .orderBy(asc(cases.openedAt), asc(cases.id))
    .limit(1);
  if (!student) return null;

  const candidates = await db
    .select({ id: guardians.id, givenName: guardians.givenName, familyName: guardians.familyName })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(and(eq(studentGuardians.ownerId, school.ownerId), eq(studentGuardians.studentId, student.id), eq(studentGuardians.parentalResponsibility, true)))
    .orderBy(asc(guardians.givenName), asc(guardians.id));
  const signedNames = new Set((student.signatures as Array<{ name?: string }>).map((s) => s.name?.trim().toLocaleLowerCase('nb')));
  const guardian = candidates.find((g) => !signedNames.has(`${g.givenName} ${g.familyName}`.toLocaleLowerCase('nb'))) ?? candidates[0];
  if (!guardian) return null;

  return {
    guardian: { id: guardian.id, name: `${guardian.givenName} ${guardian.familyName}`, nationalId: demoGuardianNationalId(guardian.id) },
    student: { id: student.id, name: `${student.givenName} ${student.familyName}`, feideName: student.feideName },
  };
}
