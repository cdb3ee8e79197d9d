/**
 * Decides how each student of a municipality's grunnskoler will be absent, with the shape of
 * younger children's absence (generate-absence.ts, `stageShapes`): most of them a few days of
 * illness, reported by the home, more of it in winter; and a few students in each pattern the
 * absence routine's rules should catch — a child who will not go to school (stomach aches on
 * school mornings), Mondays, holidays stretched by the family, every other Friday or Monday
 * (the weekends with the other parent), late mornings, a subject avoided in ungdomsskolen, and
 * brothers and sisters away together, at one school or at two.
 */
import { groupByEach } from '../lib/group-by.js';
import type { BuiltGrunnskole } from './build-grunnskole.js';
import type { BuiltTeachingGroup } from './build-school.js';
import type { AbsencePattern, DemoAbsenceProfile } from './demo-dataset.js';
import type { Rng } from './random.js';

export function planGrunnskoleAbsence(context: {
  rng: Rng;
  schools: readonly BuiltGrunnskole[];
  /** The municipality's sibling pairs, older first (build-families.ts). */
  siblingPairs: ReadonlyArray<readonly [string, string]>;
  /** The class that gets the first school-refusal and Monday cases (gs-kontaktlaerer's). */
  showcase?: { schoolId: string; className: string };
}): DemoAbsenceProfile[] {
  const { rng, schools } = context;
  const profiles = new Map<string, DemoAbsenceProfile>();
  const schoolOf = new Map<string, BuiltGrunnskole>();
  for (const built of schools) {
    const stage = built.school.kind === 'barneskole' ? 'barneskole' : 'ungdomsskole';
    for (const c of built.classes) {
      for (const student of c.students) {
        schoolOf.set(student.id, built);
        profiles.set(student.id, {
          studentId: student.id,
          schoolId: built.school.id,
          pattern: 'ordinary',
          stage,
          baseShare: ordinaryShare(rng),
          lateRate: stage === 'barneskole' ? lateRate(rng, 0.1, [0.001, 0.006], [0.01, 0.02]) : lateRate(rng, 0.2, [0.003, 0.012], [0.02, 0.04]),
        });
      }
    }
  }
  const assign = (studentId: string, pattern: AbsencePattern, extra: Partial<DemoAbsenceProfile> = {}) => {
    Object.assign(profiles.get(studentId)!, { pattern, ...extra });
  };
  const isFree = (id: string) => profiles.get(id)?.pattern === 'ordinary';

  // Siblings away on the same days: pairs at one school first (the rules compare siblings at the
  // school), and one pair across two schools.
  const total = profiles.size;
  const wantedPairs = Math.max(2, Math.round(total * 0.006));
  const sameSchool = context.siblingPairs.filter(([a, b]) => schoolOf.get(a) === schoolOf.get(b));
  const across = context.siblingPairs.filter(([a, b]) => schoolOf.get(a) !== schoolOf.get(b));
  const chosenPairs = [...sameSchool.slice(0, wantedPairs - (across.length > 0 ? 1 : 0)), ...across.slice(0, 1)];
  for (const [older, younger] of chosenPairs) {
    const siblingKey = `${older}+${younger}`;
    assign(older, 'siblings', { siblingKey });
    assign(younger, 'siblings', { siblingKey });
  }

  for (const built of schools) {
    const students = built.classes.flatMap((c) => c.students);
    const n = students.length;
    const groupsOf = groupByEach(built.teachingGroups, (group) => group.studentIds);
    const pool = rng.shuffle(students.map((s) => s.id).filter(isFree));
    const showcaseClass =
      context.showcase?.schoolId === built.school.id ? built.classes.find((c) => c.group.name === context.showcase!.className) : undefined;
    const showcase = new Set(showcaseClass?.students.map((s) => s.id));
    const take = (fromShowcase: boolean) => {
      const at = pool.findIndex((id) => isFree(id) && (!fromShowcase || showcase.has(id)));
      return at < 0 ? undefined : pool.splice(at, 1)[0];
    };
    // A few of each; never more than a third of a (very small) school.
    const scale = Math.min(1, n / 3 / 12);
    const count = (rate: number, minimum: number) => Math.max(1, Math.round(Math.max(minimum, n * rate) * scale));
    const wanted: Array<[AbsencePattern, number]> =
      built.school.kind === 'barneskole'
        ? [
            ['school_refusal', count(0.005, 1)],
            ['mondays', count(0.006, 1)],
            ['around_breaks', count(0.01, 2)],
            ['every_other_week', count(0.006, 1)],
            ['late_arrivals', count(0.006, 1)],
          ]
        : [
            ['school_refusal', count(0.01, 2)],
            ['mondays', count(0.01, 2)],
            ['around_breaks', count(0.005, 1)],
            ['every_other_week', count(0.005, 1)],
            ['avoids_subject', count(0.01, 2)],
            ['late_arrivals', count(0.01, 2)],
          ];
    for (const [pattern, howMany] of wanted) {
      for (let i = 0; i < howMany; i++) {
        const first = i === 0 && (pattern === 'school_refusal' || pattern === 'mondays');
        const id = (first ? take(true) : undefined) ?? take(false);
        if (id === undefined) break;
        assign(id, pattern, patternDetails(rng, pattern, built.school.kind === 'barneskole', groupsOf.get(id) ?? []));
      }
    }
  }
  return [...profiles.values()];
}

/** Most children miss 1–3 % of school days, nearly all of it illness the home reports. */
function ordinaryShare(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.2) return rng.float(0, 0.01);
  if (roll < 0.7) return rng.float(0.01, 0.035);
  if (roll < 0.93) return rng.float(0.035, 0.06);
  return rng.float(0.06, 0.09);
}

function lateRate(rng: Rng, someShare: number, usual: [number, number], some: [number, number]): number {
  return rng.chance(someShare) ? rng.float(...some) : rng.float(...usual);
}

function patternDetails(rng: Rng, pattern: AbsencePattern, young: boolean, groups: readonly BuiltTeachingGroup[]): Partial<DemoAbsenceProfile> {
  switch (pattern) {
    case 'school_refusal':
      // Younger children's refusal is seldom as long; it starts as stomach aches on some mornings.
      return { refusalShare: young ? rng.float(0.1, 0.16) : rng.float(0.15, 0.26) };
    case 'late_arrivals':
      return { lateRate: young ? rng.float(0.22, 0.32) : rng.float(0.3, 0.42) };
    case 'every_other_week':
      return { weekday: rng.chance(0.7) ? 5 : 1, weekParity: rng.int(0, 1) };
    case 'avoids_subject': {
      const likely = groups.filter((g) => g.subject.area === 'kroppsoving' || g.subject.area === 'matematikk');
      const candidates = likely.length > 0 ? likely : groups.filter((g) => g.cells.length >= 2);
      return candidates.length > 0 ? { avoidedGroupId: rng.pick(candidates).group.id } : {};
    }
    default:
      return {};
  }
}
