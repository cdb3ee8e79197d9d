/**
 * A OneRoster set on the database: the example set imports into the demo school with its
 * classes, people, memberships, teachers and guardians; a second import changes nothing; and a
 * rejected set stores nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { openTestDatabase } from '../test/test-database.js';
import { checksums, exampleOneRosterFiles, expectImported, importedState, runImport } from './import-test-helpers.js';

let database: Database;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.close();
});

describe('importing a OneRoster set', () => {
  it('maps the example set into the school, and a second import changes nothing', async () => {
    const first = await runImport(database.db, 'oneroster', exampleOneRosterFiles());
    expectImported(first);
    expect(first.schoolYear?.name).toBe('2026–2027');
    expect(first.counts.groups!.inserted).toBe(2);
    expect(first.counts.memberships!.inserted).toBe(4);

    const state = await importedState(database.db);
    expect(state.groups).toContainEqual({ g: 'cl-1stc', name: '1STC', kind: 'basisgruppe', level: 'Vg1', programme: null, subject_code: null, subject_name: null });
    expect(state.groups).toContainEqual(expect.objectContaining({ g: 'cl-1stc-nor', kind: 'undervisningsgruppe', subject_code: 'NOR1260', subject_name: 'Norsk' }));
    expect(state.students).toEqual([
      { external_id: '910001', given_name: 'Astrid', family_name: 'Vik', birth_date: '2010-02-11' },
      { external_id: '910002', given_name: 'Mathias', family_name: 'Berg', birth_date: '2010-08-30' },
    ]);
    expect(state.teaching).toEqual([
      { external_id: 'A9301', name: '1STC', role: 'kontaktlaerer' },
      { external_id: 'A9301', name: '1STC/NOR1260', role: 'faglaerer' },
    ]);
    expect(state.staff.map((s) => (s as { role: string }).role)).toEqual(['faglaerer', 'kontaktlaerer']);
    expect(state.guardians.map((g) => [(g as { student: string }).student, (g as { guardian: string }).guardian])).toEqual([
      ['910001', 'F92001'],
      ['910002', 'F92002'],
      ['910002', 'F92003'],
    ]);

    const before = await checksums(database.db, ['students', 'guardians', 'student_guardians', 'staff', 'staff_roles', 'groups', 'group_memberships', 'group_teachers']);
    const again = await runImport(database.db, 'oneroster', exampleOneRosterFiles());
    expectImported(again);
    expect(Object.values(again.counts).every((c) => c.inserted === 0 && c.updated === 0 && c.removed === 0)).toBe(true);
    expect(await checksums(database.db, Object.keys(before))).toEqual(before);
  });

  it('stores nothing from a set with an error', async () => {
    const before = await checksums(database.db);
    const files = exampleOneRosterFiles().map((f) =>
      f.name === 'enrollments.csv' ? { ...f, data: Buffer.from(`${f.data.toString().trimEnd()}\ne-9,,,cl-1stc,org-varde-vgs,u-missing,student,false,,\n`) } : f,
    );
    const result = await runImport(database.db, 'oneroster', files);
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') expect(result.problems).toEqual([expect.objectContaining({ file: 'enrollments.csv', row: 8, code: 'unknown_reference' })]);
    expect(await checksums(database.db)).toEqual(before);
  });
});
