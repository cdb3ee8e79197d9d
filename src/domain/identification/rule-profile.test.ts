/**
 * The rule profiles: what each built-in profile turns on, with which thresholds and which absence
 * each rule counts (docs/decisions/007-rule-edges.md), and what an administrator may set — each
 * threshold's allowed values and the thresholds that must fit together, at their exact edges.
 */
import { describe, expect, it } from 'vitest';
import {
  builtInProfiles,
  checkedRuleSettingsSchema,
  edgeProblems,
  fravaersrutineGrunnskoleProfile,
  ikoVgsProfile,
  ruleEdges,
  ruleProfileSchema,
  ruleSettingsSchema,
  thresholdBounds,
  withinBounds,
  type Bounds,
  type KnownSettings,
  type RuleProfile,
  type RuleSettings,
} from './rule-profile.js';

const enabledRules = (profile: RuleProfile) =>
  Object.entries(profile.rules)
    .filter(([, s]) => s.enabled)
    .map(([rule]) => rule)
    .sort();

/** Every setting but whether the rule is on and which absence it counts. */
const thresholds = (profile: RuleProfile) =>
  Object.fromEntries(
    Object.entries(profile.rules).map(([rule, settings]) => {
      const { enabled: _enabled, counts: _counts, ...rest } = settings as Record<string, unknown>;
      return [rule, rest];
    }),
  );

const counts = (profile: RuleProfile) =>
  Object.fromEntries(
    Object.entries(profile.rules)
      .filter(([, s]) => 'counts' in s)
      .map(([rule, s]) => [rule, [...(s as { counts: string[] }).counts].sort()]),
  );

const WORRYING = ['ikke_mott', 'sykdom', 'udokumentert'];
const ALL_BUT_LATE = ['dokumentert', 'ikke_mott', 'permisjon', 'sykdom', 'udokumentert'];
const UNDOCUMENTED = ['ikke_mott', 'udokumentert'];

/** The IKO model's thresholds (and the routine's, which shares the absence rules' numbers). */
const ikoThresholds = {
  inntakForsteonske: { maxGradeAverage: 2.5 },
  inntakLavereOnske: { maxGradeAverage: 3 },
  inntakFravaer: { abovePercent: 6 },
  inntakKarakter: {},
  inntakSpesialundervisning: {},
  karakter: { values: ['1', 'IV'] },
  fravaerHalvaar: { yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15 },
  fravaersmonster: { alpha: 0.01, minEvents: 4, minRatio: 2, lateArrivalsFrom: 6, firstSchoolDay: true },
  melding: {},
  forskningsanker: { maxGradeAverage: 3, fromAbsencePercent: 10 },
  fravaerUtenMelding: {},
  udokumentertFravaer: { withinDays: 7 },
  sammenhengendeFravaer: { fromDays: 3 },
  ukesjekk: { fromDays: 8 },
  manedssjekk: { withinDays: 31 },
  fravaersgrense: { warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15, minLessonsHeld: 10 },
};

