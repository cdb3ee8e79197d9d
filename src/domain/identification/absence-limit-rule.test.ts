/**
 * The absence limit per subject (fraværsgrensen, docs/domain.md): undocumented absence as a share
 * of the lessons held so far, shown from 10 lessons; warning from 7 % (gul), above 10 % and
 * above 15 % rød. Hand-worked cases on a timetable where the figures are easy to check: MAT has
 * lessons 1 and 2 every day, NOR lesson 3 — by Friday 2026-10-30 (the 50th school day of the
 * term) MAT has held 100 lessons, NOR 50; by the end of the term (85 school days) 170 and 85.
 */
import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate-rules.js';
import type { AbsenceRecordFact, IdentificationFacts, LessonSlot } from './facts.js';
import { facts, termDays } from './identification-fixtures.js';
import { ikoVgsProfile, ruleProfileSchema } from './rule-profile.js';
import { absenceLimitRule, subjectAbsence } from './rules/absence-limit-rule.js';

const timetable: LessonSlot[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { groupId: 'g-MAT', subjectName: 'MAT', weekday, lessonNumber: 1 },
  { groupId: 'g-MAT', subjectName: 'MAT', weekday, lessonNumber: 2 },
  { groupId: 'g-NOR', subjectName: 'NOR', weekday, lessonNumber: 3 },
]);
const days = termDays('2026-12-18');
const rules = ikoVgsProfile.rules;

let n = 0;
/** One missed lesson; MAT is lessons 1 and 2, NOR lesson 3. */
function missed(date: string, lessonNumber: 1 | 2 | 3, type: AbsenceRecordFact['type'] = 'udokumentert'): AbsenceRecordFact {
  return { id: `l${++n}`, date, scope: 'time', lessonNumber, groupId: lessonNumber === 3 ? 'g-NOR' : 'g-MAT', hours: 1, type, noticeFromHome: false };
}
function awayAllDay(date: string, type: AbsenceRecordFact['type'] = 'udokumentert'): AbsenceRecordFact {
  return { id: `d${++n}`, date, scope: 'dag', lessonNumber: null, groupId: null, hours: 3, type, noticeFromHome: false };
}
/** `count` missed MAT lessons, two a day from the first school day. */
const matLessons = (count: number) => Array.from({ length: count }, (_, i) => missed(days[Math.floor(i / 2)]!, ((i % 2) + 1) as 1 | 2));

const on = (over: Partial<IdentificationFacts>) => facts({ timetable, ...over });
const row = (f: IdentificationFacts, groupId = 'g-MAT') => subjectAbsence(rules, f).find((r) => r.groupId === groupId)!;
const limitFlags = (f: IdentificationFacts) =>
  absenceLimitRule(rules, f).map((x) => {
    if (x.ruleCode !== 'fravaersgrense') throw new Error(`not the absence limit: ${x.ruleCode}`);
    return x;
  });

