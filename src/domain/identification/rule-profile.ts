/**
 * A rule profile: which identification rules apply for a school owner, with every threshold.
 * Two profiles come out of the box — the IKO model for upper secondary (IKO-modellen,
 * Akershus fylkeskommune) and the absence routine for grunnskole (Rutine fraværsoppfølging,
 * Søndre Land kommune; both in docs/domain.md, "Sources"). Profiles are versioned; each flag records the version.
 *
 * Where a seed leaves an edge open, the decision is written beside the setting and in
 * docs/decisions/007-rule-edges.md, and tested at, just under and just over the edge.
 */
import { z } from 'zod';
import { absenceTypes, profileKinds, type AbsenceType } from '../vocabulary.js';
import type { RuleCode } from './flag.js';

/**
 * The allowed values of a threshold, as data: the schema below is built from them, and the web
 * form reads them for its hints and checks them before saving, so that both say the same.
 */
export type Bounds =
  | { kind: 'between'; min: number; max: number }
  | { kind: 'atLeast'; min: number }
  | { kind: 'above'; above: number }
  | { kind: 'aboveBelow'; above: number; below: number }
  | { kind: 'wholeAtLeast'; min: number };

export function withinBounds(value: number, bounds: Bounds): boolean {
  switch (bounds.kind) {
    case 'between':
      return value >= bounds.min && value <= bounds.max;
    case 'atLeast':
      return value >= bounds.min;
    case 'above':
      return value > bounds.above;
    case 'aboveBelow':
      return value > bounds.above && value < bounds.below;
    case 'wholeAtLeast':
      return Number.isInteger(value) && value >= bounds.min;
  }
}

function threshold(bounds: Bounds) {
  switch (bounds.kind) {
    case 'between':
      return z.number().min(bounds.min).max(bounds.max);
    case 'atLeast':
      return z.number().min(bounds.min);
    case 'above':
      return z.number().gt(bounds.above);
    case 'aboveBelow':
      return z.number().gt(bounds.above).lt(bounds.below);
    case 'wholeAtLeast':
      return z.number().int().min(bounds.min);
  }
}

const gradeAverage: Bounds = { kind: 'between', min: 1, max: 6 };
const percent: Bounds = { kind: 'between', min: 0, max: 100 };
const positive: Bounds = { kind: 'above', above: 0 };
const wholeDays: Bounds = { kind: 'wholeAtLeast', min: 1 };

/** Every threshold of every rule that has one, in the order of the schema. */
export const thresholdBounds = {
  inntakForsteonske: { maxGradeAverage: gradeAverage },
  inntakLavereOnske: { maxGradeAverage: gradeAverage },
  inntakFravaer: { abovePercent: percent },
  fravaerHalvaar: { yellowFromDays: positive, redFromDays: positive, yellowFromHours: positive, redAboveHours: positive },
  fravaersmonster: {
    alpha: { kind: 'aboveBelow', above: 0, below: 0.5 },
    minEvents: { kind: 'wholeAtLeast', min: 2 },
    minRatio: { kind: 'atLeast', min: 1 },
    lateArrivalsFrom: { kind: 'wholeAtLeast', min: 1 },
  },
  forskningsanker: { maxGradeAverage: gradeAverage, fromAbsencePercent: percent },
  udokumentertFravaer: { withinDays: wholeDays },
  sammenhengendeFravaer: { fromDays: { kind: 'wholeAtLeast', min: 2 } },
  ukesjekk: { fromDays: positive },
  manedssjekk: { withinDays: wholeDays },
  fravaersgrense: { warnFromPercent: percent, limitPercent: percent, discretionUpToPercent: percent, minLessonsHeld: { kind: 'wholeAtLeast', min: 1 } },
} as const satisfies Record<string, Record<string, Bounds>>;

const t = thresholdBounds;
const types = z.array(z.enum(absenceTypes)).min(1);
const on = z.boolean();

/** The grades the grade rule may flag (rule 6: 1 or IV; 2 for an owner who wants it earlier). */
export const flaggableGrades = ['1', '2', 'IV'] as const;

