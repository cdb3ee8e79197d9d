/**
 * The school overview's lights per class are the students' own lights added up: each student of
 * a class counted once, at the level studentLight gives the student's open flags — the same light
 * the class lists show. The overview loads every class's flags in one query; this test asks per
 * student, so the two ways of counting hold each other.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { flags, groupMemberships, schools } from '../db/schema.js';
import { studentLight } from '../domain/identification/concerns.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { openTestDatabase } from '../test/test-database.js';
import { findSchoolOverview } from './find-school-overview.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('the school overview’s lights', () => {
  it('equal the sum of the lights of each class’s students', async () => {
    const { db } = database;
    let flagged = 0;
    for (const school of await db.select().from(schools)) {
      const overview = await findSchoolOverview(db, school.ownerId, school.id, TEST_TODAY);
      expect(overview).toBeDefined();
      for (const c of overview!.classes) {
        const members = await db.select({ studentId: groupMemberships.studentId }).from(groupMemberships).where(eq(groupMemberships.groupId, c.id));
        const expected = { gronn: 0, gul: 0, rod: 0 };
        for (const { studentId } of members) {
          const open = await db
            .select({ level: flags.level })
            .from(flags)
            .where(and(eq(flags.ownerId, school.ownerId), eq(flags.studentId, studentId), inArray(flags.state, ['ny', 'bekreftet'])));
          expected[studentLight(open).level]++;
        }
        expect(c.lights, c.name).toEqual(expected);
        expect(c.lights.gronn + c.lights.gul + c.lights.rod, c.name).toBe(c.studentCount);
        flagged += c.lights.gul + c.lights.rod;
      }
    }
    // The demo school has flagged students, so the test counts more than green lights.
    expect(flagged).toBeGreaterThan(0);
  });
});
