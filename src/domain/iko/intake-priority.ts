/**
 * The intake priority list (IKO's årshjul, before the school start): the rådgiver or IKO
 * coordinator analyses the søkerdata and lists the students the contact teachers should meet
 * first. A student is on the list when the intake data meets one of IKO's criteria at the start of
 * Vg1 (rules 1–5 of docs/domain.md, with the thresholds of the school's rule profile); the list
 * puts first the students who meet the most criteria, then the lowest grade average, then the
 * highest absence in lower secondary.
 */
import type { IdentificationFacts } from '../identification/facts.js';
import type { RuleSettings } from '../identification/rule-profile.js';

export const intakeCriteria = ['inntak_forsteonske', 'inntak_lavere_onske', 'inntak_fravaer', 'inntak_karakter', 'inntak_spesialundervisning'] as const;
export type IntakeCriterion = (typeof intakeCriteria)[number];

export type IntakeFacts = NonNullable<IdentificationFacts['intake']>;

/** The criteria this student's intake data meets, in the order of the rules. */
export function intakeCriteriaMet(rules: RuleSettings, intake: IntakeFacts): IntakeCriterion[] {
  const met: IntakeCriterion[] = [];
  const average = intake.gradeAverage;
  const choice = intake.admittedChoice;
  if (rules.inntakForsteonske.enabled && average !== null && choice === 1 && average <= rules.inntakForsteonske.maxGradeAverage) met.push('inntak_forsteonske');
  if (rules.inntakLavereOnske.enabled && average !== null && choice !== null && choice > 1 && average <= rules.inntakLavereOnske.maxGradeAverage) met.push('inntak_lavere_onske');
  const absence = intake.lowerSecondaryAbsencePercent;
  if (rules.inntakFravaer.enabled && absence !== null && absence > rules.inntakFravaer.abovePercent) met.push('inntak_fravaer');
  if (rules.inntakKarakter.enabled && intake.subjectsWithGrade1OrMissing.length > 0) met.push('inntak_karakter');
  if (rules.inntakSpesialundervisning.enabled && intake.specialEducationNotice) met.push('inntak_spesialundervisning');
  return met;
}

export interface PriorityEntry<S> {
  student: S;
  intake: IntakeFacts;
  criteria: IntakeCriterion[];
  /** The former school (avgiverskolen) has a follow-up of the student to pass on (src/domain/overgang/). */
  followedUpBefore: boolean;
  /** 1 is the first to meet. */
  rank: number;
}

/**
 * The students whose intake meets a criterion, or whose former school followed them up (the IKO
 * seed: contact avgiverskolen before school start) — most reasons first, then the weakest average,
 * then the most absence.
 */
export function intakePriorityList<S>(rules: RuleSettings, students: ReadonlyArray<{ student: S; intake: IntakeFacts; followedUpBefore?: boolean }>): Array<PriorityEntry<S>> {
  const reasons = (s: { criteria: readonly IntakeCriterion[]; followedUpBefore: boolean }) => s.criteria.length + (s.followedUpBefore ? 1 : 0);
  return students
    .map((s) => ({ ...s, followedUpBefore: s.followedUpBefore ?? false, criteria: intakeCriteriaMet(rules, s.intake) }))
    .filter((s) => reasons(s) > 0)
    .sort(
      (a, b) =>
        reasons(b) - reasons(a) ||
        (a.intake.gradeAverage ?? Number.POSITIVE_INFINITY) - (b.intake.gradeAverage ?? Number.POSITIVE_INFINITY) ||
        (b.intake.lowerSecondaryAbsencePercent ?? 0) - (a.intake.lowerSecondaryAbsencePercent ?? 0),
    )
    .map((s, index) => ({ ...s, rank: index + 1 }));
}
