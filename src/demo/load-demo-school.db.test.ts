/**
 * Loading the demo into a fresh, migrated database (PGlite, and the PostgreSQL server when
 * TEST_DATABASE_URL is set): every row arrives, the accounts sign in with the demo password,
 * a second ensureDemoSchool does nothing, and a failing load leaves nothing behind.
 */
import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import {
  absenceRecords,
  accounts,
  grades,
  groupMemberships,
  groups,
  guardians,
  owners,
  staff,
  staffRoles,
  students,
  teacherReports,
  timetableSlots,
} from '../db/schema.js';
import { DEVELOPMENT_SECRET_KEY } from '../config.js';
import { verifyPassword } from '../lib/password.js';
import { serverKeys } from '../lib/server-keys.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { openEmptyTestDatabase } from '../test/test-database.js';
import { DEMO_PASSWORD, demoSignIns, generateDemoSchool } from './generate-demo-school.js';
import { ensureDemoSchool, loadDemoSchool, MAX_BIND_PARAMETERS, rowsPerInsert } from './load-demo-school.js';
import { demoGuardianNationalId } from './demo-identities.js';
import { createRng } from './random.js';

let database: Database;
beforeEach(async () => {
  database = await openEmptyTestDatabase();
  await runMigrations(database);
});
afterEach(async () => {
  await database.close();
});

async function rowsIn(table: PgTable): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(table);
  return row!.n;
}

describe('loading the demo school', () => {
  it('loads the default region (the county’s school and the municipality’s two) into an empty database once, and leaves it alone the next time', async () => {
    const first = await ensureDemoSchool(database, { today: TEST_TODAY });
    expect(first.action).toBe('loaded');

    const dataset = generateDemoSchool({ seed: 1, students: 240, today: TEST_TODAY });
    const expected = new Map<PgTable, number>([
      [owners, 2],
      [students, 640],
      [guardians, dataset.guardians.length],
      [staff, dataset.staff.length],
      [staffRoles, dataset.staffRoles.length],
      [groups, dataset.groups.length],
      [groupMemberships, dataset.groupMemberships.length],
      [timetableSlots, dataset.timetableSlots.length],
      [grades, dataset.grades.length],
      [teacherReports, dataset.teacherReports.length],
      [absenceRecords, [...dataset.absenceRecords].length],
      [accounts, demoSignIns.length],
    ]);
    for (const [table, n] of expected) expect(await rowsIn(table)).toBe(n);
    if (first.action === 'loaded') expect(first.counts.absenceRecords).toBe(expected.get(absenceRecords));

    const stored = await database.db.select({ username: accounts.username, passwordHash: accounts.passwordHash }).from(accounts);
    expect(stored.map((a) => a.username).sort()).toEqual(demoSignIns.map((s) => s.username).sort());
    expect(await verifyPassword(stored[0]!.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored[0]!.passwordHash!, 'feil-passord')).toBe(false);

    const [kontaktlaerer] = await database.db.select().from(accounts).where(eq(accounts.username, 'kontaktlaerer'));
    expect(kontaktlaerer!.staffId).toBe(dataset.accounts.find((a) => a.username === 'kontaktlaerer')!.staffId);

    const studentsOf = async (ownerId: string) => (await database.db.select({ n: count() }).from(students).where(eq(students.ownerId, ownerId)))[0]!.n;
    expect(await studentsOf(dataset.ownerId)).toBe(240);
    expect(await studentsOf(dataset.municipality!.ownerId)).toBe(400);

    // The demo people's identities: Feide names, and of each guardian's number only its hash (the development key's by default).
    const feide = await database.db.select({ feideName: staff.feideName }).from(staff).innerJoin(accounts, eq(accounts.staffId, staff.id));
    expect(feide.map((f) => f.feideName).sort()).toEqual(demoSignIns.map((s) => `${s.username}@demo.varde.no`).sort());
    const studentNames = await database.db.select({ feideName: students.feideName }).from(students);
    expect(new Set(studentNames.map((s) => s.feideName)).size).toBe(640);
    const developmentKeys = serverKeys(DEVELOPMENT_SECRET_KEY);
    for (const g of await database.db.select({ id: guardians.id, hash: guardians.nationalIdHash }).from(guardians)) {
      expect(g.hash).toBe(developmentKeys.hashNationalId(demoGuardianNationalId(g.id)));
    }

    expect(await ensureDemoSchool(database, { today: TEST_TODAY })).toEqual({ action: 'skipped', reason: 'database-has-data' });
    expect(await rowsIn(students)).toBe(640);
  });

  it('sends large tables in batches under the bind-parameter limit, and loads all or nothing', async () => {
    // The county alone: enough rows for the batches.
    const dataset = generateDemoSchool({ seed: 2, students: 240, municipalityStudents: 0, today: TEST_TODAY });
    // Four copies of the absence, with ids of their own: more records than fit in one statement.
    const rng = createRng('copies');
    const absence = [0, 1, 2, 3].flatMap(() => [...dataset.absenceRecords].map((r) => ({ ...r, id: rng.uuid() })));
    expect(absence.length).toBeGreaterThan(rowsPerInsert(absenceRecords));
    expect(rowsPerInsert(absenceRecords) * 17).toBeLessThanOrEqual(MAX_BIND_PARAMETERS);
    const fastHash = async () => 'demo-hash';

    // A record that breaks a CHECK constraint in the very last batch undoes everything before it.
    const broken = { ...dataset, absenceRecords: [...absence.slice(0, -1), { ...absence.at(-1)!, hours: 13 }] };
    await expect(loadDemoSchool(database.db, broken, { hashPassword: fastHash })).rejects.toThrow();
    expect(await rowsIn(owners)).toBe(0);
    expect(await rowsIn(students)).toBe(0);

    const keys = serverKeys('a-key-of-this-test-only-at-least-32-characters');
    const counts = await loadDemoSchool(database.db, { ...dataset, absenceRecords: absence }, { hashPassword: fastHash, hashNationalId: keys.hashNationalId });
    expect(counts.absenceRecords).toBe(absence.length);
    expect(await rowsIn(absenceRecords)).toBe(absence.length);
    expect(await rowsIn(students)).toBe(240);
    // A server with a key of its own loads the demo with it: ID-porten sign-in hashes with that key.
    const [guardian] = await database.db.select({ id: guardians.id, hash: guardians.nationalIdHash }).from(guardians).limit(1);
    expect(guardian!.hash).toBe(keys.hashNationalId(demoGuardianNationalId(guardian!.id)));
  });
});
