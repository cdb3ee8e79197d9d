import { beforeAll, describe, expect, it } from 'vitest';
import { isNationalId } from '../domain/national-id.js';
import { TEST_TODAY } from '../test/test-clock.js';
import type { DemoDataset } from './demo-dataset.js';
import { assignDemoIdentities, DEMO_FEIDE_REALM, demoGuardianNationalId } from './demo-identities.js';
import { buildGuardian, buildStudentGuardian } from './factories.js';
import { generateDemoSchool } from './generate-demo-school.js';
import { createRng } from './random.js';

let dataset: DemoDataset;
beforeAll(() => {
  dataset = generateDemoSchool({ seed: 1, students: 240, today: TEST_TODAY });
});

describe('the demo people’s identities', () => {
  it('give every demo sign-in’s staff member the Feide name username@demo.varde.no', () => {
    const staffById = new Map(dataset.staff.map((s) => [s.id, s]));
    for (const account of dataset.accounts) expect(staffById.get(account.staffId)!.feideName).toBe(`${account.username}@demo.varde.no`);
    expect(staffById.get(dataset.accounts.find((a) => a.username === 'gs-rektor')!.staffId)!.feideName).toBe('gs-rektor@demo.varde.no');
  });

  it('give every student of both owners a Feide name of the demo realm, no two alike and none a staff member’s', () => {
    const names = dataset.students.map((s) => s.feideName);
    expect(names.every((n) => typeof n === 'string' && n.endsWith(`@${DEMO_FEIDE_REALM}`) && /^[a-z0-9.-]+@/.test(n))).toBe(true);
    const staffNames = dataset.staff.map((s) => s.feideName).filter((n) => n);
    expect(staffNames).toHaveLength(dataset.accounts.length);
    expect(new Set([...names, ...staffNames]).size).toBe(names.length + staffNames.length);
  });

  it('give every guardian a valid synthetic number, no two alike, each linked student still theirs', () => {
    const numbers = dataset.guardians.map((g) => demoGuardianNationalId(g.id));
    expect(numbers.every(isNationalId)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    const ids = new Set(dataset.guardians.map((g) => `${g.ownerId}:${g.id}`));
    expect(dataset.studentGuardians.every((l) => ids.has(`${l.ownerId}:${l.guardianId}`))).toBe(true);
  });

  it('give a guardian whose number is taken a new id, and move the guardian’s links with it', () => {
    const rng = createRng('collision');
    // The same id under two owners draws the same number: the second must change.
    const first = buildGuardian({ rng, ownerId: 'owner-a' });
    const second = buildGuardian({ rng, ownerId: 'owner-b', id: first.id });
    const small = {
      ...dataset,
      accounts: [],
      staff: [],
      students: [],
      guardians: [first, second],
      studentGuardians: [
        buildStudentGuardian({ ownerId: 'owner-a', studentId: 's1', guardianId: first.id }),
        buildStudentGuardian({ ownerId: 'owner-b', studentId: 's2', guardianId: first.id }),
      ],
    };
    const sharedId = first.id;
    assignDemoIdentities(small, createRng('identities'));
    expect(first.id).toBe(sharedId);
    expect(second.id).not.toBe(sharedId);
    expect(demoGuardianNationalId(second.id)).not.toBe(demoGuardianNationalId(first.id));
    expect(small.studentGuardians.map((l) => l.guardianId)).toEqual([sharedId, second.id]);
  });
});