describe('the built-in profiles', () => {
  it('are one per kind of school, each a valid profile as an administrator could have saved it', () => {
    expect(builtInProfiles.map((p) => [p.key, p.schoolKind])).toEqual([
      ['iko-vgs', 'vgs'],
      ['fravaersrutine-grunnskole', 'grunnskole'],
    ]);
    for (const profile of builtInProfiles) expect(ruleProfileSchema.parse(profile)).toEqual(profile);
  });

  it('IKO for upper secondary: every IKO criterion, consecutive days and the absence limit; not the grunnskole routine’s daily, weekly and monthly steps', () => {
    expect(enabledRules(ikoVgsProfile)).toEqual(
      [
        'inntakForsteonske',
        'inntakLavereOnske',
        'inntakFravaer',
        'inntakKarakter',
        'inntakSpesialundervisning',
        'karakter',
        'fravaerHalvaar',
        'fravaersmonster',
        'melding',
        'forskningsanker',
        'sammenhengendeFravaer',
        'fravaersgrense',
      ].sort(),
    );
    expect(thresholds(ikoVgsProfile)).toEqual(ikoThresholds);
  });

  it('the grunnskole routine: its daily, weekly and monthly steps and the absence rules; no intake criteria, grade rules or absence limit', () => {
    expect(enabledRules(fravaersrutineGrunnskoleProfile)).toEqual(
      ['fravaerHalvaar', 'fravaersmonster', 'melding', 'fravaerUtenMelding', 'udokumentertFravaer', 'sammenhengendeFravaer', 'ukesjekk', 'manedssjekk'].sort(),
    );
    // A rule turned on later starts from the IKO model's numbers.
    expect(thresholds(fravaersrutineGrunnskoleProfile)).toEqual(ikoThresholds);
  });

  it('count worrying absence in the half-year and in a run of days, all absence but late arrivals in patterns, the weekly check and the anchor, undocumented absence against the limit', () => {
    const expected = {
      fravaerHalvaar: WORRYING,
      sammenhengendeFravaer: WORRYING,
      fravaersmonster: ALL_BUT_LATE,
      ukesjekk: ALL_BUT_LATE,
      forskningsanker: ALL_BUT_LATE,
      fravaersgrense: UNDOCUMENTED,
    };
    expect(counts(ikoVgsProfile)).toEqual(expected);
    expect(counts(fravaersrutineGrunnskoleProfile)).toEqual(expected);
  });
});

