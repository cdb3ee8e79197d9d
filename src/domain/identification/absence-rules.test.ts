import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../school-calendar.js';
import { evaluateRules } from './evaluate-rules.js';
import type { FlagCandidate } from './flag.js';
import { facts, lesson, termDays, wholeDay } from './identification-fixtures.js';
import { ikoVgsProfile, fravaersrutineGrunnskoleProfile, ruleProfileSchema } from './rule-profile.js';
import { subjectAbsence } from './rules/absence-limit-rule.js';

const days = termDays().filter((d) => isoWeekday(d) === 3); // Wednesdays: spread out, never consecutive
const only = (flags: FlagCandidate[], code: FlagCandidate['ruleCode']) => flags.filter((f) => f.ruleCode === code);
/** Rule 7's edges, counting every type (illness with a notice included), so that the fixtures' illness counts. */
const countingAll = ruleProfileSchema.parse({
  ...ikoVgsProfile,
  rules: { ...ikoVgsProfile.rules, fravaerHalvaar: { ...ikoVgsProfile.rules.fravaerHalvaar, counts: ['dokumentert', 'udokumentert', 'sykdom', 'permisjon', 'ikke_mott'] } },
});
const halfYear = (absence: ReturnType<typeof wholeDay>[]) => only(evaluateRules(countingAll, facts({ absence })), 'fravaer_halvaar');
/** The routine's daily, weekly and monthly steps are the grunnskole profile's. */
const routine = fravaersrutineGrunnskoleProfile;

describe('rule 7: absence in the half-year', () => {
  it.each([
    [2, null],
    [3, 'gul'],
    [6, 'gul'],
    [7, 'rod'],
  ])('%i whole days → %s', (count, level) => {
    const flags = halfYear(days.slice(0, count).map((d) => wholeDay(d)));
    expect(flags.map((f) => f.level)).toEqual(level ? [level] : []);
  });

  it.each([
    [8, null],
    [9, 'gul'],
    [15, 'gul'],
    [16, 'rod'],
  ])('%i single hours → %s', (count, level) => {
    const absence = termDays().slice(0, count).map((d) => lesson(d, 2));
    expect(halfYear(absence).map((f) => f.level)).toEqual(level ? [level] : []);
  });

  it('reads "over 15 hours" strictly: 15.5 hours is red, 15 is yellow', () => {
    const fifteen = termDays().slice(0, 15).map((d) => lesson(d, 2));
    const half = { ...lesson(termDays()[15]!, 3), hours: 0.5 };
    expect(halfYear(fifteen)[0]!.level).toBe('gul');
    expect(halfYear([...fifteen, half])[0]!.level).toBe('rod');
  });

  it('counts only the absence types the rule names, and not late arrivals', () => {
    const late = days.slice(0, 10).map((d) => ({ ...lesson(d, 1), type: 'forsentkomming' as const, hours: 0 }));
    expect(halfYear(late)).toEqual([]);
    const profile = ruleProfileSchema.parse({
      ...ikoVgsProfile,
      rules: { ...ikoVgsProfile.rules, fravaerHalvaar: { ...ikoVgsProfile.rules.fravaerHalvaar, counts: ['udokumentert'] } },
    });
    const illness = days.slice(0, 8).map((d) => wholeDay(d, 'sykdom'));
    expect(only(evaluateRules(profile, facts({ absence: illness })), 'fravaer_halvaar')).toEqual([]);
  });

  it('counts worrying absence by default: undocumented absence and illness without a notice, not documented absence, illness with a notice or leave', () => {
    const byDefault = (absence: ReturnType<typeof wholeDay>[]) => only(evaluateRules(ikoVgsProfile, facts({ absence })), 'fravaer_halvaar');
    const notWorrying = [
      ...days.slice(0, 3).map((d) => wholeDay(d, 'dokumentert')),
      ...days.slice(3, 6).map((d) => wholeDay(d, 'sykdom', true)),
      ...days.slice(6, 9).map((d) => wholeDay(d, 'permisjon')),
    ];
    expect(byDefault(notWorrying)).toEqual([]);
    expect(byDefault(days.slice(0, 3).map((d) => wholeDay(d, 'sykdom', false))).map((f) => f.level)).toEqual(['gul']);
    expect(byDefault(days.slice(0, 3).map((d) => wholeDay(d, 'udokumentert', false))).map((f) => f.level)).toEqual(['gul']);
    expect(byDefault(days.slice(0, 3).map((d) => wholeDay(d, 'ikke_mott', false))).map((f) => f.level)).toEqual(['gul']);
  });

  it('keeps yellow and red as separate evidence, so dismissing yellow does not hide red', () => {
    const yellow = halfYear(days.slice(0, 3).map((d) => wholeDay(d)))[0]!;
    const red = halfYear(days.slice(0, 7).map((d) => wholeDay(d)))[0]!;
    expect(yellow.evidenceKey).not.toBe(red.evidenceKey);
  });
});

