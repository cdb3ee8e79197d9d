/**
 * Who the demo's people are to Feide and ID-porten, so that the demo can be tried with the local
 * fake providers: every demo sign-in's staff row and every student has a Feide name in one demo
 * realm, and every guardian a synthetic national identity number, which the loader keeps only as
 * its hash (load-demo-school.ts). The e2e tests and the README take the names from here;
 * find-demo-home-identities.ts finds the guardian and student the home view is shown with.
 */
import type { DemoDataset } from './demo-dataset.js';
import type { StudentGuardianRow } from './factories.js';
import { emailLocalPart } from './names.js';
import type { Rng } from './random.js';
import { demoGuardianNationalId } from './synthetic-national-id.js';

export { demoGuardianNationalId };

/** The Feide realm (the part after @) of every demo person: not a real organisation's. */
export const DEMO_FEIDE_REALM = 'demo.varde.no';

/** The Feide name of a demo sign-in's staff member: `rektor@demo.varde.no`. */
export function demoStaffFeideName(username: string): string {
  return `${username}@${DEMO_FEIDE_REALM}`;
}

/**
 * Gives the dataset's people their identities, after everything else is generated so that every
 * other row stays as it was. Feide names are unique across both owners, since a sign-in names a
 * person, not an owner: a student's is `given.family@demo.varde.no`, numbered from 2 when taken
 * (a username has no dot, so a student's never meets a staff member's). A guardian whose number
 * another guardian already drew gets a new id, since the number is a function of the id.
 */
export function assignDemoIdentities(dataset: DemoDataset, rng: Rng): void {
  const staffById = new Map(dataset.staff.map((s) => [s.id, s]));
  for (const account of dataset.accounts) {
    const member = staffById.get(account.staffId);
    if (member) member.feideName = demoStaffFeideName(account.username);
  }

  const taken = new Set<string>();
  for (const student of dataset.students) {
    const local = emailLocalPart(student.givenName, student.familyName);
    let name = `${local}@${DEMO_FEIDE_REALM}`;
    for (let n = 2; taken.has(name); n++) name = `${local}${n}@${DEMO_FEIDE_REALM}`;
    taken.add(name);
    student.feideName = name;
  }

  const numbersInUse = new Set<string>();
  let linksOf: Map<string, StudentGuardianRow[]> | undefined;
  for (const guardian of dataset.guardians) {
    let number = demoGuardianNationalId(guardian.id);
    if (numbersInUse.has(number)) {
      // Rare (none in the default demo, a few hundred among a large county's 50 000): the links are indexed only then.
      linksOf ??= linksByGuardian(dataset.studentGuardians);
      const links = linksOf.get(`${guardian.ownerId}:${guardian.id}`) ?? [];
      linksOf.delete(`${guardian.ownerId}:${guardian.id}`);
      while (numbersInUse.has(number)) {
        guardian.id = rng.uuid();
        number = demoGuardianNationalId(guardian.id);
      }
      for (const link of links) link.guardianId = guardian.id;
      linksOf.set(`${guardian.ownerId}:${guardian.id}`, links);
    }
    numbersInUse.add(number);
  }
}

function linksByGuardian(links: readonly StudentGuardianRow[]): Map<string, StudentGuardianRow[]> {
  const byGuardian = new Map<string, StudentGuardianRow[]>();
  for (const link of links) {
    const key = `${link.ownerId}:${link.guardianId}`;
    byGuardian.set(key, [...(byGuardian.get(key) ?? []), link]);
  }
  return byGuardian;
}
