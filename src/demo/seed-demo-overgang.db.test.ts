/**
 * The demo region's overgang (src/demo/seed-demo-overgang.ts): two Vg1 students came from Varde
 * ungdomsskule after a case there. The vgs counsellor's intake list puts both among the students to
 * meet first — one with a summary waiting, one the school may ask for — and gs-rektor finds the
 * one not yet prepared with its first draft.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schools, students } from '../db/schema.js';
import type { OvergangView } from '../shared/overgang-api.js';
import type { IkoWorkspace } from '../shared/workspace-api.js';
import { useTestApp } from '../test/api-test-app.js';
import { TEST_TODAY } from '../test/test-clock.js';
import { seedDemoOvergang } from './seed-demo-overgang.js';

const api = useTestApp();
let made = 0;
let vgs = '';

beforeAll(async () => {
  made = await seedDemoOvergang(api.database.db, TEST_TODAY);
  vgs = (await api.database.db.select({ id: schools.id }).from(schools).where(eq(schools.name, 'Varde videregående skole')))[0]!.id;
});

describe('the demo overgang', () => {
  it('gives the vgs intake list two students followed up at Varde ungdomsskule: one to ask for, one waiting', async () => {
    expect(made).toBe(2);
    const radgiver = await api.signIn('radgiver');
    const workspace = await radgiver.call<IkoWorkspace>('GET', `/api/schools/${vgs}/iko-workspace`);
    expect(workspace.status).toBe(200);
    const former = workspace.body.intake.filter((row) => row.formerSchool !== null);
    expect(former.map((row) => [row.formerSchool!.fromSchoolName, row.formerSchool!.status]).sort()).toEqual([
      ['Varde ungdomsskule', 'kan_spoerje'],
      ['Varde ungdomsskule', 'venter'],
    ]);
  });

  it('shows gs-rektor the first draft of the one not yet prepared, from its case', async () => {
    const { db } = api.database;
    const completed = await db.select().from(students).where(and(eq(students.leaveReason, 'fullfort')));
    expect(completed).toHaveLength(2);
    const rektor = await api.signIn('gs-rektor');
    const views = await Promise.all(completed.map((s) => rektor.call<OvergangView>('GET', `/api/students/${s.id}/overgang`)));
    const draft = views.find((v) => v.body.summary === null)!.body;
    expect(draft.offered).toBe(true);
    expect(draft.draft?.helped).toEqual(['Fast vaksen som tek imot ved inngangen kvar morgon', 'Eigen plass i klasserommet ved døra']);
    expect(draft.draft?.causes[0]).toBe('Møtet med skulen');
    // The student page says the student completed the school's last trinn and went on.
    const page = await rektor.call<{ left: { on: string; completed: boolean } | null }>('GET', `/api/students/${completed[0]!.id}`);
    expect(page.body.left).toEqual({ on: '2026-06-19', completed: true });
    const waiting = views.find((v) => v.body.summary !== null)!.body;
    expect(waiting.consents.filter((c) => c.inForce)).toHaveLength(1);
  });
});
