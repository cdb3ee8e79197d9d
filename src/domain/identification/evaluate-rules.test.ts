/**
 * Properties of the engine as a whole, and that every flag it raises describes itself with figures
 * that are there. The words of the explanations, in three languages, are tested in the web app
 * (src/web/components/use-explain-flag.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absenceSpec as record, fourSickDaysFlag, raisedFlags, toRecords } from './absence-arbitraries.js';
import { evaluateRules } from './evaluate-rules.js';
import { describeFlag } from './explain-flag.js';
import type { FlagCandidate } from './flag.js';
import { facts } from './identification-fixtures.js';
import { ikoVgsProfile } from './rule-profile.js';

/** Rules about how much absence: more absence can only keep or raise them. */
const volumeRules = new Set(['fravaer_halvaar', 'ukesjekk', 'fravaersgrense', 'manedssjekk', 'udokumentert_fravaer', 'fravaer_uten_melding', 'sammenhengende_fravaer']);
const strength = (flags: FlagCandidate[]) => {
  const map = new Map<string, number>();
  for (const f of flags) {
    if (!volumeRules.has(f.ruleCode)) continue;
    map.set(f.ruleCode, Math.max(map.get(f.ruleCode) ?? 0, f.level === 'rod' ? 2 : 1));
  }
  return map;
};

describe('the rule engine', () => {
  it('never removes or lowers an absence flag when more absence is added (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.array(record, { minLength: 1, maxLength: 20 }), (before, extra) => {
        const base = toRecords(before);
        const more = [...base, ...toRecords(extra).map((r) => ({ ...r, id: `x${r.id}` }))];
        const was = strength(evaluateRules(ikoVgsProfile, facts({ absence: base })));
        const now = strength(evaluateRules(ikoVgsProfile, facts({ absence: more })));
        for (const [rule, level] of was) expect(now.get(rule) ?? 0).toBeGreaterThanOrEqual(level);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same flags whatever the order of the records (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 80 }).chain((specs) => fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs.map((_, i) => i), { minLength: specs.length }))), ([specs, order]) => {
        const records = toRecords(specs);
        const shuffled = order.map((i) => records[i]!);
        expect(evaluateRules(ikoVgsProfile, facts({ absence: shuffled }))).toEqual(evaluateRules(ikoVgsProfile, facts({ absence: records })));
      }),
      { numRuns: 40 },
    );
  });

  it('describes every flag it raises with a finding and figures that are all there (property)', () => {
    fc.assert(
      fc.property(raisedFlags, (flags) => {
        expect(flags.length).toBeGreaterThan(0);
        for (const flag of flags) {
          const { rule, finding } = describeFlag(flag);
          expect(rule).toBe(flag.ruleCode);
          expect(finding.code.split('.')[0]).toBe(flag.ruleCode);
          for (const param of Object.values(finding.params)) {
            for (const value of Object.values(param)) {
              expect(value === undefined || Number.isNaN(value) || value === '').toBe(false);
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('reads the thresholds from the profile into the description', () => {
    expect(describeFlag(fourSickDaysFlag()!).finding).toEqual({
      code: 'fravaer_halvaar',
      params: {
        days: { count: 4, noun: 'day' },
        hours: { count: 0, noun: 'singleHour' },
        from: { date: '2026-08-17' },
        to: { date: '2026-11-23' },
        yellowFromDays: { number: 3 },
        yellowFromHours: { number: 9 },
        redFromDays: { number: 7 },
        redAboveHours: { number: 15 },
      },
    });
  });
});
