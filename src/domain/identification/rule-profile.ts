/**
 * A rule profile: which identification rules apply for a school owner, with every threshold.
 * Two profiles come out of the box — the IKO model for upper secondary (seed
 * iko-modellen-akershus.txt) and the absence routine for grunnskole (seed
 * fravaersrutine-sondre-land.txt). Profiles are versioned; each flag records the version.
 *
 * Where a seed leaves an edge open, the decision is written beside the setting and in
 * docs/decisions/007-rule-edges.md, and tested at, just under and just over the edge.
 */
import { z } from 'zod';
import { absenceTypes, type AbsenceType } from '../vocabulary.js';

const types = z.array(z.enum(absenceTypes)).min(1);
const on = z.boolean();

/** All absence that the duty to follow up covers; late arrivals are counted on their own. */
const ALL_ABSENCE: AbsenceType[] = ['dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'ikke_mott'];
/** Absence that counts towards the 10 % limit: undocumented absence only. */
const UNDOCUMENTED: AbsenceType[] = ['udokumentert', 'ikke_mott'];

export const ruleSettingsSchema = z.object({
  /** Rule 1: admitted on first choice with a grade average at or below this. */
  inntakForsteonske: z.object({ enabled: on, maxGradeAverage: z.number().min(1).max(6) }),
  /** Rule 2: admitted on a lower choice with a grade average at or below this. */
  inntakLavereOnske: z.object({ enabled: on, maxGradeAverage: z.number().min(1).max(6) }),
  /** Rule 3: absence in lower secondary above this percentage (strictly above: "> 6 %"). */
  inntakFravaer: z.object({ enabled: on, abovePercent: z.number().min(0).max(100) }),
  /** Rule 4: grade 1 or no grade in a subject from lower secondary. */
  inntakKarakter: z.object({ enabled: on }),
  /** Rule 5: notice of a need for special education. */
  inntakSpesialundervisning: z.object({ enabled: on }),
  /** Rule 6: grade 1 or IV at a midterm or half-year evaluation. */
  karakter: z.object({ enabled: on, values: z.array(z.enum(['1', '2', 'IV'])).min(1) }),
  /**
   * Rule 7: absence in the half-year (term). Bands are contiguous, "at least" unless named
   * "above": yellow from 3 days or 9 single hours; red from 7 days (the seed's "over 7" read so
   * that no whole day falls between the bands) or above 15 hours (the seed's 9–15 includes 15).
   */
  fravaerHalvaar: z.object({
    enabled: on,
    counts: types,
    yellowFromDays: z.number().positive(),
    redFromDays: z.number().positive(),
    yellowFromHours: z.number().positive(),
    redAboveHours: z.number().positive(),
  }),
  /** Rule 8: absence patterns, by a binomial test against the student's own absence. */
  fravaersmonster: z.object({
    enabled: on,
    counts: types,
    /** Family-wise significance level per student; Bonferroni over every pattern tested. */
    alpha: z.number().gt(0).lt(0.5),
    /** At least this many absences in the category before a pattern can be named. */
    minEvents: z.number().int().min(2),
    /** The observed share must be at least this many times the expected share. */
    minRatio: z.number().min(1),
    /** Late arrivals in the term at or above this count are a pattern of their own. */
    lateArrivalsFrom: z.number().int().min(1),
    /** Flag a student absent on the first school day of the year. */
    firstSchoolDay: on,
  }),
  /** Rule 9: concern reports (meldinger) from teachers. */
  melding: z.object({ enabled: on }),
  /** Rule 10: the research anchor — grade average at or below and absence at or above. */
  forskningsanker: z.object({
    enabled: on,
    counts: types,
    maxGradeAverage: z.number().min(1).max(6),
    fromAbsencePercent: z.number().min(0).max(100),
  }),
  /** Daily: absent with no notice from home → contact the home the same day. */
  fravaerUtenMelding: z.object({ enabled: on }),
  /** Undocumented absence → immediate contact with the home; looks back this many days. */
  udokumentertFravaer: z.object({ enabled: on, withinDays: z.number().int().positive() }),
  /** Consecutive whole school days absent, as a trigger of its own. */
  sammenhengendeFravaer: z.object({ enabled: on, counts: types, fromDays: z.number().int().min(2) }),
  /** Weekly check: this many days or more → rektor and the home are contacted. */
  ukesjekk: z.object({ enabled: on, counts: types, fromDays: z.number().positive() }),
  /** Monthly check: undocumented absence in the last month → summons to a talk with the guardians. */
  manedssjekk: z.object({ enabled: on, withinDays: z.number().int().positive() }),
  /**
   * The absence limit per subject in upper secondary: above `limitPercent` of the lessons held,
   * as a main rule no grade; up to `discretionUpToPercent` the principal may still allow one.
   * Warnings from `warnFromPercent`; no percentage before `minLessonsHeld` lessons.
   */
  fravaersgrense: z.object({
    enabled: on,
    counts: types,
    warnFromPercent: z.number().min(0).max(100),
    limitPercent: z.number().min(0).max(100),
    discretionUpToPercent: z.number().min(0).max(100),
    minLessonsHeld: z.number().int().min(1),
  }),
});

export type RuleSettings = z.infer<typeof ruleSettingsSchema>;

/** The thresholds that only make sense together: bands must not overlap or turn around. */
export function edgeProblems(r: RuleSettings): Array<{ path: string[]; message: string }> {
  const problems: Array<{ path: string[]; message: string }> = [];
  if (r.fravaerHalvaar.yellowFromDays >= r.fravaerHalvaar.redFromDays) {
    problems.push({ path: ['fravaerHalvaar', 'redFromDays'], message: 'must be more than yellowFromDays' });
  }
  if (r.fravaerHalvaar.yellowFromHours > r.fravaerHalvaar.redAboveHours) {
    problems.push({ path: ['fravaerHalvaar', 'redAboveHours'], message: 'must be at least yellowFromHours' });
  }
  const g = r.fravaersgrense;
  if (!(g.warnFromPercent < g.limitPercent && g.limitPercent <= g.discretionUpToPercent)) {
    problems.push({ path: ['fravaersgrense'], message: 'needs warnFromPercent < limitPercent ≤ discretionUpToPercent' });
  }
  return problems;
}

/** Rule settings as an administrator sends them: every field, and edges that fit together. */
export const checkedRuleSettingsSchema = ruleSettingsSchema.superRefine((rules, ctx) => {
  for (const p of edgeProblems(rules)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

export const ruleProfileSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  version: z.number().int().positive(),
  schoolKind: z.enum(['vgs', 'grunnskole']),
  rules: checkedRuleSettingsSchema,
});

export type RuleProfile = z.infer<typeof ruleProfileSchema>;

const sharedAbsenceRules = {
  fravaerHalvaar: { enabled: true, counts: ALL_ABSENCE, yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15 },
  fravaersmonster: {
    enabled: true,
    counts: ALL_ABSENCE,
    alpha: 0.01,
    minEvents: 4,
    minRatio: 2,
    lateArrivalsFrom: 6,
    firstSchoolDay: true,
  },
  fravaerUtenMelding: { enabled: true },
  udokumentertFravaer: { enabled: true, withinDays: 7 },
  sammenhengendeFravaer: { enabled: true, counts: ALL_ABSENCE, fromDays: 3 },
  ukesjekk: { enabled: true, counts: ALL_ABSENCE, fromDays: 8 },
  manedssjekk: { enabled: true, withinDays: 31 },
} satisfies Partial<RuleSettings>;

/** IKO for upper secondary: every IKO criterion, the absence routine and the 10 % limit. */
export const ikoVgsProfile: RuleProfile = {
  key: 'iko-vgs',
  name: 'IKO-modellen for videregående skole',
  version: 1,
  schoolKind: 'vgs',
  rules: {
    inntakForsteonske: { enabled: true, maxGradeAverage: 2.5 },
    inntakLavereOnske: { enabled: true, maxGradeAverage: 3.0 },
    inntakFravaer: { enabled: true, abovePercent: 6 },
    inntakKarakter: { enabled: true },
    inntakSpesialundervisning: { enabled: true },
    karakter: { enabled: true, values: ['1', 'IV'] },
    melding: { enabled: true },
    forskningsanker: { enabled: true, counts: ALL_ABSENCE, maxGradeAverage: 3.0, fromAbsencePercent: 10 },
    fravaersgrense: {
      enabled: true,
      counts: UNDOCUMENTED,
      warnFromPercent: 7,
      limitPercent: 10,
      discretionUpToPercent: 15,
      minLessonsHeld: 10,
    },
    ...sharedAbsenceRules,
  },
};

/** The absence routine for grunnskole: no intake criteria and no absence limit. */
export const fravaersrutineGrunnskoleProfile: RuleProfile = {
  key: 'fravaersrutine-grunnskole',
  name: 'Fraværsrutine for grunnskolen',
  version: 1,
  schoolKind: 'grunnskole',
  rules: {
    ...ikoVgsProfile.rules,
    inntakForsteonske: { enabled: false, maxGradeAverage: 2.5 },
    inntakLavereOnske: { enabled: false, maxGradeAverage: 3.0 },
    inntakFravaer: { enabled: false, abovePercent: 6 },
    inntakKarakter: { enabled: false },
    inntakSpesialundervisning: { enabled: false },
    karakter: { enabled: false, values: ['1', 'IV'] },
    forskningsanker: { ...ikoVgsProfile.rules.forskningsanker, enabled: false },
    fravaersgrense: { ...ikoVgsProfile.rules.fravaersgrense, enabled: false },
  },
};

export const builtInProfiles: readonly RuleProfile[] = [ikoVgsProfile, fravaersrutineGrunnskoleProfile];
