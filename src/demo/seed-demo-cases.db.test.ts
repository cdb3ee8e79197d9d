import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { caseParticipants, cases, planVersions, plans } from '../db/schema.js';
import { openTestDatabase } from '../test/test-database.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { seedDemoCases } from './seed-demo-cases.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('the demo cases', () => {
  it('show a case under a signed plan, an overdue IKO case and a § 12-4 case with the nurse', async () => {
    const { db } = database;
    expect(await seedDemoCases(db, TEST_TODAY)).toBe(3);
    const rows = await db.select().from(cases);
    const byKind = new Map(rows.map((r) => [r.kind, r]));
    expect(byKind.get('fravaer')).toMatchObject({ step: 'tiltak', status: 'aapen' });
    expect(byKind.get('fravaer')!.stepDueOn > TEST_TODAY).toBe(true);
    const signed = await db.select({ signatures: planVersions.signatures }).from(planVersions).innerJoin(plans, eq(plans.id, planVersions.planId)).where(eq(plans.caseId, byKind.get('fravaer')!.id));
    expect((signed[0]!.signatures as unknown[]).length).toBe(2);
    expect(byKind.get('iko')).toMatchObject({ step: 'kartlegging' });
    expect(byKind.get('iko')!.stepDueOn < TEST_TODAY).toBe(true);
    const nurse = await db.select().from(caseParticipants).where(eq(caseParticipants.caseId, byKind.get('skolemiljo')!.id));
    expect(nurse).toHaveLength(2);
    expect(new Set(rows.map((r) => r.studentId)).size).toBe(3);
  });
});
