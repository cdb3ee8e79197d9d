/** Properties of the engine as a whole, and that every flag explains itself in three languages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate-rules.js';
import { explainFlag } from './explain-flag.js';
import type { AbsenceRecordFact } from './facts.js';
import type { FlagCandidate } from './flag.js';
import { facts, termDays, timetable } from './identification-fixtures.js';
import { ikoVgsProfile } from './rule-profile.js';

const days = termDays();
const types = ['dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'ikke_mott', 'forsentkomming'] as const;

const record = fc
  .record({
    day: fc.integer({ min: 0, max: days.length - 1 }),
    whole: fc.boolean(),
    lessonNumber: fc.integer({ min: 1, max: 6 }),
    type: fc.constantFrom(...types),
    notice: fc.boolean(),
  });

function toRecords(specs: Array<{ day: number; whole: boolean; lessonNumber: number; type: (typeof types)[number]; notice: boolean }>): AbsenceRecordFact[] {
  return specs.map((s, i) => {
    const date = days[s.day]!;
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const slot = timetable.find((t) => t.weekday === weekday && t.lessonNumber === s.lessonNumber)!;
    const late = s.type === 'forsentkomming';
    return {
      id: `r${i}`,
      date,
      scope: s.whole && !late ? 'dag' : 'time',
      lessonNumber: s.whole && !late ? null : s.lessonNumber,
      groupId: s.whole && !late ? null : slot.groupId,
      hours: late ? 0 : s.whole ? 6 : 1,
      type: s.type,
      noticeFromHome: s.notice,
    };
  });
}

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

  it('explains every flag it raises in bokmål, nynorsk and English (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 120 }), (specs) => {
        const flags = evaluateRules(ikoVgsProfile, facts({
          absence: toRecords(specs),
          intake: { gradeAverage: 2.4, admittedChoice: 1, subjectsWithGrade1OrMissing: ['Matematikk'], specialEducationNotice: true, lowerSecondaryAbsencePercent: 9 },
          grades: [{ id: 'g1', subjectName: 'Norsk', kind: 'midtveis', value: 'IV', givenOn: '2026-11-01' }],
          reports: [{ id: 'm1', kind: 'mistrivsel', createdAt: '2026-10-01' }],
        }));
        expect(flags.length).toBeGreaterThan(0);
        for (const flag of flags) {
          for (const language of ['nb', 'nn', 'en'] as const) {
            const { rule, finding } = explainFlag(flag, language);
            expect(rule.length).toBeGreaterThan(5);
            expect(finding).not.toMatch(/undefined|NaN|\[object/);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('reads the thresholds from the profile into the explanation', () => {
    const absence = toRecords(days.slice(0, 4).map((_, i) => ({ day: i * 3, whole: true, lessonNumber: 1, type: 'sykdom' as const, notice: true })));
    const [flag] = evaluateRules(ikoVgsProfile, facts({ absence })).filter((f) => f.ruleCode === 'fravaer_halvaar');
    expect(explainFlag(flag!).finding).toBe(
      '4 dager og 0 enkelttimer fra 17.08.2026 til 23.11.2026. Gult fra 3 dager eller 9 timer, rødt fra 7 dager eller over 15 timer.',
    );
  });
});
