/**
 * Concerns: what a flag is about. Every rule says one thing about one concern, and a student has
 * at most one open flag per concern, which gathers the rules that fire for it (its evidence) and
 * takes the highest of their levels — so that a registration with three absences makes one flag
 * turn red rather than four new ones (docs/decisions/012-one-signal-per-concern.md).
 *
 * Two kinds of concern are kept apart: the duty to follow up absence (the school's routine: a
 * task, done when the contact is logged) and the risk signals (this student may be drifting away).
 * The absence limit is one concern per student, not per subject: the subjects over the warning
 * line are its evidence, and a new subject or a higher band is new evidence.
 */
import type { FlagCandidate, FlagLevel, RuleCode } from './flag.js';

export const concerns = [
  /** The routine's duty: absent with no notice, undocumented absence, the weekly and monthly checks. */
  'fravaersoppfolging',
  /** How much absence: the half-year bands, consecutive days. */
  'fravaersomfang',
  /** The absence limit per subject (upper secondary). */
  'fravaersgrense',
  /** Absence patterns. */
  'fravaersmonster',
  /** Grades: 1 or IV, and the research anchor (low grades with much absence). */
  'karakterer',
  /** The intake criteria. */
  'inntak',
  /** A teacher's concern report. */
  'melding',
] as const;
export type Concern = (typeof concerns)[number];

/** Whether a concern is the duty to follow up absence or a risk signal. */
export const concernNature: Record<Concern, 'plikt' | 'risiko'> = {
  fravaersoppfolging: 'plikt',
  fravaersomfang: 'risiko',
  fravaersgrense: 'risiko',
  fravaersmonster: 'risiko',
  karakterer: 'risiko',
  inntak: 'risiko',
  melding: 'risiko',
};

/** Every rule belongs to exactly one concern; rules that express the same duty share it. */
export const concernOfRule: Record<RuleCode, Concern> = {
  fravaer_uten_melding: 'fravaersoppfolging',
  udokumentert_fravaer: 'fravaersoppfolging',
  ukesjekk: 'fravaersoppfolging',
  manedssjekk: 'fravaersoppfolging',
  fravaer_halvaar: 'fravaersomfang',
  sammenhengende_fravaer: 'fravaersomfang',
  fravaersgrense: 'fravaersgrense',
  fravaersmonster: 'fravaersmonster',
  karakter: 'karakterer',
  forskningsanker: 'karakterer',
  inntak_forsteonske: 'inntak',
  inntak_lavere_onske: 'inntak',
  inntak_fravaer: 'inntak',
  inntak_karakter: 'inntak',
  inntak_spesialundervisning: 'inntak',
  melding: 'melding',
};

const rank: Record<FlagLevel, number> = { gul: 1, rod: 2 };

/** The rules' findings by concern, each concern's findings in the order the rules gave them. */
export function byConcern(candidates: readonly FlagCandidate[]): Map<Concern, FlagCandidate[]> {
  const map = new Map<Concern, FlagCandidate[]>();
  for (const c of candidates) {
    const concern = concernOfRule[c.ruleCode];
    map.set(concern, [...(map.get(concern) ?? []), c]);
  }
  return map;
}

/** The finding that leads a concern's flag: the highest level, then the first in the rules' order. */
export function leadFinding<C extends { level: FlagLevel }>(findings: readonly C[]): C {
  return findings.reduce((lead, f) => (rank[f.level] > rank[lead.level] ? f : lead));
}

export type SignalLevel = 'gronn' | FlagLevel;

/**
 * A student's one traffic light: the highest level of the open concerns (grønn when none is
 * open), and the concerns' flags behind it as its reasons, most serious first. Every list that
 * shows a light asks this (there is at most one open flag per concern: the reasons are the concerns).
 */
export function studentLight<F extends { level: string }>(openFlags: readonly F[]): { level: SignalLevel; reasons: F[] } {
  const reasons = [...openFlags].sort((a, b) => (a.level === b.level ? 0 : a.level === 'rod' ? -1 : 1));
  const level: SignalLevel = reasons.some((f) => f.level === 'rod') ? 'rod' : reasons.length > 0 ? 'gul' : 'gronn';
  return { level, reasons };
}

/**
 * How many students are at each level of the light, each student's light from studentLight: what
 * an overview that lists classes rather than students shows per class.
 */
export function lightCounts<F extends { level: string }>(openFlagsOfStudents: readonly (readonly F[])[]): Record<SignalLevel, number> {
  const counts: Record<SignalLevel, number> = { gronn: 0, gul: 0, rod: 0 };
  for (const openFlags of openFlagsOfStudents) counts[studentLight(openFlags).level]++;
  return counts;
}
