import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../identification/evaluate-rules.js';
import { facts } from '../identification/identification-fixtures.js';
import { fravaersrutineGrunnskoleProfile, ikoVgsProfile } from '../identification/rule-profile.js';
import { intakeCriteria, intakeCriteriaMet, intakePriorityList, type IntakeCriterion, type IntakeFacts } from './intake-priority.js';

const intake = (over: Partial<IntakeFacts> = {}): IntakeFacts => ({
  gradeAverage: 4.2,
  admittedChoice: 1,
  subjectsWithGrade1OrMissing: [],
  specialEducationNotice: false,
  lowerSecondaryAbsencePercent: 2,
  ...over,
});

describe('intakeCriteriaMet', () => {
  const cases: Array<Partial<IntakeFacts>> = [
    {},
    { gradeAverage: 2.5 },
    { gradeAverage: 2.51 },
    { gradeAverage: 3.0, admittedChoice: 2 },
    { gradeAverage: 3.01, admittedChoice: 3 },
    { lowerSecondaryAbsencePercent: 6 },
    { lowerSecondaryAbsencePercent: 6.01 },
    { subjectsWithGrade1OrMissing: ['Matematikk'] },
    { specialEducationNotice: true },
    { gradeAverage: 2.2, lowerSecondaryAbsencePercent: 9, specialEducationNotice: true, subjectsWithGrade1OrMissing: ['Engelsk skriftlig'] },
    { gradeAverage: null, admittedChoice: null, lowerSecondaryAbsencePercent: null },
  ];

  it.each(cases)('meets the same criteria as the intake rules find (%o)', (over) => {
    // The identification rules may merge these into one flag per concern; the criteria they test are the same.
    const fromRules = new Set(
      evaluateRules(ikoVgsProfile, facts({ intake: intake(over) }))
        .flatMap((f) => [f.ruleCode, ...Object.values(f.facts ?? {}).map(String)])
        .filter((code): code is (typeof intakeCriteria)[number] => (intakeCriteria as readonly string[]).includes(code)),
    );
    expect(intakeCriteriaMet(ikoVgsProfile.rules, intake(over))).toEqual(intakeCriteria.filter((c) => fromRules.has(c)));
  });

  it('meets nothing where the profile turns the intake rules off', () => {
    expect(intakeCriteriaMet(fravaersrutineGrunnskoleProfile.rules, intake({ gradeAverage: 2, specialEducationNotice: true }))).toEqual([]);
  });
});

describe('intakePriorityList', () => {
  it('puts most criteria first, then the weakest average, then the most absence, and leaves out who meets none', () => {
    const list = intakePriorityList(ikoVgsProfile.rules, [
      { student: 'none', intake: intake() },
      { student: 'one-weak', intake: intake({ gradeAverage: 2.1 }) },
      { student: 'one-weaker-absence', intake: intake({ gradeAverage: 4.0, lowerSecondaryAbsencePercent: 12 }) },
      { student: 'two', intake: intake({ gradeAverage: 2.4, specialEducationNotice: true }) },
      { student: 'one-tie-more-absence', intake: intake({ gradeAverage: 4.0, lowerSecondaryAbsencePercent: 14 }) },
    ]);
    expect(list.map((e) => [e.rank, e.student])).toEqual([
      [1, 'two'],
      [2, 'one-weak'],
      [3, 'one-tie-more-absence'],
      [4, 'one-weaker-absence'],
    ]);
    expect(list[0]!.criteria).toEqual(['inntak_forsteonske', 'inntak_spesialundervisning']);
  });
});

