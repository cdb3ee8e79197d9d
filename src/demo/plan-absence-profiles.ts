/**
 * Decides how each student of a school will be absent: most students a little (illness, the odd
 * appointment), and a few students in each of the patterns the school must notice (docs/domain.md,
 * rule 8), plus three or more cases of growing, school-refusal-like absence over 10 %.
 */
import { groupByEach } from '../lib/group-by.js';
import type { BuiltSchool, BuiltTeachingGroup } from './build-school.js';
import type { AbsencePattern, DemoAbsenceProfile } from './demo-dataset.js';
import type { Rng } from './random.js';

export function planAbsenceProfiles(context: {
  rng: Rng;
  built: BuiltSchool;
  /** A class that gets the first school-refusal and Monday cases (the demo contact teacher's). */
  showcaseClassName?: string;
}): DemoAbsenceProfile[] {
  const { rng, built } = context;
  const students = built.classes.flatMap((c) => c.students);
  const n = students.length;
  const groupsOf = groupByEach(built.teachingGroups, (group) => group.studentIds);

  const profiles = new Map<string, DemoAbsenceProfile>();
  for (const student of students) {
    profiles.set(student.id, {
      studentId: student.id,
      schoolId: built.school.id,
      pattern: 'ordinary',
      baseShare: ordinaryShare(rng),
      lateRate: rng.chance(0.2) ? rng.float(0.02, 0.05) : rng.float(0.002, 0.012),
    });
  }
  const assign = (studentId: string, pattern: AbsencePattern, extra: Partial<DemoAbsenceProfile> = {}) => {
    Object.assign(profiles.get(studentId)!, { pattern, ...extra });
  };
  const isFree = (id: string) => profiles.get(id)!.pattern === 'ordinary';

  // A few of each; never more than a third of a (very small) school.
  const scale = Math.min(1, n / 3 / 26);
  const count = (rate: number, minimum: number) => Math.max(1, Math.round(Math.max(minimum, n * rate) * scale));

  // Siblings absent on the same days: both of a pair share one plan of days.
  const siblingPairs = built.siblingPairs.slice(0, count(0.008, 2));
  for (const [older, younger] of siblingPairs) {
    const siblingKey = `${older}+${younger}`;
    assign(older, 'siblings', { siblingKey });
    assign(younger, 'siblings', { siblingKey });
  }

  const pool = rng.shuffle(students.map((s) => s.id).filter(isFree));
  const showcase = new Set(built.classes.find((c) => c.group.name === context.showcaseClassName)?.students.map((s) => s.id));
  const take = (fromShowcase: boolean) => {
    const at = pool.findIndex((id) => isFree(id) && (!fromShowcase || showcase.has(id)));
    return at < 0 ? undefined : pool.splice(at, 1)[0];
  };

  const wanted: Array<[AbsencePattern, number]> = [
    ['school_refusal', count(0.016, 3)],
    ['mondays', count(0.0125, 3)],
    ['around_breaks', count(0.0125, 3)],
    ['avoids_subject', count(0.0125, 3)],
    ['late_arrivals', count(0.016, 4)],
    ['every_other_week', count(0.008, 2)],
  ];
  for (const [pattern, total] of wanted) {
    for (let i = 0; i < total; i++) {
      // The showcase class gets the first school-refusal case and the first Monday case.
      const first = i === 0 && (pattern === 'school_refusal' || pattern === 'mondays');
      const id = (first ? take(true) : undefined) ?? take(false);
      if (id === undefined) break;
      assign(id, pattern, patternDetails(rng, pattern, groupsOf.get(id) ?? []));
    }
  }
  return students.map((s) => profiles.get(s.id)!);
}

/** Most students miss under 2–3 % of their lessons; some a bit more. */
function ordinaryShare(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.25) return rng.float(0, 0.005);
  if (roll < 0.7) return rng.float(0.005, 0.025);
  if (roll < 0.92) return rng.float(0.025, 0.05);
  return rng.float(0.05, 0.09);
}

function patternDetails(rng: Rng, pattern: AbsencePattern, groups: readonly BuiltTeachingGroup[]): Partial<DemoAbsenceProfile> {
  switch (pattern) {
    case 'school_refusal':
      return { refusalShare: rng.float(0.15, 0.28) };
    case 'late_arrivals':
      return { lateRate: rng.float(0.3, 0.45) };
    case 'every_other_week':
      // The weekend with the other parent stretches into Friday or Monday.
      return { weekday: rng.chance(0.7) ? 5 : 1, weekParity: rng.int(0, 1) };
    case 'avoids_subject': {
      // Mathematics and physical education are the subjects students most often stay away from.
      const likely = groups.filter((g) => g.subject.area === 'matematikk' || g.subject.area === 'kroppsoving');
      const candidates = likely.length > 0 ? likely : groups.filter((g) => g.cells.length >= 2);
      return candidates.length > 0 ? { avoidedGroupId: rng.pick(candidates).group.id } : {};
    }
    default:
      return {};
  }
}
