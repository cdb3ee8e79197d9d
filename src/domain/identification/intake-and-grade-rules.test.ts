import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate-rules.js';
import type { IdentificationFacts } from './facts.js';
import { facts } from './identification-fixtures.js';
import { ikoVgsProfile, fravaersrutineGrunnskoleProfile } from './rule-profile.js';
import { gradeRules, reportRules } from './rules/grade-and-report-rules.js';
import { intakeRules } from './rules/intake-rules.js';

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

describe('intake rules: what each flag carries', () => {
  const flagsOf = (over: Partial<Intake>, asOf = '2026-08-10') => intakeRules(ikoVgsProfile.rules, facts({ asOf, intake: intake(over) }));
  const interview = [{ kind: 'kartleggingssamtale', assignee: 'kontaktlaerer', dueOn: '2026-09-07' }];

  it('gives each rule its own evidence key and figures, gul, with no records as evidence', () => {
    const all = flagsOf({ gradeAverage: 2.4, admittedChoice: 1, lowerSecondaryAbsencePercent: 7, subjectsWithGrade1OrMissing: ['Norsk', 'Matematikk'], specialEducationNotice: true });
    expect(all).toEqual([
      { ruleCode: 'inntak_forsteonske', level: 'gul', evidenceKey: 'inntak_forsteonske:2.4', facts: { gradeAverage: 2.4, maxGradeAverage: 2.5 }, evidenceIds: [], tasks: interview },
      { ruleCode: 'inntak_fravaer', level: 'gul', evidenceKey: 'inntak_fravaer:7', facts: { absencePercent: 7, abovePercent: 6 }, evidenceIds: [], tasks: interview },
      { ruleCode: 'inntak_karakter', level: 'gul', evidenceKey: 'inntak_karakter:Matematikk|Norsk', facts: { subjects: 'Matematikk, Norsk' }, evidenceIds: [], tasks: interview },
      { ruleCode: 'inntak_spesialundervisning', level: 'gul', evidenceKey: 'inntak_spesialundervisning:melding', facts: {}, evidenceIds: [], tasks: interview },
    ]);
    expect(flagsOf({ gradeAverage: 2.9, admittedChoice: 3 })).toEqual([
      {
        ruleCode: 'inntak_lavere_onske',
        level: 'gul',
        evidenceKey: 'inntak_lavere_onske:3:2.9',
        facts: { gradeAverage: 2.9, admittedChoice: 3, maxGradeAverage: 3 },
        evidenceIds: [],
        tasks: interview,
      },
    ]);
  });

  it('asks for the interview 15 school days from today once the school year has started', () => {
    expect(flagsOf({ specialEducationNotice: true }, '2026-08-17')[0]!.tasks).toEqual(interview);
    expect(flagsOf({ specialEducationNotice: true }, '2026-09-01')[0]!.tasks).toEqual([{ kind: 'kartleggingssamtale', assignee: 'kontaktlaerer', dueOn: '2026-09-22' }]);
  });

  it('needs the figures each rule reads: no average, no choice or no absence figure raises nothing', () => {
    expect(flagsOf({ gradeAverage: null, admittedChoice: 1 })).toEqual([]);
    expect(flagsOf({ gradeAverage: null, admittedChoice: 2 })).toEqual([]);
    expect(flagsOf({ gradeAverage: 2.0, admittedChoice: null })).toEqual([]);
    expect(flagsOf({ lowerSecondaryAbsencePercent: null })).toEqual([]);
    expect(intakeRules(ikoVgsProfile.rules, facts({ intake: null }))).toEqual([]);
  });

  it.each([
    ['inntakForsteonske', 'inntak_forsteonske'],
    ['inntakLavereOnske', 'inntak_lavere_onske'],
    ['inntakFravaer', 'inntak_fravaer'],
    ['inntakKarakter', 'inntak_karakter'],
    ['inntakSpesialundervisning', 'inntak_spesialundervisning'],
  ] as const)('%s can be switched off on its own while the others stay on', (key, code) => {
    const rules = { ...ikoVgsProfile.rules, [key]: { ...ikoVgsProfile.rules[key], enabled: false } };
    const raised = (over: Partial<Intake>) => intakeRules(rules, facts({ intake: intake(over) })).map((f) => f.ruleCode);
    const everything = { gradeAverage: 2.0, lowerSecondaryAbsencePercent: 9, subjectsWithGrade1OrMissing: ['Matematikk'], specialEducationNotice: true };
    const lower = raised({ ...everything, admittedChoice: 2 });
    const first = raised({ ...everything, admittedChoice: 1 });
    const all = new Set([...lower, ...first]);
    expect(all.has(code)).toBe(false);
    expect(all.size).toBe(4);
  });
});

