/**
 * Leadership's views through the API on the demo school (issue 11): the wheel and its
 * responsibility map (versioned, stale changes refused), implementation quality, the pitfalls
 * with their JSON keys, the "nobody has acted yet" board, the owner's view without names, and
 * who may see each.
 */
import { describe, expect, it } from 'vitest';
import type { MyStudents, Task } from '../shared/api.js';
import type { MyWheelDuties, ImplementationView, OwnerImplementation, PitfallsView, UnactedBoard, WheelRecords, WheelView } from '../shared/leadership-api.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { useTestApp } from '../test/api-test-app.js';

const api = useTestApp();

async function leader() {
  const rektor = await api.signIn('rektor');
  const schoolId = rektor.session.roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  return { rektor, schoolId };
}

describe('leadership views', () => {
  it('names the seven pitfalls by their keys, each finding with a student the view names and who can act', async () => {
    const { rektor, schoolId } = await leader();
    const { status, body } = await rektor.call<PitfallsView>('GET', `/api/schools/${schoolId}/pitfalls`);
    expect(status).toBe(200);
    expect(Object.keys(body.pitfalls)).toEqual(['not_identified', 'identified_late', 'not_mapped', 'followed_up_without_mapping', 'mapped_not_followed_up', 'slow_to_follow_up', 'no_effect']);
    const named = new Set(body.students.map((s) => s.id));
    for (const pitfall of Object.values(body.pitfalls)) {
      expect(pitfall.count).toBe(pitfall.findings.length);
      for (const finding of pitfall.findings) expect(named.has(finding.studentId)).toBe(true);
    }
    expect(body.pitfalls.not_mapped.actorRole).toBe('kontaktlaerer');
    expect(body.pitfalls.no_effect.actorRole).toBe('skoleleder');
  });

  it('gives implementation figures per class that add up to the school’s, each student named once', async () => {
    const { rektor, schoolId } = await leader();
    const { status, body } = await rektor.call<ImplementationView>('GET', `/api/schools/${schoolId}/implementation`);
    expect(status).toBe(200);
    expect(body.classes.length).toBeGreaterThan(0);
    // The demo's flags are dated on their evidence's day: the autumn's students are identified this year.
    expect(body.total.steps.identified.length).toBeGreaterThan(0);
    expect(body.total.students).toBeGreaterThanOrEqual(body.classes.reduce((n, c) => n + c.figures.students, 0));
    const inClasses = body.classes.flatMap((c) => c.figures.steps.identified);
    expect(new Set(inClasses).size).toBe(inClasses.length);
    for (const id of inClasses) expect(body.total.steps.identified).toContain(id);
    // Each later step is a subset of the identified.
    for (const step of ['mapped', 'plan_signed', 'follow_up_started', 'evaluated'] as const) {
      for (const id of body.total.steps[step]) expect(body.total.steps.identified).toContain(id);
    }
    const named = new Set(body.students.map((s) => s.id));
    for (const id of body.total.steps.identified) expect(named.has(id)).toBe(true);
  });

  it('lists students with a confirmed flag and nothing done since, oldest first, with their contact teacher', async () => {
    const { rektor, schoolId } = await leader();
    const { status, body } = await rektor.call<UnactedBoard>('GET', `/api/schools/${schoolId}/unacted`);
    expect(status).toBe(200);
    const days = body.entries.map((e) => e.confirmedOn);
    expect(days).toEqual([...days].sort());
    for (const e of body.entries) expect(e.confirmedOn <= TEST_TODAY).toBe(true);
  });

  it('refuses the school’s views to a contact teacher and a subject teacher, and gives the owner counts without names', async () => {
    const { schoolId } = await leader();
    for (const who of ['kontaktlaerer', 'faglaerer', 'skoleeier'] as const) {
      const person = await api.signIn(who);
      for (const view of ['implementation', 'pitfalls', 'unacted', 'wheel']) {
        expect((await person.call('GET', `/api/schools/${schoolId}/${view}`)).status, `${who} ${view}`).toBe(403);
      }
    }
    const owner = await api.signIn('skoleeier');
    const { status, body } = await owner.call<OwnerImplementation>('GET', '/api/owner/implementation');
    expect(status).toBe(200);
    expect(body.schools.length).toBeGreaterThan(0);
    for (const row of [...body.schools, body.total]) {
      for (const n of [...Object.values(row.steps), ...Object.values(row.pitfalls)]) expect(n === null || n === 0 || n >= body.smallCount).toBe(true);
    }
    const text = JSON.stringify(body);
    const rektor = (await leader()).rektor;
    const names = (await rektor.call<ImplementationView>('GET', `/api/schools/${schoolId}/implementation`)).body.students;
    for (const s of names) expect(text).not.toContain(s.familyName);
    expect((await rektor.call('GET', '/api/owner/implementation')).status).toBe(403);
  });

  it('keeps the wheel’s map in versions: a change from an old version is refused, a bad date says which edit', async () => {
    const { rektor, schoolId } = await leader();
    const wheel = (await rektor.call<WheelView>('GET', `/api/schools/${schoolId}/wheel`)).body;
    expect(wheel.canEdit).toBe(true);
    expect(wheel.entries.map((e) => e.key)).toContain('kartlegging_a');
    const a = wheel.entries.find((e) => e.key === 'kartlegging_a')!;
    expect(a.classes.length).toBe(wheel.classes.length);
    const target = a.seedDueOn!;
    const moved = await rektor.call<{ version: number }>('POST', `/api/schools/${schoolId}/wheel/changes`, {
      baseVersion: wheel.version,
      edits: [
        { kind: 'flytt', activity: 'gjennomgang_host', to: wheel.entries.find((e) => e.key === 'gjennomgang_host')!.dueOn },
        { kind: 'navngi', role: 'radgiver', classId: null, staffIds: [wheel.staff[0]!.id] },
      ],
    });
    expect(moved.status).toBe(200);
    expect(moved.body.version).toBe(wheel.version + 1);
    const stale = await rektor.call('POST', `/api/schools/${schoolId}/wheel/changes`, { baseVersion: wheel.version, edits: [{ kind: 'fjern', activity: 'kartlegging_c' }] });
    expect(stale.status).toBe(409);
    const bad = await rektor.call<{ error: { details: Array<{ path: string; message: string }> } }>('POST', `/api/schools/${schoolId}/wheel/changes`, {
      baseVersion: moved.body.version,
      edits: [
        { kind: 'fjern', activity: 'kartlegging_c' },
        { kind: 'flytt', activity: 'inntaksanalyse', to: target },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'body.edits.1', message: expect.stringContaining('not_before_school_start') });
    const after = (await rektor.call<WheelView>('GET', `/api/schools/${schoolId}/wheel`)).body;
    // All or none: the removal in the refused change did not land.
    expect(after.entries.find((e) => e.key === 'kartlegging_c')!.removed).toBe(false);
    expect(after.named).toEqual([{ role: 'radgiver', classId: null, staff: [{ id: wheel.staff[0]!.id, name: wheel.staff[0]!.name }] }]);
    const radgiver = await api.signIn('radgiver');
    expect((await radgiver.call('POST', `/api/schools/${schoolId}/wheel/changes`, { baseVersion: after.version, edits: [{ kind: 'fjern', activity: 'kartlegging_c' }] })).status).toBe(403);
  });

  it('records what only a person can tell, for the school or a class, and refuses what the data measures', async () => {
    const { rektor, schoolId } = await leader();
    const wheel = (await rektor.call<WheelView>('GET', `/api/schools/${schoolId}/wheel`)).body;
    const recorded = await rektor.call('POST', `/api/schools/${schoolId}/wheel/records`, { activity: 'inntaksanalyse', classId: null, doneOn: TEST_TODAY, decisions: 'Prioriteringsliste satt opp.' });
    expect(recorded.status).toBe(201);
    const measured = await rektor.call('POST', `/api/schools/${schoolId}/wheel/records`, { activity: 'kartlegging_a', classId: wheel.classes[0]!.id, doneOn: TEST_TODAY });
    expect(measured.status).toBe(400);
    const noClass = await rektor.call('POST', `/api/schools/${schoolId}/wheel/records`, { activity: 'registrering_host', classId: null, doneOn: TEST_TODAY });
    expect(noClass.status).toBe(400);
    const records = (await rektor.call<WheelRecords>('GET', `/api/schools/${schoolId}/wheel/records`)).body.records;
    expect(records[0]).toMatchObject({ activity: 'inntaksanalyse', classId: null, decisions: 'Prioriteringsliste satt opp.' });
    const after = (await rektor.call<WheelView>('GET', `/api/schools/${schoolId}/wheel`)).body;
    expect(after.entries.find((e) => e.key === 'inntaksanalyse')!.school!.done).toBe(1);
    // A contact teacher records the class's own activity, not another class's.
    const kontakt = await api.signIn('kontaktlaerer');
    const own = kontakt.session.roles.find((r) => r.role === 'kontaktlaerer')!;
    expect(own.schoolId).toBe(schoolId);
  });

  it('gives the wheel’s duties as tasks from two weeks before, one per person and activity, closed when the data shows them done', async () => {
    const { rektor, schoolId } = await leader();
    const wheel = (await rektor.call<WheelView>('GET', `/api/schools/${schoolId}/wheel`)).body;
    // Any change to the wheel brings its tasks up to date (so does the daily run).
    expect((await rektor.call('POST', `/api/schools/${schoolId}/wheel/changes`, { baseVersion: wheel.version, edits: [{ kind: 'tilbakestill', activity: 'gjennomgang_host' }] })).status).toBe(200);
    const kontakt = await api.signIn('kontaktlaerer');
    const classId = (await kontakt.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!.id;
    const wheelTasks = async () => (await kontakt.call<{ tasks: Task[] }>('GET', '/api/me/tasks')).body.tasks.filter((t) => t.kind === 'arshjul');
    const before = await wheelTasks();
    const registration = before.filter((t) => t.activity?.code === 'registrering_host' && t.doneAt === null);
    expect(registration).toHaveLength(1);
    expect(registration[0]!.dueOn).toBe(wheel.entries.find((e) => e.key === 'registrering_host')!.dueOn);
    // Nothing from the spring: it is more than two weeks away.
    expect(before.some((t) => t.activity?.code === 'registrering_var')).toBe(false);
    expect((await kontakt.call('POST', `/api/schools/${schoolId}/wheel/records`, { activity: 'registrering_host', classId, doneOn: TEST_TODAY })).status).toBe(201);
    const after = await wheelTasks();
    expect(after.find((t) => t.id === registration[0]!.id)!.doneAt).not.toBeNull();
  });

  it('gives each person their own part of the wheel, their classes only', async () => {
    const { schoolId } = await leader();
    const kontakt = await api.signIn('kontaktlaerer');
    const ownClass = (await kontakt.call<MyStudents>('GET', '/api/me/students')).body.groups.find((g) => g.relation === 'kontaktlaerer')!.id;
    const { status, body } = await kontakt.call<MyWheelDuties>('GET', `/api/schools/${schoolId}/wheel/mine`);
    expect(status).toBe(200);
    const b = body.duties.find((d) => d.key === 'kartlegging_b')!;
    expect(b.classes.map((c) => c.id)).toEqual([ownClass]);
    expect(b.progressKind).toBe('registrert');
    // The school's own preparations are not the contact teacher's.
    expect(body.duties.some((d) => d.key === 'inntaksanalyse')).toBe(false);
    const owner = await api.signIn('skoleeier');
    expect((await owner.call('GET', `/api/schools/${schoolId}/wheel/mine`)).status).toBe(403);
  });
});
