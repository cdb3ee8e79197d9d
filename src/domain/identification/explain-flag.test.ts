/**
 * What each rule's finding says, as codes and figures: the sentence (flagExplanation.finding.<code>)
 * and the figures it is filled with. The words themselves are the catalogs', tested in the web app
 * (src/web/components/use-explain-flag.test.ts); here the rule's own figures must reach the reader
 * unchanged, each with the right kind (a count with its noun, a date, a number, a word's code).
 */
import { describe, expect, it } from 'vitest';
import { describeFlag } from './explain-flag.js';
import type { FlagFactsByRule, RuleFacts } from './flag.js';

const finding = (flag: RuleFacts) => describeFlag(flag).finding;

describe('describeFlag: the intake criteria', () => {
  it('rule 1 gives the grade average and the line it is at or below', () => {
    expect(describeFlag({ ruleCode: 'inntak_forsteonske', facts: { gradeAverage: 2.4, maxGradeAverage: 2.5 } })).toEqual({
      rule: 'inntak_forsteonske',
      finding: { code: 'inntak_forsteonske', params: { gradeAverage: { number: 2.4 }, maxGradeAverage: { number: 2.5 } } },
    });
  });

  it('rule 2 gives the choice the student was admitted on, the average and the line', () => {
    expect(finding({ ruleCode: 'inntak_lavere_onske', facts: { gradeAverage: 2.9, admittedChoice: 3, maxGradeAverage: 3 } })).toEqual({
      code: 'inntak_lavere_onske',
      params: { admittedChoice: { number: 3 }, gradeAverage: { number: 2.9 }, maxGradeAverage: { number: 3 } },
    });
  });

  it('rule 3 gives the lower-secondary absence and the line it is above', () => {
    expect(finding({ ruleCode: 'inntak_fravaer', facts: { absencePercent: 8.5, abovePercent: 6 } })).toEqual({
      code: 'inntak_fravaer',
      params: { absencePercent: { number: 8.5 }, abovePercent: { number: 6 } },
    });
  });

  it('rule 4 names the subjects as written; rule 5 has no figures', () => {
    expect(finding({ ruleCode: 'inntak_karakter', facts: { subjects: 'Engelsk, Matematikk' } })).toEqual({
      code: 'inntak_karakter',
      params: { subjects: { text: 'Engelsk, Matematikk' } },
    });
    expect(finding({ ruleCode: 'inntak_spesialundervisning', facts: {} })).toEqual({ code: 'inntak_spesialundervisning', params: {} });
  });
});

describe('describeFlag: grades, reports and the research anchor', () => {
  const grade = (kind: FlagFactsByRule['karakter']['kind']): RuleFacts => ({
    ruleCode: 'karakter',
    facts: { subject: 'Matematikk', kind, value: 'IV', givenOn: '2026-11-01' },
  });

  it('says a midterm grade and a half-year grade apart, with the subject, the grade and its date', () => {
    const params = { subject: { text: 'Matematikk' }, value: { text: 'IV' }, givenOn: { date: '2026-11-01' } };
    expect(finding(grade('midtveis'))).toEqual({ code: 'karakter.midtveis', params });
    expect(finding(grade('halvaar'))).toEqual({ code: 'karakter.halvaar', params });
  });

  it('names the kind of a teacher’s report by its code, with the day it came', () => {
    expect(finding({ ruleCode: 'melding', facts: { kind: 'mistrivsel', reportedOn: '2026-11-20' } })).toEqual({
      code: 'melding',
      params: { kind: { term: 'reportKind', code: 'mistrivsel' }, reportedOn: { date: '2026-11-20' } },
    });
  });

  it('gives the research anchor’s average, what it rests on, the absence and both lines', () => {
    expect(
      finding({
        ruleCode: 'forskningsanker',
        facts: { gradeAverage: 2.7, gradeBasis: 'inntak', maxGradeAverage: 3, absencePercent: 11.4, fromAbsencePercent: 10 },
      }),
    ).toEqual({
      code: 'forskningsanker',
      params: {
        gradeBasis: { term: 'gradeBasis', code: 'inntak' },
        gradeAverage: { number: 2.7 },
        maxGradeAverage: { number: 3 },
        absencePercent: { number: 11.4 },
        fromAbsencePercent: { number: 10 },
      },
    });
  });
});

