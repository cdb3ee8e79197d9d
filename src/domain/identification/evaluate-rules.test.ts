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
import type { AbsenceRecordFact, IdentificationFacts } from './facts.js';
import type { FlagCandidate, RuleCode } from './flag.js';
import { facts, lesson, termDays, timetable, wholeDay } from './identification-fixtures.js';
import { fravaersrutineGrunnskoleProfile, ikoVgsProfile, ruleCodeOfSetting, type RuleKey, type RuleProfile, type RuleSettings } from './rule-profile.js';

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

/** Every rule on: the IKO model with the grunnskole routine's daily, weekly and monthly steps too. */
const everyRule: RuleProfile = {
  ...ikoVgsProfile,
  rules: {
    ...ikoVgsProfile.rules,
    fravaerUtenMelding: { enabled: true },
    udokumentertFravaer: { ...ikoVgsProfile.rules.udokumentertFravaer, enabled: true },
    ukesjekk: { ...ikoVgsProfile.rules.ukesjekk, enabled: true },
    manedssjekk: { ...ikoVgsProfile.rules.manedssjekk, enabled: true },
  },
};

/** The rule codes of each rule setting. */
const codesOf: Record<RuleKey, RuleCode> = ruleCodeOfSetting;
const ruleKeys = Object.keys(codesOf) as RuleKey[];

/** The last ten school days up to Monday 23 November, absent without a word from home. */
const lastTenDays = termDays().slice(-10);
const awayWithoutNotice: AbsenceRecordFact[] = lastTenDays.map((d, i) => ({ ...wholeDay(d, 'udokumentert', false), id: `u${i + 1}` }));
const sixLateArrivals: AbsenceRecordFact[] = termDays()
  .slice(0, 6)
  .map((d, i) => ({ ...lesson(d, 1), type: 'forsentkomming', hours: 0, id: `late${i + 1}` }));

/** A student every rule finds something about (rule 1 on the first choice, rule 2 on a lower one). */
const everything = (admittedChoice: number, overrides: Partial<IdentificationFacts> = {}) =>
  facts({
    absence: [...awayWithoutNotice, ...sixLateArrivals],
    intake: { gradeAverage: 2.4, admittedChoice, subjectsWithGrade1OrMissing: ['Matematikk'], specialEducationNotice: true, lowerSecondaryAbsencePercent: 9 },
    grades: [{ id: 'g1', subjectName: 'Norsk', kind: 'midtveis', value: 'IV', givenOn: '2026-11-01' }],
    reports: [{ id: 'm1', kind: 'mistrivsel', createdAt: '2026-10-01' }],
    ...overrides,
  });

