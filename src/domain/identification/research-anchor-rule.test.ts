/**
 * Rule 10, the research anchor (docs/domain.md): grade average at or below 3.0 — this year's
 * midterm and half-year grades, IV left out, else the intake average — and absence at or above
 * 10 % of the lessons this term: rød, "vurder tiltak" within 5 school days.
 *
 * By Friday 2026-10-30 (the 50th school day) the fixtures' six-lesson days make 300 lessons held,
 * so five whole days away are exactly 10 %.
 */
import { describe, expect, it } from 'vitest';
import type { GradeKind, GradeValue } from '../vocabulary.js';
import type { IdentificationFacts } from './facts.js';
import { facts, lesson, termDays, wholeDay } from './identification-fixtures.js';
import { ikoVgsProfile } from './rule-profile.js';
import { currentGradeAverage, researchAnchorRule } from './rules/absence-volume-rules.js';

const rules = ikoVgsProfile.rules;
const asOf = '2026-10-30';
const days = termDays(asOf);
const fiveDays = days.slice(0, 5).map((d) => wholeDay(d, 'udokumentert', false));

let n = 0;
const grade = (value: GradeValue, kind: GradeKind = 'midtveis', givenOn = '2026-10-15') => ({ id: `k${++n}`, subjectName: `Fag ${n}`, kind, value, givenOn });
const low = [grade('2'), grade('3'), grade('3'), grade('4')];
const intake = (gradeAverage: number | null): IdentificationFacts['intake'] => ({
  gradeAverage,
  admittedChoice: 1,
  subjectsWithGrade1OrMissing: [],
  specialEducationNotice: false,
  lowerSecondaryAbsencePercent: null,
});
const anchor = (over: Partial<IdentificationFacts>) => researchAnchorRule(rules, facts({ asOf, ...over }));

describe('rule 10: the absence edge', () => {
  it('is raised at exactly 10 % of the lessons, not one lesson under', () => {
    expect(anchor({ grades: low, absence: fiveDays })).toHaveLength(1);
    const justUnder = [...fiveDays.slice(0, 4), ...[1, 2, 3, 4, 5].map((l) => lesson(days[10]!, l, 'udokumentert', false))];
    expect(anchor({ grades: low, absence: justUnder })).toEqual([]);
  });

  it('counts absence on the as-of date itself, and not after it', () => {
    const four = fiveDays.slice(0, 4);
    expect(anchor({ grades: low, absence: [...four, wholeDay(asOf)] })).toHaveLength(1);
    expect(anchor({ grades: low, absence: [...four, wholeDay('2026-11-02')] })).toEqual([]);
  });

  it('counts every kind of absence but late arrivals', () => {
    expect(anchor({ grades: low, absence: fiveDays.map((r) => ({ ...r, type: 'dokumentert' as const, noticeFromHome: true })) })).toHaveLength(1);
    const late = days.slice(0, 40).map((d) => ({ ...lesson(d, 1, 'forsentkomming', false), hours: 1 }));
    expect(anchor({ grades: low, absence: late })).toEqual([]);
  });

  it('has no share of absence without a timetable, and then raises nothing', () => {
    expect(anchor({ grades: low, absence: fiveDays, timetable: [] })).toEqual([]);
    expect(anchor({ grades: low, timetable: [] })).toEqual([]);
  });

  it('can be switched off', () => {
    const off = { ...rules, forskningsanker: { ...rules.forskningsanker, enabled: false } };
    expect(researchAnchorRule(off, facts({ asOf, grades: low, absence: fiveDays }))).toEqual([]);
  });
});

describe('rule 10: the grades', () => {
  const withGrades = (grades: IdentificationFacts['grades'], over: Partial<IdentificationFacts> = {}) => anchor({ grades, absence: fiveDays, ...over });

  it('is raised at a grade average of exactly 3.0, not above', () => {
    expect(withGrades([grade('3'), grade('3')])).toHaveLength(1);
    expect(withGrades([grade('3'), grade('3'), grade('4')])).toEqual([]);
  });

  it('leaves IV out of the average', () => {
    expect(currentGradeAverage(facts({ asOf, grades: [grade('2'), grade('IV'), grade('3', 'halvaar')] }))).toEqual({ average: 2.5, basis: 'karakterer' });
    expect(withGrades([grade('4'), grade('IV')])).toEqual([]);
  });

  it('reads midterm and half-year grades, not final grades (standpunkt)', () => {
    expect(withGrades([grade('4'), grade('2', 'standpunkt'), grade('1', 'standpunkt')])).toEqual([]);
    expect(withGrades([grade('4', 'halvaar'), grade('2')])).toHaveLength(1);
    expect(currentGradeAverage(facts({ asOf, grades: [grade('2', 'standpunkt')], intake: intake(4.5) }))).toEqual({ average: 4.5, basis: 'inntak' });
  });

  it('reads grades given up to the as-of date, not grades given after it', () => {
    expect(withGrades([grade('4'), grade('2', 'midtveis', asOf)])).toHaveLength(1);
    expect(withGrades([grade('4'), grade('2', 'midtveis', '2026-11-02')])).toEqual([]);
  });

  it('falls back to the intake average when there are no grades yet', () => {
    expect(withGrades([], { intake: intake(3.0) }).map((f) => f.facts)).toEqual([
      { gradeAverage: 3, gradeBasis: 'inntak', maxGradeAverage: 3, absencePercent: 10, fromAbsencePercent: 10 },
    ]);
    expect(withGrades([], { intake: intake(3.1) })).toEqual([]);
    expect(withGrades([grade('4')], { intake: intake(2.0) })).toEqual([]);
    expect(withGrades([], { intake: intake(null) })).toEqual([]);
    expect(withGrades([], { intake: null })).toEqual([]);
    expect(currentGradeAverage(facts({ asOf, grades: [grade('IV')], intake: intake(2.2) }))).toEqual({ average: 2.2, basis: 'inntak' });
  });
});

describe('rule 10: what the flag carries', () => {
  it('is rød, keyed by the term, with the absence as evidence and "vurder tiltak" five school days on', () => {
    const before = wholeDay('2026-08-14', 'udokumentert', false);
    const after = wholeDay('2026-11-02', 'udokumentert', false);
    const late = { ...lesson(days[20]!, 1, 'forsentkomming', false), hours: 0 };
    const extra = lesson(days[30]!, 2, 'sykdom', true);
    const [flag, ...rest] = anchor({ grades: [grade('2'), grade('3'), grade('3')], absence: [before, ...fiveDays, late, extra, after] });
    expect(rest).toEqual([]);
    expect(flag).toEqual({
      ruleCode: 'forskningsanker',
      level: 'rod',
      evidenceKey: 'forskningsanker:2026-08-17',
      // 2.67 and 31 of 300 lessons (10.33 %), to one decimal.
      facts: { gradeAverage: 2.7, gradeBasis: 'karakterer', maxGradeAverage: 3, absencePercent: 10.3, fromAbsencePercent: 10 },
      evidenceIds: [...fiveDays, extra].map((r) => r.id),
      tasks: [{ kind: 'vurder_tiltak', assignee: 'kontaktlaerer', dueOn: '2026-11-06' }],
    });
  });
});
