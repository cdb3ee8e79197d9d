import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/database.js';
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

type Row = { concern: string; done_on: string | null; has_case: boolean; covered: boolean; closed_reason: string | null; given_on: string | null };

describe('the routine the demo school has kept', () => {
  it('held the intake and midterm-grade conversations in their windows, but not those of students with a case or a teacher’s report', async () => {
    const { db } = database;
    const before = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tasks where kind = 'kartleggingssamtale' and done_at is null`);
    await seedDemoCases(db, TEST_TODAY);
    const rows = await queryRows<Row>(
      db,
      sql`select f.concern, (t.done_at at time zone 'UTC')::date::text as done_on,
                 exists (select 1 from cases c where c.owner_id = t.owner_id and c.student_id = t.student_id and c.status = 'aapen') as has_case,
                 exists (select 1 from cases c where c.owner_id = t.owner_id and c.student_id = t.student_id and c.status = 'aapen'
                         and c.kind in ('fravaer', 'iko') and c.responsible_staff_id = t.assignee_staff_id) as covered,
                 t.closed_reason,
                 (select max(x->'facts'->>'givenOn') from jsonb_array_elements(f.evidence->'findings') x where x->>'ruleCode' = 'karakter') as given_on
          from tasks t join flags f on f.owner_id = t.owner_id and f.id = t.flag_id
          where t.kind = 'kartleggingssamtale'`,
    );
    expect(before[0]!.n).toBeGreaterThan(20);
    const intake = rows.filter((r) => r.concern === 'inntak');
    expect(intake.length).toBeGreaterThan(5);
    // Kartlegging A: in the first three weeks of the school year (it starts 17 August 2026).
    for (const r of intake) expect(r.done_on! >= '2026-08-17' && r.done_on! <= '2026-09-07').toBe(true);
    const grades = rows.filter((r) => r.concern === 'karakterer' && !r.has_case);
    expect(grades.length).toBeGreaterThan(5);
    for (const r of grades) expect(r.done_on! > r.given_on! && r.done_on! < TEST_TODAY).toBe(true);
    // A case opened since holds its student's midterm conversation itself: the flag's task for its
    // responsible person is taken over by the case (one open task for the duty); a teacher's report
    // asks for one now.
    const leftToCase = rows.filter((r) => (r.has_case && r.concern === 'karakterer') || r.concern === 'melding');
    for (const r of leftToCase) expect(r.covered ? r.closed_reason : r.done_on).toBe(r.covered ? 'overtatt_av_sak' : null);
    expect(rows.filter((r) => r.closed_reason === 'overtatt_av_sak').every((r) => r.covered)).toBe(true);
  });
});
