/**
 * The demo students' families: one or two guardians each, most with parental responsibility,
 * and some brothers and sisters in different classes — of one school, or of a municipality's
 * schools — who then share their guardians (docs/domain.md: "siblings absent on the same days" is part of the weekly check).
 */
import type { DemoDataset } from './demo-dataset.js';
import { buildGuardian, buildStudentGuardian, type Sex, type StudentRow } from './factories.js';
import { familyNames } from './names.js';
import type { Rng } from './random.js';

export interface FamilyMember {
  student: StudentRow;
  classId: string;
  /** The year group counted from the youngest: 0 for Vg1 (or trinn 1), 1 for Vg2 (trinn 2) … */
  levelIndex: number;
}

type Household = 'together' | 'apart' | 'mother_alone' | 'father_alone' | 'mother_has_responsibility' | 'other_guardian';

const households: ReadonlyArray<readonly [Household, number]> = [
  ['together', 70],
  ['apart', 16],
  ['mother_alone', 6],
  ['father_alone', 2],
  ['mother_has_responsibility', 5],
  ['other_guardian', 1],
];

/**
 * Adds guardians and their links to the dataset. Returns the sibling pairs, older sibling first:
 * the younger one takes the older one's family name, and both get the same guardians.
 */
export function buildFamilies(context: {
  dataset: DemoDataset;
  rng: Rng;
  members: readonly FamilyMember[];
  siblingPairs: number;
  emailsInUse: Set<string>;
  /** The owner of the families' rows; the dataset's (the county) unless given. */
  ownerId?: string;
}): Array<[string, string]> {
  const { dataset, rng, members } = context;
  const ownerId = context.ownerId ?? dataset.ownerId;
  const pairs = chooseSiblingPairs(rng, members, context.siblingPairs);

  const families = new Map<string, StudentRow[]>();
  const familyOf = new Map<string, string>();
  for (const [older, younger] of pairs) familyOf.set(younger.student.id, older.student.id);
  for (const [older, younger] of pairs) younger.student.familyName = older.student.familyName;
  for (const member of members) {
    const key = familyOf.get(member.student.id) ?? member.student.id;
    const family = families.get(key);
    if (family) family.push(member.student);
    else families.set(key, [member.student]);
  }

  for (const children of families.values()) {
    const familyName = children[0]!.familyName;
    const guardian = (sex: Sex, sameName: boolean) =>
      buildGuardian({
        rng,
        ownerId,
        sex,
        familyName: sameName ? familyName : rng.pick(familyNames),
        emailsInUse: context.emailsInUse,
      });
    const link = (
      guardianRow: ReturnType<typeof guardian>,
      relation: 'mor' | 'far' | 'annen',
      parentalResponsibility: boolean,
      livesWithStudent: boolean,
    ) => {
      dataset.guardians.push(guardianRow);
      for (const child of children) {
        dataset.studentGuardians.push(
          buildStudentGuardian({
            ownerId,
            studentId: child.id,
            guardianId: guardianRow.id,
            relation,
            parentalResponsibility,
            livesWithStudent,
          }),
        );
      }
    };

    switch (rng.weighted(households)) {
      case 'together':
        link(guardian('female', rng.chance(0.55)), 'mor', true, true);
        link(guardian('male', true), 'far', true, true);
        break;
      case 'apart': {
        const withMother = rng.chance(0.7);
        link(guardian('female', rng.chance(0.4)), 'mor', true, withMother);
        link(guardian('male', true), 'far', true, !withMother);
        break;
      }
      case 'mother_alone':
        link(guardian('female', true), 'mor', true, true);
        break;
      case 'father_alone':
        link(guardian('male', true), 'far', true, true);
        break;
      case 'mother_has_responsibility':
        link(guardian('female', true), 'mor', true, true);
        link(guardian('male', rng.chance(0.5)), 'far', false, false);
        break;
      case 'other_guardian':
        // A grandparent or other relative who has the care of the student.
        link(guardian(rng.pick(['female', 'male'] as const), true), 'annen', true, true);
        break;
    }
  }
  return pairs.map(([older, younger]) => [older.student.id, younger.student.id]);
}

/** Pairs from different classes, in different years (Vg or trinn) wherever the schools allow it. */
function chooseSiblingPairs(rng: Rng, members: readonly FamilyMember[], wanted: number): Array<[FamilyMember, FamilyMember]> {
  const levelCount = members.reduce((most, m) => Math.max(most, m.levelIndex + 1), 3);
  const byLevel: FamilyMember[][] = Array.from({ length: levelCount }, () => []);
  for (const member of rng.shuffle([...members])) byLevel[member.levelIndex]!.push(member);
  const pairs: Array<[FamilyMember, FamilyMember]> = [];
  for (let i = 0; i < wanted; i++) {
    const levels = byLevel.map((_, l) => l).filter((l) => byLevel[l]!.length > 0);
    if (levels.length < 2) break;
    const [a, b] = rng.sample(levels, 2) as [number, number];
    const older = byLevel[Math.max(a, b)]!.pop()!;
    const younger = byLevel[Math.min(a, b)]!.pop()!;
    pairs.push([older, younger]);
  }
  return pairs;
}
