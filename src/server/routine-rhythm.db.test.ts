/**
 * A grunnskole's leadership through the API (issue 13), on the demo municipality's ungdomsskole:
 * the absence routine's rhythm (each class's ukesjekk and review of its absence record, the
 * Månedssjekk, the semester check, the staircase) in place of IKO's wheel and pitfalls, who may see
 * it, and rektor's many summonses gathered into one item of "Mine oppgaver".
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRecords, groups, schools } from '../db/schema.js';
import { seedDemoGrunnskoleCases } from '../demo/seed-demo-grunnskole-cases.js';
import { arrangeTasks } from '../domain/follow-up/gather-tasks.js';
import type { Task } from '../shared/api.js';
import type { RoutineRhythm } from '../shared/leadership-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';

const api = useTestApp();
let gs: { id: string; ownerId: string };
let vgs: string;

beforeAll(async () => {
  const { db } = api.database;
  const rows = await db.select({ id: schools.id, ownerId: schools.ownerId, name: schools.name }).from(schools);
  gs = rows.find((s) => s.name === 'Varde ungdomsskule')!;
  vgs = rows.find((s) => s.name === 'Varde videregående skole')!.id;
  await seedDemoGrunnskoleCases(db, TEST_TODAY);
});

const rhythmOf = async (who = 'gs-rektor', schoolId = gs.id) => (await api.signIn(who)).call<RoutineRhythm>('GET', `/api/schools/${schoolId}/routine-rhythm`);

describe('the absence routine’s rhythm of the demo ungdomsskole', () => {
  it('gives every class its ukesjekk this week and last, and the month, term and staircase, naming no student', async () => {
    const { status, body } = await rhythmOf();
    expect(status).toBe(200);
    expect(body.school).toMatchObject({ id: gs.id, kind: 'ungdomsskole' });
    const own = await api.database.db.select({ name: groups.name }).from(groups).where(and(eq(groups.schoolId, gs.id), eq(groups.kind, 'basisgruppe')));
    expect(body.week.classes.map((c) => c.name).sort()).toEqual(own.map((g) => g.name).sort());
    // Monday 23 November: this week runs, last week ended with nothing recorded.
    expect(body.week.thisWeek).toEqual({ from: '2026-11-23', to: '2026-11-27' });
    for (const c of body.week.classes) {
      expect([c.thisWeek.status, c.lastWeek.status], c.name).toEqual(['pagar', 'mangler']);
      expect(c.protokoll.current).toMatchObject({ from: '2026-11-16', to: '2026-11-30', done: false });
    }
    expect(body.week.classes.find((c) => c.name === '9A')!.contactTeachers.length).toBeGreaterThan(0);
    expect(body.month.thisMonth).toMatchObject({ from: '2026-11-01', to: '2026-11-30', status: 'pagar' });
    expect(body.month.lastMonth.status).toBe('mangler');
    expect(body.semester!.thisTerm.status).toBe('pagar');
    // The demo's staircase at the ungdomsskole: one case on each of four steps, the evaluation overdue.
    expect(body.staircase.steps.map((s) => [s.step, s.open, s.overdue])).toEqual([
      ['kontakt', 1, 0],
      ['kartlegging', 1, 0],
      ['tiltak', 0, 0],
      ['evaluering', 1, 1],
      ['veien_videre', 1, 0],
    ]);
    expect([body.staircase.open, body.staircase.overdue]).toEqual([4, 1]);
    expect(JSON.stringify(body)).not.toMatch(/student/i);
  });

  it('follows what is recorded: a class’s ukesjekk and review of its record, the Månedssjekk', async () => {
    const rektor = await api.signIn('gs-rektor');
    const nineA = (await rhythmOf()).body.week.classes.find((c) => c.name === '9A')!;
    const record = (kind: 'ukesjekk' | 'fravaersprotokoll' | 'manedssjekk', groupId: string | null, periodFrom: string, periodTo: string) =>
      ({ ownerId: gs.ownerId, schoolId: gs.id, groupId, kind, periodFrom, periodTo, doneBy: rektor.session.staffId, doneAt: new Date(`${TEST_TODAY}T09:00:00+01:00`) }) as const;
    await api.database.db
      .insert(checkRecords)
      .values([record('ukesjekk', nineA.id, '2026-11-23', TEST_TODAY), record('fravaersprotokoll', nineA.id, '2026-11-16', TEST_TODAY), record('manedssjekk', null, '2026-10-24', TEST_TODAY)]);
    const { body } = await rhythmOf();
    const after = body.week.classes.find((c) => c.id === nineA.id)!;
    expect(after.thisWeek).toMatchObject({ status: 'gjort', doneOn: TEST_TODAY });
    expect(after.protokoll.current!.done).toBe(true);
    expect(body.week.classes.filter((c) => c.thisWeek.status === 'gjort').map((c) => c.name)).toEqual(['9A']);
    expect(body.month.thisMonth).toMatchObject({ status: 'gjort', doneOn: TEST_TODAY });
  });

  it('is for the school’s leadership: a contact teacher is refused, and videregående keeps IKO’s wheel instead', async () => {
    expect((await rhythmOf('gs-kontaktlaerer')).status).toBe(403);
    // Another owner's school is not the county rektor's to see.
    expect((await rhythmOf('rektor')).status).toBe(403);
    expect((await rhythmOf('rektor', vgs)).status).toBe(404);
  });
});

describe('rektor’s tasks in Mine oppgaver', () => {
  it('gather the many summonses of the monthly check into one item, each task in it once', async () => {
    const rektor = await api.signIn('gs-rektor');
    const { status, body } = await rektor.call<{ tasks: Task[] }>('GET', '/api/me/tasks');
    expect(status).toBe(200);
    const summonses = body.tasks.filter((t) => t.kind === 'innkall_foresatte' && t.doneAt === null);
    expect(summonses.length).toBeGreaterThanOrEqual(3);
    expect(new Set(summonses.map((t) => t.schoolId))).toEqual(new Set([gs.id]));
    const entries = arrangeTasks(body.tasks);
    const items = entries.flatMap((e) => (e.type === 'samlet' ? [e.gathered] : []));
    const item = items.find((g) => g.kind === 'innkall_foresatte')!;
    expect(item).toMatchObject({ source: 'flagg', schoolId: gs.id, dueOn: summonses.map((t) => t.dueOn).sort()[0] });
    expect(item.tasks.map((t) => t.id).sort()).toEqual(summonses.map((t) => t.id).sort());
    // Nothing is hidden: every task is in an item or in its student's group, once.
    const listed = entries.flatMap((e) => (e.type === 'samlet' ? e.gathered.tasks : e.group.tasks)).map((t) => t.id);
    expect(listed.sort()).toEqual(body.tasks.map((t) => t.id).sort());
    expect(entries.length).toBeLessThan(body.tasks.length);
  });
});
