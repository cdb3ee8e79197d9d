import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  checkedRuleSettingsSchema,
  edgeProblems,
  fravaersrutineGrunnskoleProfile,
  ikoVgsProfile,
  ruleSettingsSchema,
  withinBounds,
  type Bounds,
  type RuleSettings,
} from '../../../domain/identification/rule-profile';
import en from '../../i18n/other-pages/en.json';
import nb from '../../i18n/other-pages/nb.json';
import nn from '../../i18n/other-pages/nn.json';
import {
  edgeChecks,
  fieldOfProblem,
  parseNumber,
  problemsFromDetails,
  ruleForms,
  toFormValues,
  toRules,
  validateForm,
  type FormValues,
} from './rule-form';

type Rules = Record<string, Record<string, unknown>>;
const asRules = (r: RuleSettings): Rules => r;
const shapeOf = (rule: string) => (ruleSettingsSchema.shape as Record<string, z.ZodObject>)[rule]!.shape as Record<string, z.ZodType>;

/** What the server answers for these rules: the details of a 400, or none. */
function serverDetails(rules: Rules) {
  const parsed = checkedRuleSettingsSchema.safeParse(rules);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: ['body', 'rules', ...i.path.map(String)].join('.'), message: i.message }));
}

function edit(values: FormValues, rule: string, change: (r: FormValues[string]) => void): FormValues {
  const copy = structuredClone(values);
  change(copy[rule]!);
  return copy;
}

describe('ruleForms', () => {
  it('has every rule of the settings schema, and no other', () => {
    expect(ruleForms.map((r) => r.key).sort()).toEqual(Object.keys(ruleSettingsSchema.shape).sort());
  });

  it('has every setting of each rule: enabled, the thresholds, counts, grades and switches', () => {
    for (const form of ruleForms) {
      const settings = ['enabled', ...form.numbers.map((n) => n.key), ...(form.counts ? ['counts'] : []), ...(form.grades ? ['values'] : []), ...(form.switches ?? [])];
      expect({ rule: form.key, settings: settings.sort() }).toEqual({ rule: form.key, settings: Object.keys(shapeOf(form.key)).sort() });
    }
  });

  it('knows the bounds of each threshold as the schema does, at and beside every edge', () => {
    const probes = (b: Bounds): number[] => {
      switch (b.kind) {
        case 'between':
          return [b.min - 0.01, b.min, b.max, b.max + 0.01, (b.min + b.max) / 2];
        case 'atLeast':
          return [b.min - 0.01, b.min, b.min + 1000];
        case 'above':
          return [b.above - 1, b.above, b.above + 0.01, 1000];
        case 'aboveBelow':
          return [b.above, b.above + 0.001, b.below - 0.001, b.below];
        case 'wholeAtLeast':
          return [b.min - 1, b.min, b.min + 0.5, b.min + 1, 10_000];
      }
    };
    for (const form of ruleForms) {
      for (const setting of form.numbers) {
        for (const value of probes(setting.bounds)) {
          const schemaSays = shapeOf(form.key)[setting.key]!.safeParse(value).success;
          expect({ at: `${form.key}.${setting.key}`, value, ok: withinBounds(value, setting.bounds) }).toEqual({
            at: `${form.key}.${setting.key}`,
            value,
            ok: schemaSays,
          });
        }
      }
    }
  });

  it('has a label for every threshold and switch, and a name and help for every rule, in nb, nn and en', () => {
    for (const catalog of [nb, nn, en]) {
      const texts = catalog.ruleProfiles as unknown as { field: Record<string, Record<string, string>>; ruleHelp: Record<string, string> };
      for (const form of ruleForms) {
        expect(catalog.ruleCode[form.code as keyof typeof catalog.ruleCode]).toBeTruthy();
        expect(texts.ruleHelp[form.key], form.key).toBeTruthy();
        for (const key of [...form.numbers.map((n) => n.key), ...(form.switches ?? [])]) {
          expect(texts.field[form.key]?.[key], `${form.key}.${key}`).toBeTruthy();
        }
      }
    }
  });
});

describe('the form values', () => {
  it('round-trip the built-in profiles unchanged, with a decimal comma or point', () => {
    for (const profile of [ikoVgsProfile, fravaersrutineGrunnskoleProfile]) {
      for (const comma of [true, false]) {
        const values = toFormValues(asRules(profile.rules), comma);
        expect(validateForm(values)).toEqual([]);
        expect(toRules(values, asRules(profile.rules))).toEqual(profile.rules);
      }
    }
    expect(toFormValues(asRules(ikoVgsProfile.rules), true).inntakForsteonske!.numbers.maxGradeAverage).toBe('2,5');
  });

  it('keep settings the form does not know (from a newer server)', () => {
    const rules: Rules = { ...asRules(ikoVgsProfile.rules), nyRegel: { enabled: true } };
    rules.melding = { ...rules.melding, extra: 1 };
    const saved = toRules(toFormValues(rules, true), rules);
    expect(saved.nyRegel).toEqual({ enabled: true });
    expect(saved.melding).toEqual({ enabled: true, extra: 1 });
  });

  it('read numbers with a comma or a point, and nothing else', () => {
    expect(parseNumber(' 2,5 ')).toBe(2.5);
    expect(parseNumber('0.01')).toBe(0.01);
    expect(parseNumber('7')).toBe(7);
    for (const text of ['', 'sju', '1,2,3', '3 dager', '1e3']) expect(parseNumber(text)).toBeNull();
  });
});