/** All absence that the duty to follow up covers; late arrivals are counted on their own. */
const ALL_ABSENCE: AbsenceType[] = ['dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'ikke_mott'];
/** Absence that counts towards the 10 % limit: undocumented absence only. */
const UNDOCUMENTED: AbsenceType[] = ['udokumentert', 'ikke_mott'];
/**
 * Worrying absence in the half-year count and in consecutive days: undocumented absence and
 * illness the home has not given notice of (absence-volume-rules.ts). Documented absence, illness with a notice and leave are not
 * worrying absence unless the profile counts their types.
 */
const WORRYING: AbsenceType[] = ['udokumentert', 'sykdom', 'ikke_mott'];

export const ruleSettingsSchema = z.object({
  /** Rule 1: admitted on first choice with a grade average at or below this. */
  inntakForsteonske: z.object({ enabled: on, maxGradeAverage: threshold(t.inntakForsteonske.maxGradeAverage) }),
  /** Rule 2: admitted on a lower choice with a grade average at or below this. */
  inntakLavereOnske: z.object({ enabled: on, maxGradeAverage: threshold(t.inntakLavereOnske.maxGradeAverage) }),
  /** Rule 3: absence in lower secondary above this percentage (strictly above: "> 6 %"). */
  inntakFravaer: z.object({ enabled: on, abovePercent: threshold(t.inntakFravaer.abovePercent) }),
  /** Rule 4: grade 1 or no grade in a subject from lower secondary. */
  inntakKarakter: z.object({ enabled: on }),
  /** Rule 5: notice of a need for special education. */
  inntakSpesialundervisning: z.object({ enabled: on }),
  /** Rule 6: grade 1 or IV at a midterm or half-year evaluation. */
  karakter: z.object({ enabled: on, values: z.array(z.enum(flaggableGrades)).min(1) }),
  /**
   * Rule 7: absence in the half-year (term). Bands are contiguous, "at least" unless named
   * "above": yellow from 3 days or 9 single hours; red from 7 days (the seed's "over 7" read so
   * that no whole day falls between the bands) or above 15 hours (the seed's 9–15 includes 15).
   */
  fravaerHalvaar: z.object({
    enabled: on,
    counts: types,
    yellowFromDays: threshold(t.fravaerHalvaar.yellowFromDays),
    redFromDays: threshold(t.fravaerHalvaar.redFromDays),
    yellowFromHours: threshold(t.fravaerHalvaar.yellowFromHours),
    redAboveHours: threshold(t.fravaerHalvaar.redAboveHours),
  }),
  /** Rule 8: absence patterns, by a binomial test against the student's own absence. */
  fravaersmonster: z.object({
    enabled: on,
    counts: types,
    /** Family-wise significance level per student; Bonferroni over every pattern tested. */
    alpha: threshold(t.fravaersmonster.alpha),
    /** At least this many absences in the category before a pattern can be named. */
    minEvents: threshold(t.fravaersmonster.minEvents),
    /** The observed share must be at least this many times the expected share. */
    minRatio: threshold(t.fravaersmonster.minRatio),
    /** Late arrivals in the term at or above this count are a pattern of their own. */
    lateArrivalsFrom: threshold(t.fravaersmonster.lateArrivalsFrom),
    /** Flag a student absent on the first school day of the year. */
    firstSchoolDay: on,
  }),
  /** Rule 9: concern reports (meldinger) from teachers. */
  melding: z.object({ enabled: on }),
  /** Rule 10: the research anchor — grade average at or below and absence at or above. */
  forskningsanker: z.object({
    enabled: on,
    counts: types,
    maxGradeAverage: threshold(t.forskningsanker.maxGradeAverage),
    fromAbsencePercent: threshold(t.forskningsanker.fromAbsencePercent),
  }),
  /** Daily: absent with no notice from home → contact the home the same day. */
  fravaerUtenMelding: z.object({ enabled: on }),
  /** Undocumented absence → immediate contact with the home; looks back this many days. */
  udokumentertFravaer: z.object({ enabled: on, withinDays: threshold(t.udokumentertFravaer.withinDays) }),
  /** Consecutive whole school days absent, as a trigger of its own. */
  sammenhengendeFravaer: z.object({ enabled: on, counts: types, fromDays: threshold(t.sammenhengendeFravaer.fromDays) }),
  /** Weekly check: this many days or more → rektor and the home are contacted. */
  ukesjekk: z.object({ enabled: on, counts: types, fromDays: threshold(t.ukesjekk.fromDays) }),
  /** Monthly check: undocumented absence in the last month → summons to a talk with the guardians. */
  manedssjekk: z.object({ enabled: on, withinDays: threshold(t.manedssjekk.withinDays) }),
  /**
   * The absence limit per subject in upper secondary: above `limitPercent` of the lessons held,
   * as a main rule no grade; up to `discretionUpToPercent` the principal may still allow one.
   * Warnings from `warnFromPercent`; no percentage before `minLessonsHeld` lessons.
   */
  fravaersgrense: z.object({
    enabled: on,
    counts: types,
    warnFromPercent: threshold(t.fravaersgrense.warnFromPercent),
    limitPercent: threshold(t.fravaersgrense.limitPercent),
    discretionUpToPercent: threshold(t.fravaersgrense.discretionUpToPercent),
    minLessonsHeld: threshold(t.fravaersgrense.minLessonsHeld),
  }),
});

export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
export type RuleKey = keyof RuleSettings;

/** The flag each rule setting raises: the catalogs and the flags name a rule by its code. */
export const ruleCodeOfSetting = {
  inntakForsteonske: 'inntak_forsteonske',
  inntakLavereOnske: 'inntak_lavere_onske',
  inntakFravaer: 'inntak_fravaer',
  inntakKarakter: 'inntak_karakter',
  inntakSpesialundervisning: 'inntak_spesialundervisning',
  karakter: 'karakter',
  fravaerHalvaar: 'fravaer_halvaar',
  fravaersmonster: 'fravaersmonster',
  melding: 'melding',
  forskningsanker: 'forskningsanker',
  fravaerUtenMelding: 'fravaer_uten_melding',
  udokumentertFravaer: 'udokumentert_fravaer',
  sammenhengendeFravaer: 'sammenhengende_fravaer',
  ukesjekk: 'ukesjekk',
  manedssjekk: 'manedssjekk',
  fravaersgrense: 'fravaersgrense',
} as const satisfies Record<RuleKey, RuleCode>;

/**
 * Settings as far as they are known: a form being filled in may not have a number in every
 * field yet. Whole rule settings are such settings too.
 */
export type KnownSettings = { readonly [R in RuleKey]?: { readonly [S in keyof RuleSettings[R]]?: unknown } };

/** A setting of a rule, by name: `['fravaerHalvaar', 'redFromDays']`. */
type SettingPath = { [R in RuleKey]: readonly [R, keyof RuleSettings[R] & string] }[RuleKey];

interface RuleEdge {
  code: string;
  path: SettingPath | readonly [RuleKey];
  compares: readonly SettingPath[];
  message: string;
  holds: (r: KnownSettings) => boolean | null;
}

/** The two values when both are numbers; null while one of them is not. */
function numbers(a: unknown, b: unknown): [number, number] | null {
  return typeof a === 'number' && typeof b === 'number' ? [a, b] : null;
}

/**
 * The thresholds that only make sense together: bands must not overlap or turn around. `path`
 * is what a problem is laid at (the setting, or the whole rule when no one setting is to blame),
 * `compares` the thresholds the edge reads. `holds` is null while one of them is not a number:
 * that is a problem of its own, which the schema (or the form) names.
 */
export const ruleEdges = [
  {
    code: 'redDaysAfterYellow',
    path: ['fravaerHalvaar', 'redFromDays'],
    compares: [['fravaerHalvaar', 'yellowFromDays'], ['fravaerHalvaar', 'redFromDays']],
    message: 'must be more than yellowFromDays',
    holds: (r: KnownSettings) => {
      const n = numbers(r.fravaerHalvaar?.yellowFromDays, r.fravaerHalvaar?.redFromDays);
      return n && n[0] < n[1];
    },
  },
  {
    code: 'redHoursFromYellow',
    path: ['fravaerHalvaar', 'redAboveHours'],
    compares: [['fravaerHalvaar', 'yellowFromHours'], ['fravaerHalvaar', 'redAboveHours']],
    message: 'must be at least yellowFromHours',
    holds: (r: KnownSettings) => {
      const n = numbers(r.fravaerHalvaar?.yellowFromHours, r.fravaerHalvaar?.redAboveHours);
      return n && n[0] <= n[1];
    },
  },
  {
    code: 'limitOrder',
    path: ['fravaersgrense'],
    compares: [['fravaersgrense', 'warnFromPercent'], ['fravaersgrense', 'limitPercent'], ['fravaersgrense', 'discretionUpToPercent']],
    message: 'needs warnFromPercent < limitPercent ≤ discretionUpToPercent',
    holds: (r: KnownSettings) => {
      const warnLimit = numbers(r.fravaersgrense?.warnFromPercent, r.fravaersgrense?.limitPercent);
      const limitDiscretion = numbers(r.fravaersgrense?.limitPercent, r.fravaersgrense?.discretionUpToPercent);
      return warnLimit && limitDiscretion && warnLimit[0] < warnLimit[1] && limitDiscretion[0] <= limitDiscretion[1];
    },
  },
] as const satisfies readonly RuleEdge[];

export type RuleEdgeCode = (typeof ruleEdges)[number]['code'];

/** The edges that do not hold, among those whose thresholds are all numbers. */
export function edgeProblems(r: KnownSettings): Array<{ code: RuleEdgeCode; path: string[]; message: string }> {
  return ruleEdges.filter((edge) => edge.holds(r) === false).map((edge) => ({ code: edge.code, path: [...edge.path], message: edge.message }));
}

/** Rule settings as an administrator sends them: every field, and edges that fit together. */
export const checkedRuleSettingsSchema = ruleSettingsSchema.superRefine((rules, ctx) => {
  for (const p of edgeProblems(rules)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

export const ruleProfileSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  version: z.number().int().positive(),
  schoolKind: z.enum(profileKinds),
  rules: checkedRuleSettingsSchema,
});

export type RuleProfile = z.infer<typeof ruleProfileSchema>;

const sharedAbsenceRules = {
  fravaerHalvaar: { enabled: true, counts: WORRYING, yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15 },
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
  sammenhengendeFravaer: { enabled: true, counts: WORRYING, fromDays: 3 },
  ukesjekk: { enabled: true, counts: ALL_ABSENCE, fromDays: 8 },
  manedssjekk: { enabled: true, withinDays: 31 },
} satisfies Partial<RuleSettings>;

/**
 * IKO for upper secondary: every IKO criterion, consecutive days and the 10 % limit. The
 * grunnskole routine's daily and monthly steps (contact the home for each absence without a
 * notice, summon the guardians for undocumented absence) and its weekly check are not upper
 * secondary's: there the absence limit warns the student (docs/decisions/012-one-signal-per-concern.md).
 * Version 2: those steps off, and the half-year count of worrying absence only.
 */
export const ikoVgsProfile: RuleProfile = {
  key: 'iko-vgs',
  name: 'IKO-modellen for videregående skole',
  version: 2,
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
    fravaerUtenMelding: { enabled: false },
    udokumentertFravaer: { ...sharedAbsenceRules.udokumentertFravaer, enabled: false },
    ukesjekk: { ...sharedAbsenceRules.ukesjekk, enabled: false },
    manedssjekk: { ...sharedAbsenceRules.manedssjekk, enabled: false },
  },
};

/**
 * The absence routine for grunnskole: its daily, weekly and monthly steps, no intake criteria and
 * no absence limit. Version 2: the half-year count of worrying absence only.
 */
export const fravaersrutineGrunnskoleProfile: RuleProfile = {
  key: 'fravaersrutine-grunnskole',
  name: 'Fraværsrutine for grunnskolen',
  version: 2,
  schoolKind: 'grunnskole',
  rules: {
    ...ikoVgsProfile.rules,
    ...sharedAbsenceRules,
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