describe('the absence limit: hand-worked cases', () => {
  // asOf 2026-10-30: 100 MAT lessons held, so the lessons missed are the percentage.
  it.each([
    [6, 6, null, null, null],
    [7, 7, 'varsel', 'gul', 'varsle_elev'],
    [10, 10, 'varsel', 'gul', 'varsle_elev'],
    [11, 11, 'over_grensen', 'rod', 'informer_rektor'],
    [15, 15, 'over_grensen', 'rod', 'informer_rektor'],
    [16, 16, 'over_skjonn', 'rod', 'informer_rektor'],
  ] as const)('%i of 100 lessons (%i %) → band %s, level %s, task %s', (count, percent, band, level, task) => {
    const f = on({ asOf: '2026-10-30', absence: matLessons(count) });
    expect(row(f)).toMatchObject({ lessonsHeld: 100, lessonsMissed: count, percent, band });
    expect(limitFlags(f).map((x) => [x.level, x.facts.band, x.tasks.map((t) => t.kind)])).toEqual(band ? [[level, band, [task]]] : []);
  });

  // At the end of the term: 170 MAT lessons held, so the edges fall between whole lessons.
  it.each([
    [11, 6.5, null],
    [12, 7.1, 'varsel'],
    [17, 10, 'varsel'],
    [18, 10.6, 'over_grensen'],
    [25, 14.7, 'over_grensen'],
    [26, 15.3, 'over_skjonn'],
  ] as const)('%i of 170 lessons (%f %) → %s', (count, shown, band) => {
    const f = on({ asOf: '2026-12-18', absence: matLessons(count) });
    expect(row(f)).toMatchObject({ lessonsHeld: 170, lessonsMissed: count, band });
    expect(limitFlags(f).map((x) => x.facts.percent)).toEqual(band ? [shown] : []);
  });

  it('stores the figures and the thresholds the flag was raised by', () => {
    const [flag] = limitFlags(on({ asOf: '2026-12-18', absence: matLessons(12) }));
    expect(flag).toMatchObject({
      ruleCode: 'fravaersgrense',
      level: 'gul',
      evidenceKey: 'fravaersgrense:2026-08-17:g-MAT:varsel',
      facts: { subject: 'MAT', band: 'varsel', percent: 7.1, lessonsMissed: 12, lessonsHeld: 170, warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15 },
    });
  });

  it('names each band as evidence of its own, so a dismissed warning does not hide going over the limit', () => {
    const key = (count: number) => limitFlags(on({ asOf: '2026-10-30', absence: matLessons(count) })).map((x) => x.evidenceKey);
    expect(key(7)).toEqual(['fravaersgrense:2026-08-17:g-MAT:varsel']);
    expect(key(11)).toEqual(['fravaersgrense:2026-08-17:g-MAT:over_grensen']);
    expect(key(16)).toEqual(['fravaersgrense:2026-08-17:g-MAT:over_skjonn']);
  });

  it('lets a decision on a higher band of the subject settle a lower one, never the other way', () => {
    const settled = (count: number) => limitFlags(on({ asOf: '2026-10-30', absence: matLessons(count) })).map((x) => x.settledBy);
    expect(settled(7)).toEqual([['fravaersgrense:2026-08-17:g-MAT:over_grensen', 'fravaersgrense:2026-08-17:g-MAT:over_skjonn']]);
    expect(settled(11)).toEqual([['fravaersgrense:2026-08-17:g-MAT:over_skjonn']]);
    expect(settled(16)).toEqual([[]]);
  });

  it('gives the warning and the word to rektor three school days on, across the autumn holiday', () => {
    const due = (asOf: string, count: number) => limitFlags(on({ asOf, absence: matLessons(count) })).map((x) => x.tasks);
    expect(due('2026-10-30', 7)).toEqual([[{ kind: 'varsle_elev', assignee: 'kontaktlaerer', dueOn: '2026-11-04' }]]);
    expect(due('2026-10-30', 11)).toEqual([[{ kind: 'informer_rektor', assignee: 'kontaktlaerer', dueOn: '2026-11-04' }]]);
    // Friday 2026-09-25, the last day before the holiday week: 60 MAT lessons held, 7 missed.
    expect(due('2026-09-25', 7)).toEqual([[{ kind: 'informer_rektor', assignee: 'kontaktlaerer', dueOn: '2026-10-07' }]]);
  });
});