describe('validateForm', () => {
  const base = toFormValues(asRules(ikoVgsProfile.rules), true);

  it('finds yellow days above red, blamed on red as the server does', () => {
    const crossed = edit(base, 'fravaerHalvaar', (r) => {
      r.numbers.yellowFromDays = '9';
    });
    expect(validateForm(crossed)).toEqual([{ path: 'fravaerHalvaar.redFromDays', code: 'redDaysAfterYellow' }]);
    expect(fieldOfProblem(validateForm(crossed)[0]!)).toBe('fravaerHalvaar.redFromDays');
  });

  it('finds empty and unreadable numbers, values out of bounds and rules that count nothing', () => {
    const bad = edit(edit(edit(base, 'ukesjekk', (r) => (r.numbers.fromDays = '')), 'fravaersmonster', (r) => {
      r.numbers.minEvents = '2,5';
      r.counts = [];
    }), 'inntakFravaer', (r) => (r.numbers.abovePercent = 'mye'));
    expect(validateForm(bad).map((p) => [p.path, p.code])).toEqual([
      ['inntakFravaer.abovePercent', 'notNumber'],
      ['fravaersmonster.minEvents', 'outOfBounds'],
      ['fravaersmonster.counts', 'noneChosen'],
      ['ukesjekk.fromDays', 'required'],
    ]);
  });

  it('accepts what the server accepts, and has a problem at every field the server blames, for any thresholds', () => {
    // Whole numbers and hundredths, as people type them.
    const threshold = fc.oneof(fc.integer({ min: -2, max: 120 }), fc.integer({ min: -100, max: 11_000 }).map((n) => n / 100));
    fc.assert(
      fc.property(
        fc.record({ yd: threshold, rd: threshold, yh: threshold, rh: threshold, warn: threshold, limit: threshold, disc: threshold, alpha: threshold, fromDays: threshold }),
        fc.boolean(),
        (t, noCounts) => {
          const rules = structuredClone(asRules(ikoVgsProfile.rules));
          Object.assign(rules.fravaerHalvaar!, { yellowFromDays: t.yd, redFromDays: t.rd, yellowFromHours: t.yh, redAboveHours: t.rh });
          Object.assign(rules.fravaersgrense!, { warnFromPercent: t.warn, limitPercent: t.limit, discretionUpToPercent: t.disc });
          Object.assign(rules.fravaersmonster!, { alpha: t.alpha });
          Object.assign(rules.sammenhengendeFravaer!, { fromDays: t.fromDays, ...(noCounts ? { counts: [] } : {}) });
          const values = toFormValues(rules, false);
          const details = serverDetails(rules);
          const own = validateForm(values).map((p) => `${p.path}:${p.code}`);
          expect(own.length === 0).toBe(details.length === 0);
          // The server skips the edges when a value is not even of the right kind (zod stops
          // there); the form checks them whenever both sides are numbers, so it may say more.
          const server = problemsFromDetails(details, values).map((p) => `${p.path}:${p.code}`);
          expect(server.filter((p) => !own.includes(p))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checks the edges as edgeProblems does when every threshold is valid', () => {
    const positive = fc.integer({ min: 1, max: 40 });
    const pct = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(positive, positive, positive, positive, pct, pct, pct, (yd, rd, yh, rh, warn, limit, disc) => {
        const rules = structuredClone(ikoVgsProfile.rules);
        Object.assign(rules.fravaerHalvaar, { yellowFromDays: yd, redFromDays: rd, yellowFromHours: yh, redAboveHours: rh });
        Object.assign(rules.fravaersgrense, { warnFromPercent: warn, limitPercent: limit, discretionUpToPercent: disc });
        const expected = edgeProblems(rules).map((p) => p.path.join('.'));
        expect(validateForm(toFormValues(asRules(rules), true)).map((p) => p.path)).toEqual(expected);
        expect(expected.every((path) => edgeChecks.some((e) => e.path === path))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('problemsFromDetails', () => {
  const base = toFormValues(asRules(ikoVgsProfile.rules), true);

  it('places each detail at its field, in the words of the form', () => {
    const details = [
      { path: 'body.rules.fravaersgrense', message: 'needs warnFromPercent < limitPercent ≤ discretionUpToPercent' },
      { path: 'body.rules.fravaersmonster.counts.0', message: 'Invalid option' },
      { path: 'body.rules.ukesjekk.fromDays', message: 'Too small: expected number to be >0' },
    ];
    expect(problemsFromDetails(details, base)).toEqual([
      { path: 'fravaersmonster.counts', code: 'refused', bounds: undefined },
      { path: 'ukesjekk.fromDays', code: 'outOfBounds', bounds: { kind: 'above', above: 0 } },
      { path: 'fravaersgrense', code: 'limitOrder' },
    ]);
    expect(fieldOfProblem({ path: 'fravaersgrense', code: 'limitOrder' })).toBe('fravaersgrense.warnFromPercent');
    expect(fieldOfProblem({ path: 'fravaersmonster.counts', code: 'refused' })).toBe('fravaersmonster.counts.dokumentert');
  });

  it('keeps a detail the form has no field for as a problem of the whole form', () => {
    expect(problemsFromDetails([{ path: 'body.rules.nyRegel.x', message: 'Required' }, { path: 'body.baseVersion', message: 'x' }], base)).toEqual([
      { path: null, code: 'refused', bounds: undefined },
    ]);
  });
});