const withRules = (profile: RuleProfile, change: (rules: RuleSettings) => Partial<RuleSettings>): RuleProfile => ({
  ...profile,
  rules: { ...profile.rules, ...change(profile.rules) },
});
const switched = (profile: RuleProfile, rule: RuleKey, enabled: boolean) => withRules(profile, (r) => ({ [rule]: { ...r[rule], enabled } }));
const codes = (flags: FlagCandidate[]) => [...new Set(flags.map((f) => f.ruleCode))].sort();
const u = (...n: number[]) => n.map((i) => `u${i}`);
const allTen = u(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

describe('what a flag carries: its level, the records it rests on, and its tasks with who does them by when', () => {
  // asOf is Monday 23 November: the next school day is Tuesday the 24th, three school days on the
  // 26th, five on Monday the 30th, ten on 7 December; the intake interview within three weeks (15).
  const carried = (flags: FlagCandidate[]) =>
    flags.map((f) => [f.ruleCode, f.level, f.evidenceIds.join(' '), f.tasks.map((t) => `${t.kind} ${t.assignee} ${t.dueOn}`).join(', ')]);

  it('for each rule, as the IKO model and the routine set them', () => {
    const teacher = (kind: string, dueOn: string) => `${kind} kontaktlaerer ${dueOn}`;
    const contactToday = teacher('kontakt_hjem', '2026-11-23');
    const limit = ['fravaersgrense', 'rod', '', teacher('informer_rektor', '2026-11-26')];
    const interview = teacher('kartleggingssamtale', '2026-12-14');
    expect(carried(evaluateRules(everyRule, everything(1)))).toEqual([
      ['forskningsanker', 'rod', allTen.join(' '), teacher('vurder_tiltak', '2026-11-30')],
      ['fravaer_halvaar', 'rod', allTen.join(' '), teacher('vurder_tiltak', '2026-11-30')],
      ['fravaer_uten_melding', 'rod', 'u10', contactToday],
      ...Array.from({ length: 5 }, () => limit),
      ['fravaersmonster', 'gul', 'late1 late2 late3 late4 late5 late6', teacher('meld_monster', '2026-11-30')],
      ['inntak_forsteonske', 'gul', '', interview],
      ['inntak_fravaer', 'gul', '', interview],
      ['inntak_karakter', 'gul', '', interview],
      ['inntak_spesialundervisning', 'gul', '', interview],
      ['karakter', 'rod', 'g1', teacher('kartleggingssamtale', '2026-12-07')],
      ['manedssjekk', 'rod', allTen.join(' '), 'innkall_foresatte skoleleder 2026-11-30'],
      ['melding', 'gul', 'm1', teacher('kartleggingssamtale', '2026-12-07')],
      ['sammenhengende_fravaer', 'rod', allTen.join(' '), `${contactToday}, ${teacher('informer_rektor', '2026-11-24')}`],
      // The last seven days back: Tuesday the 17th to today, one flag per day.
      ...[6, 7, 8, 9, 10].map((i) => ['udokumentert_fravaer', 'rod', `u${i}`, contactToday]),
      ['ukesjekk', 'rod', allTen.join(' '), `${teacher('informer_rektor', '2026-11-24')}, ${teacher('kontakt_hjem', '2026-11-24')}`],
    ]);
    expect(carried(evaluateRules(everyRule, everything(2))).filter(([rule]) => rule === 'inntak_lavere_onske')).toEqual([['inntak_lavere_onske', 'gul', '', interview]]);
  });

  it('lists the records a flag rests on in date order, whatever their ids', () => {
    const backwards = awayWithoutNotice.map((r, i) => ({ ...r, id: `r${String.fromCharCode(122 - i)}` }));
    const halfYear = evaluateRules(everyRule, facts({ absence: backwards })).find((f) => f.ruleCode === 'fravaer_halvaar')!;
    expect(halfYear.evidenceIds).toEqual(backwards.map((r) => r.id));
  });

  it('lists two records of one day by their ids, in whichever order they come', () => {
    const day = '2026-11-23';
    const twoLessons = [{ ...lesson(day, 2, 'udokumentert', false), id: 'b' }, { ...lesson(day, 1, 'udokumentert', false), id: 'a' }];
    for (const absence of [twoLessons, [...twoLessons].reverse()]) {
      const today = evaluateRules(everyRule, facts({ absence })).find((f) => f.ruleCode === 'fravaer_uten_melding')!;
      expect(today.evidenceIds).toEqual(['a', 'b']);
    }
  });

  it('lists the flags by their evidence key', () => {
    const keys = evaluateRules(everyRule, everything(1)).map((f) => f.evidenceKey);
    expect(keys).toHaveLength(23);
    expect(keys).toEqual([...keys].sort());
  });

  it('names each finding by an evidence key of its own (property)', () => {
    fc.assert(
      fc.property(raisedFlags, (flags) => {
        expect(new Set(flags.map((f) => f.evidenceKey)).size).toBe(flags.length);
      }),
      { numRuns: 30 },
    );
  });
});

describe('each rule is switched on and off on its own', () => {
  const all = [everything(1), everything(2)].map((f) => evaluateRules(everyRule, f));

  it('finds every rule’s flag with every rule on (rule 1 and rule 2 on different intakes)', () => {
    expect(codes([...all[0]!, ...all[1]!])).toEqual(Object.values(codesOf).sort());
  });

  it.each(ruleKeys)('%s off, the others on: only its flags are gone', (rule) => {
    [everything(1), everything(2)].forEach((f, i) => {
      expect(evaluateRules(switched(everyRule, rule, false), f)).toEqual(all[i]!.filter((flag) => flag.ruleCode !== codesOf[rule]));
    });
  });

  it.each(ruleKeys)('%s on, the others off: only its flags', (rule) => {
    const alone: RuleProfile = withRules(everyRule, (r) => Object.fromEntries(ruleKeys.map((k) => [k, { ...r[k], enabled: k === rule }])));
    [everything(1), everything(2)].forEach((f, i) => {
      expect(evaluateRules(alone, f)).toEqual(all[i]!.filter((flag) => flag.ruleCode === codesOf[rule]));
    });
  });
});

describe('a school’s kind and the rules its profile turns on', () => {
  const grunnskole = (overrides: Partial<IdentificationFacts> = {}) => everything(1, { student: { id: 's1', schoolKind: 'grunnskole' }, ...overrides });

  it('the grunnskole routine finds the routine’s duties and how much absence, not the intake, grades, the anchor or the limit', () => {
    expect(codes(evaluateRules(fravaersrutineGrunnskoleProfile, grunnskole()))).toEqual(
      ['fravaer_halvaar', 'fravaer_uten_melding', 'fravaersmonster', 'manedssjekk', 'melding', 'sammenhengende_fravaer', 'udokumentert_fravaer', 'ukesjekk'].sort(),
    );
  });

  it('never applies the absence limit to a grunnskole student, even with the limit turned on: it is upper secondary’s (the same absence is over it in upper secondary)', () => {
    const limitOn = switched(fravaersrutineGrunnskoleProfile, 'fravaersgrense', true);
    expect(evaluateRules(limitOn, grunnskole()).filter((f) => f.ruleCode === 'fravaersgrense')).toEqual([]);
    expect(evaluateRules(limitOn, everything(1)).filter((f) => f.ruleCode === 'fravaersgrense')).toHaveLength(5);
  });

  it('applies an upper-secondary criterion a grunnskole owner turns on to the data there is: grades and the research anchor, and the intake where intake data exists', () => {
    const on = (...rules: RuleKey[]) => rules.reduce((p, rule) => switched(p, rule, true), fravaersrutineGrunnskoleProfile);
    expect(codes(evaluateRules(on('karakter'), grunnskole())).includes('karakter')).toBe(true);
    expect(codes(evaluateRules(on('forskningsanker'), grunnskole())).includes('forskningsanker')).toBe(true);
    expect(codes(evaluateRules(on('inntakForsteonske'), grunnskole())).includes('inntak_forsteonske')).toBe(true);
    expect(codes(evaluateRules(on('inntakForsteonske'), grunnskole({ intake: null }))).includes('inntak_forsteonske')).toBe(false);
  });

  it('the IKO model on an upper-secondary student leaves the routine’s daily, weekly and monthly steps to the grunnskole', () => {
    expect(codes(evaluateRules(ikoVgsProfile, everything(1)))).toEqual(
      codes(evaluateRules(everyRule, everything(1))).filter((c) => !['fravaer_uten_melding', 'udokumentert_fravaer', 'ukesjekk', 'manedssjekk'].includes(c)),
    );
  });
});

describe('the engine’s canonical order', () => {
  it('gives the same flags whatever the order of the records, grades and timetable (property)', () => {
    const grades: IdentificationFacts['grades'] = [
      { id: 'g1', subjectName: 'Norsk', kind: 'midtveis', value: '2', givenOn: '2026-10-01' },
      { id: 'g2', subjectName: 'Matematikk', kind: 'midtveis', value: '1', givenOn: '2026-10-01' },
      { id: 'g3', subjectName: 'Engelsk', kind: 'halvaar', value: 'IV', givenOn: '2026-11-02' },
    ];
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 60 }),
        fc.shuffledSubarray(grades, { minLength: grades.length }),
        fc.shuffledSubarray(timetable, { minLength: timetable.length }),
        (specs, shuffledGrades, shuffledTimetable) => {
          const absence = toRecords(specs);
          const reversed = [...absence].reverse();
          expect(evaluateRules(everyRule, facts({ absence: reversed, grades: shuffledGrades, timetable: shuffledTimetable }))).toEqual(
            evaluateRules(everyRule, facts({ absence, grades, timetable })),
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});