describe('rule 6 and rule 9: what the flags carry', () => {
  const asOf = '2026-11-02';
  const grade = (value: '1' | '2' | 'IV', givenOn: string, kind: 'midtveis' | 'halvaar' = 'midtveis') => ({ id: `g-${value}-${givenOn}`, subjectName: 'Matematikk 1P', kind, value, givenOn });

  it('a grade: rød, the grade as evidence, a kartleggingssamtale ten school days on', () => {
    expect(gradeRules(ikoVgsProfile.rules, facts({ asOf, grades: [grade('IV', '2026-11-01')] }))).toEqual([
      {
        ruleCode: 'karakter',
        level: 'rod',
        evidenceKey: 'karakter:g-IV-2026-11-01',
        facts: { subject: 'Matematikk 1P', kind: 'midtveis', value: 'IV', givenOn: '2026-11-01' },
        evidenceIds: ['g-IV-2026-11-01'],
        tasks: [{ kind: 'kartleggingssamtale', assignee: 'kontaktlaerer', dueOn: '2026-11-16' }],
      },
    ]);
  });

  it('a grade given on the as-of date counts, one given after it not yet', () => {
    const keys = (grades: ReturnType<typeof grade>[]) => gradeRules(ikoVgsProfile.rules, facts({ asOf, grades })).map((f) => f.evidenceKey);
    expect(keys([grade('1', asOf), grade('1', '2026-11-03')])).toEqual(['karakter:g-1-2026-11-02']);
  });

  it('flags the grades the profile names: grade 2 only for an owner who asks for it', () => {
    const grades = [grade('2', '2026-11-01')];
    expect(gradeRules(ikoVgsProfile.rules, facts({ asOf, grades }))).toEqual([]);
    const earlier = { ...ikoVgsProfile.rules, karakter: { enabled: true, values: ['1', '2', 'IV'] as ('1' | '2' | 'IV')[] } };
    expect(gradeRules(earlier, facts({ asOf, grades }))).toHaveLength(1);
    expect(gradeRules({ ...ikoVgsProfile.rules, karakter: { ...ikoVgsProfile.rules.karakter, enabled: false } }, facts({ asOf, grades: [grade('1', '2026-11-01')] }))).toEqual([]);
  });

  it('a concern report: gul, the report as evidence, a kartleggingssamtale ten school days on; none before it is written', () => {
    const reports: IdentificationFacts['reports'] = [
      { id: 'r1', kind: 'mistrivsel', createdAt: asOf },
      { id: 'r2', kind: 'skolemiljo', createdAt: '2026-11-03' },
    ];
    expect(reportRules(ikoVgsProfile.rules, facts({ asOf, reports }))).toEqual([
      {
        ruleCode: 'melding',
        level: 'gul',
        evidenceKey: 'melding:r1',
        facts: { kind: 'mistrivsel', reportedOn: asOf },
        evidenceIds: ['r1'],
        tasks: [{ kind: 'kartleggingssamtale', assignee: 'kontaktlaerer', dueOn: '2026-11-16' }],
      },
    ]);
    expect(reportRules({ ...ikoVgsProfile.rules, melding: { enabled: false } }, facts({ asOf, reports }))).toEqual([]);
  });
});
