/**
 * What differs between the kinds of school, each difference answered once, here: which grades a
 * year group is given, whether the absence limit holds, and the word for a year group. The server
 * refuses what a school does not have, and the web offers and says only what it has, from these.
 *
 * - Grades follow the year group: none on barnetrinnet (trinn 1–7); half-year grades on
 *   ungdomstrinnet (8–10), with final grades (standpunkt) in 10; midterm, half-year and final
 *   grades in videregående. Midterm grades (midtveisvurdering) are videregående's only.
 * - The absence limit per subject (fraværsgrensen, 10 %) is videregående's only.
 * - A grunnskole counts trinn ("8. trinn"); videregående counts Vg1–Vg3.
 * - Leadership follows through by the IKO model in videregående, by the absence routine's rhythm
 *   in grunnskole (followThroughOf).
 */
import {
  enteredGradeKinds,
  gradeKinds,
  profileKindOf,
  schoolLevels,
  type EnteredGradeKind,
  type GradeKind,
  type ProfileKind,
  type SchoolKind,
} from './vocabulary.js';

const upperSecondaryGrades: readonly GradeKind[] = ['midtveis', 'halvaar', 'standpunkt'];

/** The grades of each year group, by the levels of schoolLevels (trinn and Vg never share a name). */
const gradesOfLevel: Readonly<Record<string, readonly GradeKind[]>> = {
  ...Object.fromEntries(schoolLevels.barneskole.map((level) => [level, []])),
  '8': ['halvaar'],
  '9': ['halvaar'],
  '10': ['halvaar', 'standpunkt'],
  Vg1: upperSecondaryGrades,
  Vg2: upperSecondaryGrades,
  Vg3: upperSecondaryGrades,
};

const inVocabularyOrder = <T extends GradeKind>(kinds: ReadonlySet<GradeKind>, order: readonly T[]): T[] => order.filter((k) => kinds.has(k));

/**
 * The grades a school of this kind gives a group at `level` (as stored: "8", "8. trinn", "Vg1").
 * A level the kind does not have, or none (a teaching group stored without its trinn), gives what
 * any level of the kind may have: nothing in a barneskole, half-year and final grades in an
 * ungdomsskole or a kombinert skole.
 */
export function gradeKindsAt(kind: SchoolKind, level: string | null): GradeKind[] {
  const read = level === null ? null : readLevel(kind, level);
  const known = read ? (read.word === 'vg' ? `Vg${read.vg}` : String(read.trinn)) : null;
  const levels = known !== null && schoolLevels[kind].includes(known) ? [known] : schoolLevels[kind];
  return inVocabularyOrder(new Set(levels.flatMap((l) => gradesOfLevel[l] ?? [])), gradeKinds);
}

/** Of those, the grades a subject teacher enters in Varde (final grades come by import). */
export function enteredGradeKindsAt(kind: SchoolKind, level: string | null): EnteredGradeKind[] {
  return inVocabularyOrder(new Set(gradeKindsAt(kind, level)), enteredGradeKinds);
}

/** The grades a subject teacher enters at some level of a school of this kind: none in a barneskole. */
export function enteredGradeKindsOf(kind: SchoolKind): EnteredGradeKind[] {
  return enteredGradeKindsAt(kind, null);
}

/** The absence limit per subject holds in videregående only (a school's kind or its profile's family). */
export function hasAbsenceLimit(kind: SchoolKind | ProfileKind): boolean {
  return kind === 'vgs';
}

/**
 * How the school's leadership follows through (docs/decisions/019, "A grunnskole's leadership"):
 * `iko` in videregående — the IKO model's annual wheel, its seven pitfalls and the IKO workspace;
 * `fravaersrutine` in grunnskole — the absence routine's rhythm (the weekly, monthly and semester
 * checks, the review of the absence record, the staircase). The funnel from identified to back
 * with effect and "nobody has acted yet" hold for both.
 */
export type FollowThrough = 'iko' | 'fravaersrutine';

export function followThroughOf(kind: SchoolKind): FollowThrough {
  return profileKindOf(kind) === 'vgs' ? 'iko' : 'fravaersrutine';
}

/** How a year group is named: trinn in grunnskole ("8. trinn"), Vg in videregående ("Vg1"). */
export type LevelWord = 'trinn' | 'vg';

export function levelWordOf(kind: SchoolKind): LevelWord {
  return kind === 'vgs' ? 'vg' : 'trinn';
}

/** A year group read: trinn 1–10 of a grunnskole, or Vg1–Vg3 of videregående. */
export type ReadLevel = { word: 'trinn'; trinn: number } | { word: 'vg'; vg: number };

/**
 * A group's level as stored ("8", "8. trinn", "Vg1", "1" in videregående) read by the word of its
 * school's kind; null for a text that names no year group of the kind (shown as it was written).
 */
export function readLevel(kind: SchoolKind, level: string): ReadLevel | null {
  const text = level.trim();
  if (levelWordOf(kind) === 'vg') {
    const vg = /^(?:vg\s*)?([1-3])$/i.exec(text);
    return vg ? { word: 'vg', vg: Number(vg[1]) } : null;
  }
  const trinn = /^(10|[1-9])(?:\.?\s*trinn)?$/i.exec(text);
  return trinn ? { word: 'trinn', trinn: Number(trinn[1]) } : null;
}

/** Every difference of a kind of school at once: what a page about the whole school shows. */
export interface SchoolKindFeatures {
  midtermGrades: boolean;
  halfYearGrades: boolean;
  finalGrades: boolean;
  absenceLimit: boolean;
  levelWord: LevelWord;
}

export function schoolKindFeatures(kind: SchoolKind): SchoolKindFeatures {
  const grades = gradeKindsAt(kind, null);
  return {
    midtermGrades: grades.includes('midtveis'),
    halfYearGrades: grades.includes('halvaar'),
    finalGrades: grades.includes('standpunkt'),
    absenceLimit: hasAbsenceLimit(kind),
    levelWord: levelWordOf(kind),
  };
}
