/**
 * Which students a person signed in to the home view may see, decided afresh on every request
 * (src/domain/home/home-access.ts), so that a student's 18th birthday or a revoked consent takes
 * effect at once rather than at the next sign-in. Across owners on purpose: a guardian may have one
 * child at the municipality's school and one at the county's (docs/decisions/025).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { guardians, homeAccessConsents, schools, studentGuardians, students } from '../../db/schema.js';
import { guardianAccess, type GuardianAccessRefusal } from '../../domain/home/home-access.js';
import type { IsoDate } from '../../domain/school-calendar.js';
import type { HomePersonKind } from '../../domain/vocabulary.js';

export interface HomeIdentity {
  personKind: HomePersonKind;
  method: 'feide' | 'id_porten';
  identity: string;
}

export interface ReachedStudent {
  ownerId: string;
  studentId: string;
  name: string;
  schoolName: string;
  birthDate: IsoDate | null;
  basis: 'self' | 'minor' | 'consent';
  /** The guardian's own row at this student's owner; null for the student themself. */
  guardianId: string | null;
}

export interface HomeReach {
  /** The person's name as Varde has it. */
  name: string | null;
  students: ReachedStudent[];
  /** The guardian's links that did not hold, and why (for the sign-in's refusal). */
  refusals: GuardianAccessRefusal[];
}

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

export async function findHomeReach(db: Db, who: HomeIdentity, today: IsoDate): Promise<HomeReach> {
  return who.personKind === 'elev' ? findOwnRecords(db, who) : findChildren(db, who.identity, today);
}

async function findOwnRecords(db: Db, who: HomeIdentity): Promise<HomeReach> {
  const match = who.method === 'feide' ? eq(students.feideName, who.identity) : eq(students.nationalIdHash, who.identity);
  const rows = await db
    .select({ ownerId: students.ownerId, studentId: students.id, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate, schoolName: schools.name })
    .from(students)
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .where(and(match, isNull(students.leftOn)));
  return {
    name: rows[0] ? fullName(rows[0]) : null,
    students: rows.map((r) => ({ ownerId: r.ownerId, studentId: r.studentId, name: fullName(r), schoolName: r.schoolName, birthDate: r.birthDate, basis: 'self', guardianId: null })),
    refusals: [],
  };
}

async function findChildren(db: Db, nationalIdHash: string, today: IsoDate): Promise<HomeReach> {
  const rows = await db
    .select({
      ownerId: students.ownerId,
      studentId: students.id,
      givenName: students.givenName,
      familyName: students.familyName,
      birthDate: students.birthDate,
      schoolName: schools.name,
      guardianId: guardians.id,
      guardianGivenName: guardians.givenName,
      guardianFamilyName: guardians.familyName,
      parentalResponsibility: studentGuardians.parentalResponsibility,
      consentInForce: sql<boolean>`${homeAccessConsents.givenAt} is not null`,
    })
    .from(guardians)
    .innerJoin(studentGuardians, and(eq(studentGuardians.ownerId, guardians.ownerId), eq(studentGuardians.guardianId, guardians.id)))
    .innerJoin(students, and(eq(students.ownerId, studentGuardians.ownerId), eq(students.id, studentGuardians.studentId)))
    .innerJoin(schools, and(eq(schools.ownerId, students.ownerId), eq(schools.id, students.schoolId)))
    .leftJoin(
      homeAccessConsents,
      and(
        eq(homeAccessConsents.ownerId, students.ownerId),
        eq(homeAccessConsents.studentId, students.id),
        eq(homeAccessConsents.guardianId, guardians.id),
        isNull(homeAccessConsents.revokedAt),
      ),
    )
    .where(and(eq(guardians.nationalIdHash, nationalIdHash), isNull(students.leftOn)));
  const reach: HomeReach = { name: null, students: [], refusals: [] };
  for (const r of rows) {
    reach.name ??= `${r.guardianGivenName} ${r.guardianFamilyName}`;
    const access = guardianAccess({ parentalResponsibility: r.parentalResponsibility, studentBirthDate: r.birthDate, consentInForce: r.consentInForce }, today);
    if (access.ok) {
      reach.students.push({ ownerId: r.ownerId, studentId: r.studentId, name: fullName(r), schoolName: r.schoolName, birthDate: r.birthDate, basis: access.basis, guardianId: r.guardianId });
    } else reach.refusals.push(access.refusal);
  }
  reach.students.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return reach;
}

/** Is there a guardian with this identity at all (to tell "unknown" from "refused")? */
export async function isKnownGuardian(db: Db, nationalIdHash: string): Promise<boolean> {
  const [row] = await db.select({ id: guardians.id }).from(guardians).where(eq(guardians.nationalIdHash, nationalIdHash)).limit(1);
  return row !== undefined;
}
