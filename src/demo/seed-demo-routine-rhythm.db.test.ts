/**
 * The demo municipality's routine kept since August (seed-demo-routine-rhythm.ts), as gs-rektor's
 * leadership page reads it: every class's checks done but one class behind, the months' checks
 * done, nothing of the county's vgs touched, and a second load changing nothing.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRecords, schools } from '../db/schema.js';
import type { RoutineRhythm } from '../shared/leadership-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { seedDemoRoutineRhythm } from './seed-demo-routine-rhythm.js';

const api = useTestApp();
let made = 0;
let ungdomsskole = '';

beforeAll(async () => {
  made = await seedDemoRoutineRhythm(api.database.db, TEST_TODAY);
  ungdomsskole = (await api.database.db.select({ id: schools.id }).from(schools).where(eq(schools.name, 'Varde ungdomsskule')))[0]!.id;
});

describe('the demo’s routine rhythm', () => {
  it('shows every class’s ukesjekk and review kept, one class behind, and the months’ checks done', async () => {
    expect(made).toBeGreaterThan(0);
    const rektor = await api.signIn('gs-rektor');
    const { status, body } = await rektor.call<RoutineRhythm>('GET', `/api/schools/${ungdomsskole}/routine-rhythm`);
    expect(status).toBe(200);
    const [first, second, ...rest] = body.week.classes;
    // Monday 23 November: this week runs; last week every class but the second by name recorded its ukesjekk.
    expect(body.week.classes.every((c) => c.thisWeek.status === 'pagar')).toBe(true);
    expect([first!, ...rest].every((c) => c.lastWeek.status === 'gjort' && c.lastWeek.doneOn === '2026-11-20')).toBe(true);
    expect(second!.lastWeek.status).toBe('mangler');
    expect(body.week.classes.filter((c) => c.protokoll.overdue.length > 0).map((c) => c.id)).toEqual([second!.id]);
    expect(second!.protokoll.overdue).toEqual([{ from: '2026-11-01', to: '2026-11-15' }]);
    // October's check was held on the first school day of November; November's runs.
    expect(body.month.lastMonth).toMatchObject({ status: 'gjort', doneOn: '2026-11-02' });
    expect(body.month.thisMonth.status).toBe('pagar');
    expect(body.semester!.thisTerm.status).toBe('pagar');
  });

  it('touches only the municipality’s grunnskoler, and only once', async () => {
    const { db } = api.database;
    const [vgs] = await db.select({ id: schools.id }).from(schools).where(eq(schools.kind, 'vgs'));
    expect(await db.select({ id: checkRecords.id }).from(checkRecords).where(eq(checkRecords.schoolId, vgs!.id))).toEqual([]);
    expect(await seedDemoRoutineRhythm(db, TEST_TODAY)).toBe(0);
  });
});
