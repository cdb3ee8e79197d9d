/**
 * The demo's home identities on the tests' template (hashed with the development key, as the
 * tests' app has it): the guardian the e2e tests sign in as with ID-porten is found by the hash
 * of the number this module gives, and is the one the home view is shown to.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import type { Database } from '../db/database.js';
import { cases, guardians, plans, planVersions, studentGuardians, students } from '../db/schema.js';
import { isNationalId } from '../domain/national-id.js';
import { serverKeys } from '../lib/server-keys.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { openTestDatabase } from '../test/test-database.js';
import { findDemoHomeIdentities } from './find-demo-home-identities.js';
import { seedDemoCases } from './seed-demo-cases.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('the demo home identities', () => {
  it('are none before the demo cases are seeded', async () => {
    expect(await findDemoHomeIdentities(database.db)).toBeNull();
  });

  it('name a guardian with parental responsibility of a student under 18 whose absence case has a signed tiltaksplan', async () => {
    const { db } = database;
    await seedDemoCases(db, TEST_TODAY);
    const found = (await findDemoHomeIdentities(db))!;
    expect(found).not.toBeNull();

    const [student] = await db.select().from(students).where(eq(students.id, found.student.id));
    expect(`${student!.givenName} ${student!.familyName}`).toBe(found.student.name);
    expect(found.student.feideName).toMatch(/@demo\.varde\.no$/);
    expect(student!.feideName).toBe(found.student.feideName);
    const eighteenOn = `${Number(student!.birthDate!.slice(0, 4)) + 18}${student!.birthDate!.slice(4)}`;
    expect(eighteenOn > TEST_TODAY).toBe(true);

    const signed = await db
      .select({ caseId: cases.id, signatures: planVersions.signatures })
      .from(cases)
      .innerJoin(plans, and(eq(plans.caseId, cases.id), eq(plans.kind, 'tiltaksplan')))
      .innerJoin(planVersions, and(eq(planVersions.planId, plans.id), isNotNull(planVersions.signedAt)))
      .where(and(eq(cases.studentId, student!.id), eq(cases.kind, 'fravaer')));
    expect(signed.length).toBeGreaterThan(0);
    // A guardian who has not signed on paper, so that the home view offers "Signer".
    expect(signed.flatMap((p) => (p.signatures as Array<{ name: string }>).map((s) => s.name))).not.toContain(found.guardian.name);

    expect(isNationalId(found.guardian.nationalId)).toBe(true);
    const hash = serverKeys(DEVELOPMENT_SECRET_KEY).hashNationalId(found.guardian.nationalId);
    const byHash = await db
      .select({ id: guardians.id, givenName: guardians.givenName, familyName: guardians.familyName, responsible: studentGuardians.parentalResponsibility })
      .from(guardians)
      .innerJoin(studentGuardians, and(eq(studentGuardians.guardianId, guardians.id), eq(studentGuardians.studentId, student!.id)))
      .where(eq(guardians.nationalIdHash, hash));
    expect(byHash).toEqual([{ id: found.guardian.id, givenName: expect.any(String), familyName: expect.any(String), responsible: true }]);
    expect(`${byHash[0]!.givenName} ${byHash[0]!.familyName}`).toBe(found.guardian.name);
  });

  it('leave every guardian of the template a hash, and every demo sign-in and student a Feide name', async () => {
    const { db } = database;
    const all = await db.select({ hash: guardians.nationalIdHash }).from(guardians);
    expect(all.every((g) => g.hash !== null)).toBe(true);
    expect(new Set(all.map((g) => g.hash)).size).toBe(all.length);
    const studentNames = await db.select({ feideName: students.feideName }).from(students);
    expect(studentNames.every((s) => s.feideName !== null)).toBe(true);
    expect(new Set(studentNames.map((s) => s.feideName)).size).toBe(studentNames.length);
  });
});