describe('withinBounds: the allowed values of a threshold, at their edges', () => {
  it.each<[string, Bounds, number, boolean]>([
    ['between includes its least value', { kind: 'between', min: 1, max: 6 }, 1, true],
    ['between includes its greatest value', { kind: 'between', min: 1, max: 6 }, 6, true],
    ['between excludes just under', { kind: 'between', min: 1, max: 6 }, 0.99, false],
    ['between excludes just over', { kind: 'between', min: 1, max: 6 }, 6.01, false],
    ['at least includes the least value', { kind: 'atLeast', min: 1 }, 1, true],
    ['at least excludes just under', { kind: 'atLeast', min: 1 }, 0.99, false],
    ['at least has no upper end', { kind: 'atLeast', min: 1 }, 1000, true],
    ['above excludes the value itself', { kind: 'above', above: 0 }, 0, false],
    ['above includes just over', { kind: 'above', above: 0 }, 0.001, true],
    ['above-below excludes the lower value', { kind: 'aboveBelow', above: 0, below: 0.5 }, 0, false],
    ['above-below includes just over the lower value', { kind: 'aboveBelow', above: 0, below: 0.5 }, 0.001, true],
    ['above-below includes just under the upper value', { kind: 'aboveBelow', above: 0, below: 0.5 }, 0.499, true],
    ['above-below excludes the upper value', { kind: 'aboveBelow', above: 0, below: 0.5 }, 0.5, false],
    ['whole-at-least includes the least value', { kind: 'wholeAtLeast', min: 2 }, 2, true],
    ['whole-at-least excludes one under', { kind: 'wholeAtLeast', min: 2 }, 1, false],
    ['whole-at-least excludes a fraction over the least value', { kind: 'wholeAtLeast', min: 2 }, 2.5, false],
    ['whole-at-least includes larger whole numbers', { kind: 'wholeAtLeast', min: 2 }, 3, true],
  ])('%s', (_, bounds, value, within) => {
    expect(withinBounds(value, bounds)).toBe(within);
  });

  /** Values at, just inside and just outside each edge of the bounds. */
  const edgeValues = (b: Bounds): number[] => {
    switch (b.kind) {
      case 'between':
        return [b.min - 0.01, b.min, b.max, b.max + 0.01];
      case 'atLeast':
        return [b.min - 0.01, b.min, b.min + 100];
      case 'above':
        return [b.above, b.above + 0.001, b.above + 100];
      case 'aboveBelow':
        return [b.above, b.above + 0.001, b.below - 0.001, b.below];
      case 'wholeAtLeast':
        return [b.min - 1, b.min, b.min + 0.5, b.min + 1];
    }
  };

  it('says of every threshold of every rule what the schema says, at each edge (the web form and the API agree)', () => {
    const rules = ikoVgsProfile.rules as unknown as Record<string, Record<string, unknown>>;
    let checked = 0;
    for (const [rule, settings] of Object.entries(thresholdBounds as Record<string, Record<string, Bounds>>)) {
      for (const [setting, bounds] of Object.entries(settings)) {
        for (const value of edgeValues(bounds)) {
          const candidate = { ...rules, [rule]: { ...rules[rule], [setting]: value } };
          expect([rule, setting, value, ruleSettingsSchema.safeParse(candidate).success]).toEqual([rule, setting, value, withinBounds(value, bounds)]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('holds the thresholds a school can sensibly set: grade averages on the scale, percentages of 100, whole days, a significance level below one half', () => {
    const t = thresholdBounds;
    expect([withinBounds(6, t.inntakForsteonske.maxGradeAverage), withinBounds(6.5, t.inntakForsteonske.maxGradeAverage)]).toEqual([true, false]);
    expect([withinBounds(100, t.fravaersgrense.limitPercent), withinBounds(101, t.fravaersgrense.limitPercent)]).toEqual([true, false]);
    expect([withinBounds(7, t.udokumentertFravaer.withinDays), withinBounds(7.5, t.udokumentertFravaer.withinDays)]).toEqual([true, false]);
    expect([withinBounds(1, t.sammenhengendeFravaer.fromDays), withinBounds(2, t.sammenhengendeFravaer.fromDays)]).toEqual([false, true]);
    expect([withinBounds(0.05, t.fravaersmonster.alpha), withinBounds(0.5, t.fravaersmonster.alpha)]).toEqual([true, false]);
    expect([withinBounds(1, t.fravaersmonster.minEvents), withinBounds(0.5, t.fravaersmonster.minRatio)]).toEqual([false, false]);
  });
});

describe('thresholds that must fit together', () => {
  const iko = ikoVgsProfile.rules;
  const halfYear = (change: Partial<RuleSettings['fravaerHalvaar']>): RuleSettings => ({ ...iko, fravaerHalvaar: { ...iko.fravaerHalvaar, ...change } });
  const limit = (change: Partial<RuleSettings['fravaersgrense']>): RuleSettings => ({ ...iko, fravaersgrense: { ...iko.fravaersgrense, ...change } });
  const codes = (r: KnownSettings) => edgeProblems(r).map((p) => p.code);

  it('hold in the built-in profiles', () => {
    expect(edgeProblems(ikoVgsProfile.rules)).toEqual([]);
    expect(edgeProblems(fravaersrutineGrunnskoleProfile.rules)).toEqual([]);
  });

  it('red from more days than yellow: the same number of days for both is a problem, laid at red', () => {
    expect(codes(halfYear({ yellowFromDays: 3, redFromDays: 4 }))).toEqual([]);
    expect(edgeProblems(halfYear({ yellowFromDays: 4, redFromDays: 4 }))).toEqual([
      { code: 'redDaysAfterYellow', path: ['fravaerHalvaar', 'redFromDays'], message: 'must be more than yellowFromDays' },
    ]);
  });

  it('red above at least as many hours as yellow starts from: the same number is fine, fewer is a problem', () => {
    expect(codes(halfYear({ yellowFromHours: 9, redAboveHours: 9 }))).toEqual([]);
    expect(edgeProblems(halfYear({ yellowFromHours: 9, redAboveHours: 8 }))).toEqual([
      { code: 'redHoursFromYellow', path: ['fravaerHalvaar', 'redAboveHours'], message: 'must be at least yellowFromHours' },
    ]);
  });

  it('the limit’s warning below the limit, the limit at most the discretion line: laid at the whole rule', () => {
    expect(codes(limit({ warnFromPercent: 9.9, limitPercent: 10, discretionUpToPercent: 10 }))).toEqual([]);
    const problem = { code: 'limitOrder', path: ['fravaersgrense'], message: 'needs warnFromPercent < limitPercent ≤ discretionUpToPercent' };
    expect(edgeProblems(limit({ warnFromPercent: 10, limitPercent: 10 }))).toEqual([problem]);
    expect(edgeProblems(limit({ limitPercent: 10, discretionUpToPercent: 9.9 }))).toEqual([problem]);
  });

  it('are not judged while a threshold they compare has no number yet (that is a problem of its own)', () => {
    expect(edgeProblems({})).toEqual([]);
    expect(codes({ fravaerHalvaar: { yellowFromDays: undefined, redFromDays: 2 } })).toEqual([]);
    expect(codes({ fravaerHalvaar: { yellowFromDays: 3, redFromDays: undefined } })).toEqual([]);
    expect(codes({ fravaerHalvaar: { yellowFromHours: '', redAboveHours: 2 } })).toEqual([]);
    expect(codes({ fravaerHalvaar: { yellowFromHours: 9, redAboveHours: '' } })).toEqual([]);
    expect(codes({ fravaersgrense: { warnFromPercent: undefined, limitPercent: 10, discretionUpToPercent: 5 } })).toEqual([]);
    expect(codes({ fravaersgrense: { warnFromPercent: 12, limitPercent: 10, discretionUpToPercent: undefined } })).toEqual([]);
  });

  it('each name exactly the thresholds they compare (the form marks those): without any one of them an edge is not judged, without any other it still is', () => {
    const every = Object.entries(thresholdBounds as Record<string, Record<string, Bounds>>).flatMap(([rule, settings]) => Object.keys(settings).map((setting) => `${rule}.${setting}`));
    for (const edge of ruleEdges) {
      const compared = edge.compares.map((path) => path.join('.'));
      expect(compared.length).toBeGreaterThan(1);
      for (const setting of every) {
        const [rule, name] = setting.split('.') as [keyof RuleSettings, string];
        const without = { ...iko, [rule]: { ...iko[rule], [name]: undefined } } as KnownSettings;
        expect([edge.code, setting, edge.holds(without) === null]).toEqual([edge.code, setting, compared.includes(setting)]);
      }
    }
  });

  it('are checked when an administrator saves rule settings, each problem at its setting', () => {
    const result = checkedRuleSettingsSchema.safeParse(halfYear({ yellowFromDays: 7, redFromDays: 3 }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['fravaerHalvaar', 'redFromDays'], 'must be more than yellowFromDays']]);
    expect(checkedRuleSettingsSchema.safeParse(iko).success).toBe(true);
  });
});

describe('ruleProfileSchema', () => {
  const valid = (change: Partial<RuleProfile>) => ruleProfileSchema.safeParse({ ...ikoVgsProfile, ...change }).success;

  it('needs a key and a name, a whole positive version and a kind of school Varde knows', () => {
    expect([valid({ key: '' }), valid({ name: '' }), valid({ key: 'k', name: 'n' })]).toEqual([false, false, true]);
    expect([valid({ version: 0 }), valid({ version: 1.5 }), valid({ version: 1 })]).toEqual([false, false, true]);
    expect(valid({ schoolKind: 'ungdomsskole' as RuleProfile['schoolKind'] })).toBe(false);
  });

  it('needs at least one grade for the grade rule and at least one absence type for each rule that counts absence', () => {
    const rules = ikoVgsProfile.rules;
    expect(valid({ rules: { ...rules, karakter: { enabled: true, values: [] } } })).toBe(false);
    expect(valid({ rules: { ...rules, karakter: { enabled: true, values: ['2'] } } })).toBe(true);
    expect(valid({ rules: { ...rules, karakter: { enabled: true, values: ['3' as '2'] } } })).toBe(false);
    expect(valid({ rules: { ...rules, ukesjekk: { ...rules.ukesjekk, counts: [] } } })).toBe(false);
  });

  it('refuses rule settings whose thresholds do not fit together', () => {
    expect(valid({ rules: { ...ikoVgsProfile.rules, fravaerHalvaar: { ...ikoVgsProfile.rules.fravaerHalvaar, redFromDays: 3 } } })).toBe(false);
  });
});
