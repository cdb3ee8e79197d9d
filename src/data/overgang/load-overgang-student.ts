/**
 * What the overgang's routes need of the student besides access: the name and birth date a match
 * and the consent rules use, and the school's name the other school is shown; a guardian who may
 * consent; one recorded consent.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { overgangConsents, schools, studentGuardians, students } from '../../db/schema.js';

export async function loadOvergangStudent(db: Db, ownerId: string, studentId: string) {
  const [row] = await db
    .select({ id: students.id, birthDate: students.birthDate, givenName: students.givenName, familyName: students.familyName, schoolName: schools.name })
    .from(students)
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(and(eq(students.ownerId, ownerId), eq(students.id, studentId)));
  return row;
}

/** Whether the guardian has parental responsibility for the student: whose consent counts. */
export async function hasParentalResponsibility(db: Db, ownerId: string, guardianId: string, studentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: studentGuardians.guardianId })
    .from(studentGuardians)
    .where(and(eq(studentGuardians.ownerId, ownerId), eq(studentGuardians.studentId, studentId), eq(studentGuardians.guardianId, guardianId), eq(studentGuardians.parentalResponsibility, true)));
  return row !== undefined;
}

export async function loadOvergangConsent(db: Db, ownerId: string, overgangId: string, consentId: string) {
  const [row] = await db.select().from(overgangConsents).where(and(eq(overgangConsents.ownerId, ownerId), eq(overgangConsents.overgangId, overgangId), eq(overgangConsents.id, consentId)));
  return row;
}