describe('the absence routine', () => {
  it('is the grunnskole routine: upper secondary does not contact the home or summon the guardians for one undocumented lesson', () => {
    const absence = [lesson('2026-11-23', 1, 'udokumentert', false), ...days.slice(0, 8).map((d) => wholeDay(d, 'udokumentert', false))];
    const codes = (profile: typeof routine) => new Set(evaluateRules(profile, facts({ absence })).map((f) => f.ruleCode));
    for (const code of ['fravaer_uten_melding', 'udokumentert_fravaer', 'manedssjekk', 'ukesjekk'] as const) {
      expect(codes(ikoVgsProfile).has(code)).toBe(false);
      expect(codes(routine).has(code)).toBe(true);
    }
  });

  it('asks for contact with the home today when a student is away without notice', () => {
    const flags = evaluateRules(routine, facts({ absence: [lesson('2026-11-23', 1, 'ikke_mott', false)] }));
    const noNotice = only(flags, 'fravaer_uten_melding');
    expect(noNotice).toHaveLength(1);
    expect(noNotice[0]!.tasks).toEqual([{ kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: '2026-11-23' }]);
    const withNotice = evaluateRules(routine, facts({ absence: [lesson('2026-11-23', 1, 'sykdom', true)] }));
    expect(only(withNotice, 'fravaer_uten_melding')).toEqual([]);
  });

  it('follows undocumented absence of the last week up at once, not older', () => {
    const recent = evaluateRules(routine, facts({ absence: [lesson('2026-11-17', 2, 'udokumentert', false)] }));
    expect(only(recent, 'udokumentert_fravaer').map((f) => f.evidenceKey)).toEqual(['udokumentert_fravaer:2026-11-17']);
    const old = evaluateRules(routine, facts({ absence: [lesson('2026-11-13', 2, 'udokumentert', false)] }));
    expect(only(old, 'udokumentert_fravaer')).toEqual([]);
  });

  it('summons the guardians at the monthly check when there is undocumented absence in the month', () => {
    const flags = evaluateRules(routine, facts({ absence: [lesson('2026-11-02', 2, 'udokumentert', false)] }));
    const monthly = only(flags, 'manedssjekk');
    expect(monthly).toHaveLength(1);
    expect(monthly[0]!.tasks[0]).toMatchObject({ kind: 'innkall_foresatte', assignee: 'skoleleder' });
  });

  it.each([
    [7, false],
    [8, true],
  ])('weekly check: %i whole days → rektor and home contacted: %s', (count, raised) => {
    const flags = only(evaluateRules(routine, facts({ absence: days.slice(0, count).map((d) => wholeDay(d)) })), 'ukesjekk');
    expect(flags.length > 0).toBe(raised);
    if (raised) expect(flags[0]!.tasks.map((t) => t.kind).sort()).toEqual(['informer_rektor', 'kontakt_hjem']);
  });

  it('counts a day with every lesson missed as a whole day', () => {
    const allLessons = days.slice(0, 8).flatMap((d) => [1, 2, 3, 4, 5, 6].map((n) => lesson(d, n)));
    expect(only(evaluateRules(routine, facts({ absence: allLessons })), 'ukesjekk')).toHaveLength(1);
  });
});

