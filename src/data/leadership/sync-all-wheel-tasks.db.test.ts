import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { schools, tasks } from '../../db/schema.js';
import { wheelTaskKind } from '../../domain/leadership/wheel-task-window.js';
import { openTestDatabase } from '../../test/test-database.js';
import { TEST_TODAY } from '../../test/test-clock.js';
import { syncAllWheelTasks } from './sync-wheel-tasks.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("the daily sync of the annual wheel's tasks", () => {
  it("gives the IKO wheel's tasks to videregående only, none to the demo municipality's grunnskoler", async () => {
    const { db } = database;
    await syncAllWheelTasks(db, TEST_TODAY);
    const grunnskoler = await db.select({ id: schools.id }).from(schools).where(ne(schools.kind, 'vgs'));
    expect(grunnskoler.length).toBeGreaterThan(0);
    const byKind = await db
      .select({ kind: schools.kind })
      .from(tasks)
      .innerJoin(schools, and(eq(schools.ownerId, tasks.ownerId), eq(schools.id, tasks.schoolId)))
      .where(eq(tasks.kind, wheelTaskKind));
    expect(byKind.length).toBeGreaterThan(0);
    expect(new Set(byKind.map((r) => r.kind))).toEqual(new Set(['vgs']));
  });
});
