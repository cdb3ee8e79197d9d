import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../identification/evaluate-rules.js';
import { facts } from '../identification/identification-fixtures.js';
import { fravaersrutineGrunnskoleProfile, ikoVgsProfile } from '../identification/rule-profile.js';
import { intakeCriteria, intakeCriteriaMet, intakePriorityList, type IntakeFacts } from './intake-priority.js';

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