describe('describeFlag: the absence routine and how much absence', () => {
  it('gives the day and the lessons of absence without notice and of undocumented absence', () => {
    const params = { date: { date: '2026-11-23' }, lessons: { count: 6, noun: 'lesson' } };
    expect(finding({ ruleCode: 'fravaer_uten_melding', facts: { date: '2026-11-23', lessons: 6 } })).toEqual({ code: 'fravaer_uten_melding', params });
    expect(finding({ ruleCode: 'udokumentert_fravaer', facts: { date: '2026-11-23', lessons: 6 } })).toEqual({ code: 'udokumentert_fravaer', params });
  });

  it('counts whole days at the weekly check, against its line', () => {
    expect(finding({ ruleCode: 'ukesjekk', facts: { days: 9, fromDays: 8, from: '2026-08-17', to: '2026-11-23' } })).toEqual({
      code: 'ukesjekk',
      params: { days: { count: 9, noun: 'wholeDay' }, fromDays: { number: 8 } },
    });
  });

  it('gives the days and lessons of the monthly check, and the first and last of those days', () => {
    expect(finding({ ruleCode: 'manedssjekk', facts: { dates: 2, lessons: 7, from: '2026-11-02', to: '2026-11-20' } })).toEqual({
      code: 'manedssjekk',
      params: { dates: { count: 2, noun: 'day' }, lessons: { count: 7, noun: 'lesson' }, from: { date: '2026-11-02' }, to: { date: '2026-11-20' } },
    });
  });

  it('says whether a run of days away is still going on or has ended', () => {
    const run = (ongoing: boolean): RuleFacts => ({
      ruleCode: 'sammenhengende_fravaer',
      facts: { days: 4, fromDays: 3, first: '2026-11-17', last: '2026-11-20', ongoing },
    });
    const params = { days: { number: 4 }, first: { date: '2026-11-17' }, last: { date: '2026-11-20' } };
    expect(finding(run(true))).toEqual({ code: 'sammenhengende_fravaer.ongoing', params });
    expect(finding(run(false))).toEqual({ code: 'sammenhengende_fravaer.ended', params });
  });

  it('says which band of the absence limit a subject is in, with its figures and the lines', () => {
    const limit = (band: FlagFactsByRule['fravaersgrense']['band'], percent: number): RuleFacts => ({
      ruleCode: 'fravaersgrense',
      facts: { subject: 'Norsk', band, percent, lessonsMissed: Math.round(percent), lessonsHeld: 100, warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15 },
    });
    const params = (percent: number) => ({
      subject: { text: 'Norsk' },
      percent: { number: percent },
      lessonsMissed: { number: percent },
      lessonsHeld: { number: 100 },
      limitPercent: { number: 10 },
      discretionUpToPercent: { number: 15 },
    });
    expect(finding(limit('varsel', 7))).toEqual({ code: 'fravaersgrense.varsel', params: params(7) });
    expect(finding(limit('over_grensen', 11))).toEqual({ code: 'fravaersgrense.over_grensen', params: params(11) });
    expect(finding(limit('over_skjonn', 16))).toEqual({ code: 'fravaersgrense.over_skjonn', params: params(16) });
  });
});

describe('describeFlag: absence patterns', () => {
  const pattern = (facts: Partial<FlagFactsByRule['fravaersmonster']> & Pick<FlagFactsByRule['fravaersmonster'], 'pattern'>) =>
    finding({ ruleCode: 'fravaersmonster', facts: { inCategory: 6, of: 8, expectedPercent: 20, pValue: 0.0004, ...facts } });
  const figures = { inCategory: { number: 6 }, of: { number: 8 }, expectedPercent: { number: 20 } };

  it('counts late arrivals, and says no more than that the first school day was missed', () => {
    expect(pattern({ pattern: 'forsentkomming' })).toEqual({ code: 'fravaersmonster.lateArrivals', params: { inCategory: { number: 6 } } });
    expect(pattern({ pattern: 'forste_skoledag' })).toEqual({ code: 'fravaersmonster.firstSchoolDay', params: {} });
  });

  it('names a weekday, a week parity or “next to a weekend or holiday” by the pattern’s category code', () => {
    expect(pattern({ pattern: 'ukedag', category: '1' })).toEqual({
      code: 'fravaersmonster.category',
      params: { pattern: { term: 'pattern', code: 'ukedag' }, label: { term: 'patternCategory', code: 'ukedag.1' }, ...figures },
    });
    expect(pattern({ pattern: 'annenhver_uke', category: 'partall' }).params.label).toEqual({ term: 'patternCategory', code: 'annenhver_uke.partall' });
    expect(pattern({ pattern: 'rundt_helg_og_ferie', category: 'inntil' }).params.label).toEqual({ term: 'patternCategory', code: 'rundt_helg_og_ferie.inntil' });
  });

  it('names the same lesson by its number, one subject by its name, and a sibling without naming the sibling', () => {
    expect(pattern({ pattern: 'samme_time', category: '3' }).params.label).toEqual({ term: 'patternCategory', code: 'samme_time', values: { lesson: '3' } });
    expect(pattern({ pattern: 'ett_fag', subject: 'Matematikk' })).toEqual({
      code: 'fravaersmonster.category',
      params: { pattern: { term: 'pattern', code: 'ett_fag' }, label: { text: 'Matematikk' }, ...figures },
    });
    expect(pattern({ pattern: 'sosken' }).params.label).toEqual({ term: 'patternCategory', code: 'sosken' });
  });

  it('shows the bokmål label a flag stored before categories had codes, and nothing rather than “undefined” without one', () => {
    expect(pattern({ pattern: 'ukedag', label: 'mandag' }).params.label).toEqual({ text: 'mandag' });
    expect(pattern({ pattern: 'ukedag' }).params.label).toEqual({ text: '' });
  });
});

describe('describeFlag: rule 7', () => {
  it('counts days and single hours with their nouns, gives the period and every line of the bands', () => {
    expect(
      finding({
        ruleCode: 'fravaer_halvaar',
        facts: { days: 3, hours: 10, yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15, from: '2026-08-17', to: '2026-11-23' },
      }),
    ).toEqual({
      code: 'fravaer_halvaar',
      params: {
        days: { count: 3, noun: 'day' },
        hours: { count: 10, noun: 'singleHour' },
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
