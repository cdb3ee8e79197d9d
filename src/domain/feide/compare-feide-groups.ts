/**
 * A staff member's groups in Feide beside the groups Varde has them teach (issue 14, part 1): what
 * Feide has that Varde has not, what Varde has that Feide has not, and how many agree. Shown to the
 * owner's administrator to correct an import; never used for access — Varde's own groups decide
 * who sees whom.
 *
 * Which Feide groups count: those where the person is the teacher (affiliation `faculty`), that
 * are in force on the day (Varde asks Feide for expired groups too, so that a sign-in in July still
 * has the year's groups, and so must leave out those no longer or not yet in force).
 *
 * How a Feide group and a Varde group are matched — by name, because the two seldom share an id
 * (Feide's local group id is the school administrative system's, Varde's may come from FINT or a
 * file):
 * - the same kind: Feide's `b` is a basisgruppe, `u` an undervisningsgruppe;
 * - not by school: Feide's `parent` is sometimes the school owner rather than the school, and
 *   Varde may not know a school's organisation number; a teacher seldom has groups of one name
 *   at two schools, and a wrong match here hides a difference but gives nobody access;
 * - the same name once both are written alike: letters in lower case, and spaces and the
 *   separators `/ - _ . :` left out, so "2STB Matematikk R1", "2stb  matematikk r1" and
 *   "2STB/Matematikk-R1" are one name. Varde names a teaching group by its class and subject code
 *   ("1STA/NOR1260", "2ST-B1/MAT1019" in the demo and from FINT), where Feide's name is often the
 *   class and the subject's name ("2STB Matematikk R1", "Matte 3A"): a Varde teaching group with a
 *   subject name is therefore also known as its name and the subject name, and as the class part
 *   of its name (before the first `/`) with the subject name, either way round.
 * Each group is matched at most once.
 */
import { osloDate } from '../../lib/clock.js';
import type { IsoDate } from '../school-calendar.js';
import type { GroupKind } from '../vocabulary.js';
import type { FeideGroup } from './feide-groups.js';

/** A group Varde has the staff member teach (as kontaktlærer or faglærer), this school year. */
export interface VardeTaughtGroup {
  id: string;
  name: string;
  kind: GroupKind;
  subjectName: string | null;
}

export interface ComparedGroup {
  name: string;
  kind: GroupKind;
}

export interface FeideGroupComparison {
  onlyInFeide: ComparedGroup[];
  onlyInVarde: ComparedGroup[];
  inBoth: number;
}

/** Whether Feide says the group is in force on the day (Norwegian calendar days; no limit when none is given). */
export function inForceOn(group: Pick<FeideGroup, 'notBefore' | 'notAfter'>, today: IsoDate): boolean {
  if (group.notBefore && osloDate(new Date(group.notBefore)) > today) return false;
  // notAfter is the first moment the group no longer holds, usually midnight in Norway: the day before is its last.
  if (group.notAfter && osloDate(new Date(new Date(group.notAfter).getTime() - 1)) < today) return false;
  return true;
}

/** A name as the match compares it: lower case, without spaces and separators. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('nb').replace(/[\s/\-_.:]+/g, '');
}

/** The names a Varde group may go by in Feide. */
function vardeNameKeys(group: VardeTaughtGroup): Set<string> {
  const names = [group.name];
  if (group.kind === 'undervisningsgruppe' && group.subjectName) {
    const classPart = group.name.split('/')[0]!;
    names.push(`${group.name} ${group.subjectName}`, `${classPart} ${group.subjectName}`, `${group.subjectName} ${classPart}`);
  }
  return new Set(names.map(nameKey));
}

const byKindAndName = (a: ComparedGroup, b: ComparedGroup) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'nb');

export function compareFeideGroups(feideGroups: readonly FeideGroup[], vardeGroups: readonly VardeTaughtGroup[], today: IsoDate): FeideGroupComparison {
  const current = new Map(feideGroups.filter((g) => g.role === 'teacher' && inForceOn(g, today)).map((g) => [g.id, g]));
  const feide = [...current.values()]
    // Sorted so that, should two Feide groups fit one Varde group, the same one wins every time.
    .sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.id.localeCompare(b.id));
  const varde = vardeGroups.map((group) => ({ group, keys: vardeNameKeys(group), matched: false }));

  const onlyInFeide: ComparedGroup[] = [];
  let inBoth = 0;
  for (const g of feide) {
    const key = nameKey(g.name);
    const match = varde.find((v) => !v.matched && v.group.kind === g.kind && v.keys.has(key));
    if (match) {
      match.matched = true;
      inBoth += 1;
    } else {
      onlyInFeide.push({ name: g.name, kind: g.kind });
    }
  }
  const onlyInVarde = varde.filter((v) => !v.matched).map((v) => ({ name: v.group.name, kind: v.group.kind }));
  return { onlyInFeide: onlyInFeide.sort(byKindAndName), onlyInVarde: onlyInVarde.sort(byKindAndName), inBoth };
}
