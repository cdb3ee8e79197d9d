import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { caseParticipants, cases, meetings, otAvklaringar, otFollowUpEntries, otYouth, planVersions, plans } from '../db/schema.js';
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
    expect(await seedDemoCases(db, TEST_TODAY)).toBe(5);
    const all = await db.select().from(cases);
    const rows = all.filter((r) => r.kind !== 'ot_avklaring');
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

  it("give OT a clarification meeting coming up, a held one with a signed agreement, and youth in different statuses", async () => {
    const { db } = database;
    const avklaringar = (await db.select().from(cases).where(eq(cases.kind, 'ot_avklaring'))).sort((a, b) => a.stepStartedOn.localeCompare(b.stepStartedOn));
    expect(avklaringar).toHaveLength(2);
    const coming = avklaringar.find((c) => c.status === 'aapen')!;
    expect(coming).toMatchObject({ step: 'samtale' });
    const [meeting] = await db.select().from(meetings).where(eq(meetings.caseId, coming.id));
    expect(meeting!.startsAt.toISOString().slice(0, 10) > TEST_TODAY).toBe(true);
    const held = avklaringar.find((c) => c.status === 'avsluttet')!;
    expect(held).toMatchObject({ outcome: 'overfort_ot' });
    const [form] = await db.select().from(otAvklaringar).where(eq(otAvklaringar.caseId, held.id));
    expect(form!.signedAt).not.toBeNull();
    const youth = await db.select().from(otYouth);
    expect(youth).toHaveLength(6);
    expect(youth.filter((y) => y.caseId === held.id)).toHaveLength(1);
    const statuses = new Set((await db.select({ code: otFollowUpEntries.statusCode }).from(otFollowUpEntries)).map((e) => e.code).filter((c) => c !== null));
    expect([...statuses].sort()).toEqual(['OTAR', 'OTLL', 'OTNO', 'OTOV']);
  });
});
