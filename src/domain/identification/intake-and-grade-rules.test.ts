import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate-rules.js';
import type { IdentificationFacts } from './facts.js';
import { facts } from './identification-fixtures.js';
import { ikoVgsProfile, fravaersrutineGrunnskoleProfile } from './rule-profile.js';

type Intake = NonNullable<ReturnType<typeof facts>['intake']>;
const intake = (over: Partial<Intake>): Intake => ({
  gradeAverage: 4.2,
  admittedChoice: 1,
  subjectsWithGrade1OrMissing: [],
  specialEducationNotice: false,
  lowerSecondaryAbsencePercent: 2,
  ...over,
});
const codes = (over: Partial<Intake>, profile = ikoVgsProfile) => evaluateRules(profile, facts({ intake: intake(over) })).map((f) => f.ruleCode);

describe('IKO intake rules 1–5', () => {
  it('rule 1: first choice and grade average at or below 2.5', () => {
    expect(codes({ gradeAverage: 2.5 })).toContain('inntak_forsteonske');
    expect(codes({ gradeAverage: 2.51 })).not.toContain('inntak_forsteonske');
    expect(codes({ gradeAverage: 2.4, admittedChoice: 2 })).not.toContain('inntak_forsteonske');
  });

  it('rule 2: a lower choice and grade average at or below 3.0', () => {
    expect(codes({ gradeAverage: 3.0, admittedChoice: 2 })).toContain('inntak_lavere_onske');
    expect(codes({ gradeAverage: 3.01, admittedChoice: 3 })).not.toContain('inntak_lavere_onske');
    expect(codes({ gradeAverage: 2.9, admittedChoice: 1 })).not.toContain('inntak_lavere_onske');
  });

  it('rule 3: lower-secondary absence strictly above 6 %', () => {
    expect(codes({ lowerSecondaryAbsencePercent: 6 })).not.toContain('inntak_fravaer');
    expect(codes({ lowerSecondaryAbsencePercent: 6.01 })).toContain('inntak_fravaer');
  });

  it('rules 4 and 5: grade 1 or no grade in a subject; special-education notice', () => {
    expect(codes({ subjectsWithGrade1OrMissing: ['Matematikk'] })).toContain('inntak_karakter');
    expect(codes({ specialEducationNotice: true })).toContain('inntak_spesialundervisning');
    expect(codes({})).toEqual([]);
  });

  it('ask for a mapping interview within three weeks of the start', () => {
    const [flag] = evaluateRules(ikoVgsProfile, facts({ asOf: '2026-08-10', intake: intake({ specialEducationNotice: true }) }));
    expect(flag!.tasks).toEqual([{ kind: 'kartleggingssamtale', assignee: 'kontaktlaerer', dueOn: '2026-09-07' }]);
  });

  it('are off in the grunnskole profile', () => {
    expect(codes({ gradeAverage: 2, specialEducationNotice: true }, fravaersrutineGrunnskoleProfile)).toEqual([]);
  });
});

describe('rule 6 and rule 9', () => {
  const grade = (value: '1' | '2' | 'IV', kind: 'midtveis' | 'halvaar' | 'standpunkt' = 'midtveis') => ({
    id: `g-${value}-${kind}`,
    subjectName: 'Matematikk 1P',
    kind,
    value,
    givenOn: '2026-11-01',
  });

  it('flags grade 1 or IV at midterm and half-year, not 2 and not final grades', () => {
    const flags = evaluateRules(ikoVgsProfile, facts({ grades: [grade('1'), grade('IV', 'halvaar'), grade('2'), grade('1', 'standpunkt')] }));
    expect(flags.filter((f) => f.ruleCode === 'karakter').map((f) => f.evidenceKey)).toEqual(['karakter:g-1-midtveis', 'karakter:g-IV-halvaar']);
  });

  it('flags each teacher report once, by its own evidence', () => {
    const reports: IdentificationFacts['reports'] = [
      { id: 'r1', kind: 'mistrivsel', createdAt: '2026-10-10' },
      { id: 'r2', kind: 'urealistiske_valg', createdAt: '2026-11-02' },
    ];
    expect(evaluateRules(ikoVgsProfile, facts({ reports })).map((f) => f.evidenceKey)).toEqual(['melding:r1', 'melding:r2']);
  });
});

describe('rule 10: the research anchor', () => {
  it('needs both a grade average of 3 or less and 10 % absence or more', () => {
    const low = ['2', '3', '3', '4'].map((value, i) => ({ id: `g${i}`, subjectName: `Fag ${i}`, kind: 'midtveis' as const, value: value as '2' | '3' | '4', givenOn: '2026-11-01' }));
    const days = ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-13', '2026-11-16', '2026-11-18'];
    const absence = days.map((date, i) => ({ id: `d${i}`, date, scope: 'dag' as const, lessonNumber: null, groupId: null, hours: 6, type: 'sykdom' as const, noticeFromHome: true }));
    const anchor = (f: Partial<IdentificationFacts>) => evaluateRules(ikoVgsProfile, facts(f)).filter((x) => x.ruleCode === 'forskningsanker');
    expect(anchor({ grades: low, absence })).toHaveLength(1);
    expect(anchor({ grades: low, absence: absence.slice(0, 4) })).toEqual([]);
    expect(anchor({ grades: low.map((g) => ({ ...g, value: '4' as const })), absence })).toEqual([]);
  });
});