describe('the absence limit: what counts', () => {
  it('counts a whole day away as every lesson of the subject that day', () => {
    const absence = [...['2026-09-01', '2026-09-02', '2026-09-03'].map((d) => awayAllDay(d)), missed('2026-09-04', 1)];
    const f = on({ asOf: '2026-10-30', absence });
    expect(row(f, 'g-MAT')).toMatchObject({ lessonsMissed: 7, band: 'varsel' });
    expect(row(f, 'g-NOR')).toMatchObject({ lessonsHeld: 50, lessonsMissed: 3, percent: 6, band: null });
  });

  it('counts a missed lesson only in its own subject', () => {
    const nor = days.slice(0, 8).map((d) => missed(d, 3));
    const f = on({ asOf: '2026-10-30', absence: nor });
    expect(row(f, 'g-MAT')).toMatchObject({ lessonsMissed: 0, percent: 0, band: null });
    expect(row(f, 'g-NOR')).toMatchObject({ lessonsMissed: 8, percent: 16, band: 'over_skjonn' });
    expect(limitFlags(f).map((x) => x.facts.subject)).toEqual(['NOR']);
  });

  it('counts the hours of a record that covers more than one lesson', () => {
    const double = { ...missed('2026-09-01', 1), hours: 2 };
    expect(row(on({ asOf: '2026-10-30', absence: [double, ...matLessons(5)] })).lessonsMissed).toBe(7);
  });

  it('counts undocumented absence and not turning up, nothing else', () => {
    const of = (type: AbsenceRecordFact['type']) => row(on({ asOf: '2026-10-30', absence: matLessons(8).map((l) => ({ ...l, type })) })).band;
    expect(of('udokumentert')).toBe('varsel');
    expect(of('ikke_mott')).toBe('varsel');
    for (const type of ['dokumentert', 'sykdom', 'permisjon', 'forsentkomming'] as const) expect(of(type)).toBeNull();
  });

  it('counts absence on the as-of date itself, and not after it', () => {
    const six = matLessons(6);
    expect(row(on({ asOf: '2026-10-30', absence: [...six, missed('2026-10-30', 1)] })).band).toBe('varsel');
    expect(row(on({ asOf: '2026-10-30', absence: [...six, missed('2026-11-02', 1)] })).band).toBeNull();
  });

  it('counts the first day of the term, and nothing from before it', () => {
    const spring = { asOf: '2027-03-05', term: { startsOn: '2027-01-04', endsOn: '2027-06-18' } };
    const held = row(on(spring)).lessonsHeld;
    const needed = Math.ceil(0.07 * held);
    const springLessons = termDays('2027-03-05').filter((d) => d >= '2027-01-04').slice(0, needed).map((d) => missed(d, 1));
    expect(springLessons[0]!.date).toBe('2027-01-04');
    expect(row(on({ ...spring, absence: springLessons })).band).toBe('varsel');
    expect(row(on({ ...spring, absence: springLessons.slice(1) })).band).toBeNull();
    // The autumn term's absence does not count in the spring term.
    expect(row(on({ ...spring, absence: [...springLessons.slice(1), ...matLessons(20)] })).lessonsMissed).toBe(needed - 1);
  });

  it('after the term has ended, counts the whole term and nothing after it', () => {
    const f = on({ asOf: '2027-01-08', absence: [...matLessons(11), missed('2027-01-05', 1), missed('2027-01-06', 2)] });
    expect(row(f)).toMatchObject({ lessonsHeld: 170, lessonsMissed: 11, band: null });
  });

  it('shows a percentage from 10 lessons held, not before', () => {
    // NOR has one lesson a day: 10 held on the 10th school day (2026-08-28), 9 the day before.
    expect(row(on({ asOf: '2026-08-28' }), 'g-NOR')).toMatchObject({ lessonsHeld: 10, percent: 0 });
    expect(row(on({ asOf: '2026-08-27' }), 'g-NOR')).toMatchObject({ lessonsHeld: 9, percent: null, band: null });
    // MAT has held 18 lessons by then: two missed are 11 %.
    const early = on({ asOf: '2026-08-27', absence: [...days.slice(0, 5).map((d) => missed(d, 3)), ...matLessons(2)] });
    expect(row(early, 'g-NOR')).toMatchObject({ lessonsMissed: 5, percent: null, band: null });
    expect(limitFlags(early).map((x) => x.facts.subject)).toEqual(['MAT']);
  });
});

describe('the absence limit: where it applies', () => {
  const absence = matLessons(16);

  it('applies only in upper secondary, even in a profile that has it on', () => {
    expect(limitFlags(on({ asOf: '2026-10-30', absence }))).toHaveLength(1);
    expect(limitFlags(on({ asOf: '2026-10-30', absence, student: { id: 's1', schoolKind: 'grunnskole' } }))).toEqual([]);
  });

  it('can be switched off on its own while the other rules stay on', () => {
    const off = ruleProfileSchema.parse({ ...ikoVgsProfile, rules: { ...rules, fravaersgrense: { ...rules.fravaersgrense, enabled: false } } });
    const codes = (profile: typeof ikoVgsProfile) => new Set(evaluateRules(profile, on({ asOf: '2026-10-30', absence })).map((f) => f.ruleCode));
    expect(codes(ikoVgsProfile).has('fravaersgrense')).toBe(true);
    expect(codes(off).has('fravaersgrense')).toBe(false);
    expect(codes(off).has('fravaer_halvaar')).toBe(true);
  });
});
