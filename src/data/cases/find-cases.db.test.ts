/**
 * The case list's overdue filter is isOverdue written in SQL; these hold the two together, on
 * the deadline day, the day after, and for a closed case past its deadline.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { cases } from '../../db/schema.js';
import { isOverdue, type CaseStatus } from '../../domain/cases/case-workflow.js';
import { addDays } from '../../domain/school-calendar.js';
import { seedDemoCases } from '../../demo/seed-demo-cases.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { openTestDatabase } from '../../test/test-database.js';
import { findCases } from './find-cases.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCases(database.db, TEST_TODAY);
  // A closed case whose deadline has passed is not overdue.
  const [closed] = await database.db.select().from(cases).where(eq(cases.kind, 'skolemiljo'));
  await database.db.update(cases).set({ status: 'avsluttet', outcome: 'avbrutt', closedAt: new Date(), stepDueOn: addDays(TEST_TODAY, -30) }).where(eq(cases.id, closed!.id));
});
afterAll(async () => {
  await database.close();
});

describe('the overdue filter of the case list', () => {
  it('picks exactly the cases isOverdue calls overdue', async () => {
    const { db } = database;
    const all = await db.select().from(cases);
    const dueDays = all.map((c) => c.stepDueOn);
    const todays = [TEST_TODAY, ...dueDays, ...dueDays.map((d) => addDays(d, 1))];
    const ownerId = all[0]!.ownerId;
    let seenOverdue = false;
    for (const today of todays) {
      const listed = await findCases(db, { ownerId, today, status: 'alle', overdueOnly: true });
      const expected = all.filter((c) => isOverdue(c.stepDueOn, today, c.status as CaseStatus)).map((c) => c.id);
      expect(listed.map((c) => c.row.id).sort(), `today ${today}`).toEqual(expected.sort());
      expect(listed.every((c) => c.overdue)).toBe(true);
      seenOverdue ||= expected.length > 0;
    }
    expect(seenOverdue).toBe(true);
  });
});