describe('consecutive absence', () => {
  const consecutive = (dates: string[]) =>
    only(evaluateRules(ikoVgsProfile, facts({ absence: dates.map((d) => wholeDay(d, 'udokumentert', false)) })), 'sammenhengende_fravaer');

  it('counts worrying absence by default: three days of illness the home has given notice of are not a run', () => {
    const ill = ['2026-11-13', '2026-11-16', '2026-11-17'];
    expect(only(evaluateRules(ikoVgsProfile, facts({ absence: ill.map((d) => wholeDay(d, 'sykdom', true)) })), 'sammenhengende_fravaer')).toEqual([]);
    expect(only(evaluateRules(ikoVgsProfile, facts({ absence: ill.map((d) => wholeDay(d, 'sykdom', false)) })), 'sammenhengende_fravaer')).toHaveLength(1);
  });

  it('is raised by three school days in a row, across a weekend', () => {
    const flags = consecutive(['2026-11-13', '2026-11-16', '2026-11-17']);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.facts).toMatchObject({ days: 3, first: '2026-11-13', last: '2026-11-17' });
  });

  it('is raised across the autumn holiday too', () => {
    expect(consecutive(['2026-09-24', '2026-09-25', '2026-10-05'])).toHaveLength(1);
  });

  it('is not raised by two in a row, or by three with a school day between', () => {
    expect(consecutive(['2026-11-16', '2026-11-17'])).toEqual([]);
    expect(consecutive(['2026-11-16', '2026-11-17', '2026-11-19'])).toEqual([]);
  });
});

describe('the absence limit per subject', () => {
  // MAT has 6 lessons a week; 12 weeks and a bit of term gives about 72 lessons by 2026-11-23.
  const matLessons = termDays().flatMap((d) => [1, 2, 3, 4, 5, 6].map((n) => lesson(d, n, 'udokumentert', false)).filter((l) => l.groupId === 'g-MAT'));
  const held = matLessons.length;
  const bandWith = (missed: number) => {
    const rows = subjectAbsence(ikoVgsProfile.rules, facts({ absence: matLessons.slice(0, missed) }));
    return rows.find((r) => r.groupId === 'g-MAT')!;
  };
  const missedFor = (percent: number) => Math.ceil((percent / 100) * held - 1e-9);

  it('warns from 7 %, is over the limit above 10 %, and beyond discretion above 15 %', () => {
    expect(bandWith(missedFor(7) - 1).band).toBeNull();
    expect(bandWith(missedFor(7)).band).toBe('varsel');
    const atTen = bandWith(Math.floor(0.1 * held));
    expect(atTen.percent! <= 10).toBe(true);
    expect(atTen.band).toBe('varsel');
    expect(bandWith(Math.floor(0.1 * held) + 1).band).toBe('over_grensen');
    expect(bandWith(Math.floor(0.15 * held)).band).toBe('over_grensen');
    expect(bandWith(Math.floor(0.15 * held) + 1).band).toBe('over_skjonn');
  });

  it('counts only undocumented absence', () => {
    const illness = matLessons.slice(0, 20).map((l) => ({ ...l, type: 'sykdom' as const }));
    expect(subjectAbsence(ikoVgsProfile.rules, facts({ absence: illness })).every((r) => r.band === null)).toBe(true);
  });

  it('gives no percentage before enough lessons are held', () => {
    const early = subjectAbsence(ikoVgsProfile.rules, facts({ asOf: '2026-08-18', absence: [lesson('2026-08-17', 2, 'udokumentert', false)] }));
    expect(early.every((r) => r.percent === null)).toBe(true);
  });

  it('flags with a warning task first, and applies only in upper secondary', () => {
    const absence = matLessons.slice(0, missedFor(8));
    const flags = only(evaluateRules(ikoVgsProfile, facts({ absence })), 'fravaersgrense');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.tasks[0]!.kind).toBe('varsle_elev');
    expect(only(evaluateRules(fravaersrutineGrunnskoleProfile, facts({ absence, student: { id: 's1', schoolKind: 'grunnskole' } })), 'fravaersgrense')).toEqual([]);
  });
});