describe('intakeCriteriaMet, worked by hand at the edges of the IKO profile', () => {
  // ikoVgsProfile: first choice at most 2.5, a lower choice at most 3.0, absence above 6 %.
  const table: Array<[string, Partial<IntakeFacts>, IntakeCriterion[]]> = [
    ['first choice at exactly 2.5', { gradeAverage: 2.5, admittedChoice: 1 }, ['inntak_forsteonske']],
    ['first choice just above 2.5', { gradeAverage: 2.51, admittedChoice: 1 }, []],
    ['second choice at exactly 3.0', { gradeAverage: 3.0, admittedChoice: 2 }, ['inntak_lavere_onske']],
    ['second choice just above 3.0', { gradeAverage: 3.01, admittedChoice: 2 }, []],
    ['second choice at 2.5 is not a first choice', { gradeAverage: 2.5, admittedChoice: 2 }, ['inntak_lavere_onske']],
    ['first choice at 2.8 is not a lower choice', { gradeAverage: 2.8, admittedChoice: 1 }, []],
    ['no admitted choice known', { gradeAverage: 2.0, admittedChoice: null }, []],
    ['no average known', { gradeAverage: null, admittedChoice: 1 }, []],
    ['absence exactly 6 %', { lowerSecondaryAbsencePercent: 6 }, []],
    ['absence just above 6 %', { lowerSecondaryAbsencePercent: 6.01 }, ['inntak_fravaer']],
    ['no absence known', { lowerSecondaryAbsencePercent: null }, []],
    ['a subject with grade 1 or none', { subjectsWithGrade1OrMissing: ['Matematikk'] }, ['inntak_karakter']],
    ['a special education notice', { specialEducationNotice: true }, ['inntak_spesialundervisning']],
    [
      'all five',
      { gradeAverage: 2.0, admittedChoice: 1, lowerSecondaryAbsencePercent: 10, subjectsWithGrade1OrMissing: ['Engelsk'], specialEducationNotice: true },
      ['inntak_forsteonske', 'inntak_fravaer', 'inntak_karakter', 'inntak_spesialundervisning'],
    ],
  ];

  it.each(table)('%s', (_, over, expected) => {
    expect(intakeCriteriaMet(ikoVgsProfile.rules, intake(over))).toEqual(expected);
  });

  it('leaves out a criterion switched off on its own, while the others stay on', () => {
    const all = intake({ gradeAverage: 2.0, admittedChoice: 1, lowerSecondaryAbsencePercent: 10, subjectsWithGrade1OrMissing: ['Engelsk'], specialEducationNotice: true });
    const lower = intake({ gradeAverage: 2.0, admittedChoice: 3 });
    const keys = ['inntakForsteonske', 'inntakLavereOnske', 'inntakFravaer', 'inntakKarakter', 'inntakSpesialundervisning'] as const;
    keys.forEach((key, i) => {
      const rules = { ...ikoVgsProfile.rules, [key]: { ...ikoVgsProfile.rules[key], enabled: false } };
      const criterion = intakeCriteria[i]!;
      const expected = intakeCriteriaMet(ikoVgsProfile.rules, all).filter((c) => c !== criterion);
      expect(intakeCriteriaMet(rules, all)).toEqual(expected);
      expect(intakeCriteriaMet(rules, lower)).toEqual(criterion === 'inntak_lavere_onske' ? [] : ['inntak_lavere_onske']);
    });
  });
});

describe('intakePriorityList, the order among equals', () => {
  it('puts an unknown average after every known one, and unknown absence as none', () => {
    const list = intakePriorityList(ikoVgsProfile.rules, [
      { student: 'no-average', intake: intake({ gradeAverage: null, specialEducationNotice: true, lowerSecondaryAbsencePercent: 5 }) },
      { student: 'average-5', intake: intake({ gradeAverage: 5.0, specialEducationNotice: true }) },
      { student: 'no-absence-known', intake: intake({ gradeAverage: null, specialEducationNotice: true, lowerSecondaryAbsencePercent: null }) },
    ]);
    expect(list.map((e) => [e.rank, e.student])).toEqual([
      [1, 'average-5'],
      [2, 'no-average'],
      [3, 'no-absence-known'],
    ]);
  });

  it('keeps the given order where everything is equal, and lists nobody from an empty list', () => {
    const same = intake({ specialEducationNotice: true });
    expect(intakePriorityList(ikoVgsProfile.rules, [{ student: 'a', intake: same }, { student: 'b', intake: same }]).map((e) => e.student)).toEqual(['a', 'b']);
    expect(intakePriorityList(ikoVgsProfile.rules, [])).toEqual([]);
  });
});


describe('intakePriorityList, a follow-up at the former school', () => {
  it('puts a student on the list for it alone, and counts it as one more reason', () => {
    const none = intake({ gradeAverage: 4.5 });
    const special = intake({ gradeAverage: 4.5, specialEducationNotice: true });
    const list = intakePriorityList(ikoVgsProfile.rules, [
      { student: 'special', intake: special },
      { student: 'followed-up', intake: none, followedUpBefore: true },
      { student: 'neither', intake: none },
      { student: 'both', intake: special, followedUpBefore: true },
    ]);
    expect(list.map((e) => [e.rank, e.student, e.followedUpBefore, e.criteria])).toEqual([
      [1, 'both', true, ['inntak_spesialundervisning']],
      [2, 'special', false, ['inntak_spesialundervisning']],
      [3, 'followed-up', true, []],
    ]);
  });
});
