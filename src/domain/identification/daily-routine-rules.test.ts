/**
 * The absence routine's daily and monthly steps (docs/domain.md, the absence routine), rule by
 * rule and edge by edge: absence today without a notice, undocumented absence in the 7 days up to
 * today, undocumented absence in the 31 days up to today. Today is Monday 2026-11-23.
 */
import { describe, expect, it } from 'vitest';
import type { AbsenceRecordFact } from './facts.js';
import { facts, lesson, wholeDay } from './identification-fixtures.js';
import { fravaersrutineGrunnskoleProfile, type RuleSettings } from './rule-profile.js';
import { monthlyCheckRule, noNoticeRule, undocumentedRule } from './rules/daily-routine-rules.js';

const rules = fravaersrutineGrunnskoleProfile.rules;
const today = '2026-11-23';
const on = (absence: AbsenceRecordFact[], asOf = today) => facts({ asOf, absence, student: { id: 's1', schoolKind: 'grunnskole' } });
const off = <K extends 'fravaerUtenMelding' | 'udokumentertFravaer' | 'manedssjekk'>(key: K): RuleSettings => ({ ...rules, [key]: { ...rules[key], enabled: false } });
const notDocumented = ['udokumentert', 'ikke_mott'] as const;
const otherTypes = ['dokumentert', 'sykdom', 'permisjon', 'forsentkomming'] as const;

describe('absent today without a notice (fravaer_uten_melding)', () => {
  it('asks the contact teacher to contact the home today, for the lessons missed today', () => {
    const absence = [lesson(today, 1, 'ikke_mott', false), lesson(today, 2, 'udokumentert', false), wholeDay('2026-11-20', 'ikke_mott', false)];
    expect(noNoticeRule(rules, on(absence))).toEqual([
      {
        ruleCode: 'fravaer_uten_melding',
        level: 'rod',
        evidenceKey: `fravaer_uten_melding:${today}`,
        facts: { date: today, lessons: 2 },
        evidenceIds: [absence[0]!.id, absence[1]!.id],
        tasks: [{ kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: today }],
      },
    ]);
  });

  it('counts a whole day as its lessons', () => {
    expect(noNoticeRule(rules, on([wholeDay(today, 'ikke_mott', false)]))[0]!.facts).toEqual({ date: today, lessons: 6 });
  });

  it('does not fire for a late arrival, for absence the home has given notice of, for another day, or when switched off', () => {
    expect(noNoticeRule(rules, on([lesson(today, 1, 'forsentkomming', false)]))).toEqual([]);
    expect(noNoticeRule(rules, on([lesson(today, 1, 'ikke_mott', true), wholeDay(today, 'sykdom', true)]))).toEqual([]);
    expect(noNoticeRule(rules, on([lesson('2026-11-20', 1, 'ikke_mott', false)]))).toEqual([]);
    expect(noNoticeRule(off('fravaerUtenMelding'), on([lesson(today, 1, 'ikke_mott', false)]))).toEqual([]);
  });
});

describe('undocumented absence in the last 7 days (udokumentert_fravaer)', () => {
  const found = (absence: AbsenceRecordFact[], settings = rules) => undocumentedRule(settings, on(absence));

  it('looks at the 7 days up to and including today: from Tuesday 2026-11-17, not Monday 2026-11-16', () => {
    expect(found([lesson('2026-11-17', 1, 'udokumentert', false)]).map((f) => f.evidenceKey)).toEqual(['udokumentert_fravaer:2026-11-17']);
    expect(found([lesson('2026-11-16', 1, 'udokumentert', false)])).toEqual([]);
  });

  it('counts absence on today itself, and nothing dated after today', () => {
    expect(found([lesson(today, 3, 'ikke_mott', false)]).map((f) => f.evidenceKey)).toEqual([`udokumentert_fravaer:${today}`]);
    expect(found([lesson('2026-11-24', 3, 'ikke_mott', false)])).toEqual([]);
  });

  it('reads the number of days from the profile', () => {
    const fourDays: RuleSettings = { ...rules, udokumentertFravaer: { enabled: true, withinDays: 4 } };
    expect(found([lesson('2026-11-20', 1, 'udokumentert', false)], fourDays)).toHaveLength(1);
    expect(found([lesson('2026-11-19', 1, 'udokumentert', false)], fourDays)).toEqual([]);
  });

  it('gives one finding per day, with its lessons and records, and the contact with the home due today', () => {
    const monday = [lesson('2026-11-17', 1, 'udokumentert', false), lesson('2026-11-17', 2, 'ikke_mott', false)];
    const friday = [wholeDay('2026-11-20', 'ikke_mott', false)];
    expect(found([...monday, ...friday])).toEqual([
      {
        ruleCode: 'udokumentert_fravaer',
        level: 'rod',
        evidenceKey: 'udokumentert_fravaer:2026-11-17',
        facts: { date: '2026-11-17', lessons: 2 },
        evidenceIds: monday.map((r) => r.id),
        tasks: [{ kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: today }],
      },
      {
        ruleCode: 'udokumentert_fravaer',
        level: 'rod',
        evidenceKey: 'udokumentert_fravaer:2026-11-20',
        facts: { date: '2026-11-20', lessons: 6 },
        evidenceIds: friday.map((r) => r.id),
        tasks: [{ kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: today }],
      },
    ]);
  });

  it.each(notDocumented)('fires for %s absence the home has not explained, and not once the home has given notice', (type) => {
    expect(found([lesson('2026-11-19', 1, type, false)])).toHaveLength(1);
    expect(found([lesson('2026-11-19', 1, type, true)])).toEqual([]);
  });

  it.each(otherTypes)('does not fire for %s absence', (type) => {
    expect(found([lesson('2026-11-19', 1, type, false), wholeDay('2026-11-20', type, false)])).toEqual([]);
  });

  it('does not fire when switched off', () => {
    expect(found([lesson(today, 1, 'udokumentert', false)], off('udokumentertFravaer'))).toEqual([]);
  });
});

describe('the monthly check (manedssjekk)', () => {
  const found = (absence: AbsenceRecordFact[], asOf = today, settings = rules) => monthlyCheckRule(settings, on(absence, asOf));

  it('looks at the 31 days up to and including today: from 2026-10-24, not 2026-10-23', () => {
    expect(found([wholeDay('2026-10-24', 'ikke_mott', false)])).toHaveLength(1);
    expect(found([wholeDay('2026-10-23', 'ikke_mott', false)])).toEqual([]);
  });

  it('counts absence on today itself, and nothing dated after today', () => {
    expect(found([lesson(today, 1, 'udokumentert', false)])[0]!.facts).toEqual({ dates: 1, lessons: 1, from: today, to: today });
    expect(found([lesson('2026-11-24', 1, 'udokumentert', false)])).toEqual([]);
  });

  it('reads the number of days from the profile', () => {
    const week: RuleSettings = { ...rules, manedssjekk: { enabled: true, withinDays: 7 } };
    expect(found([lesson('2026-11-17', 1, 'udokumentert', false)], today, week)).toHaveLength(1);
    expect(found([lesson('2026-11-16', 1, 'udokumentert', false)], today, week)).toEqual([]);
  });

  it('gathers the undocumented absence of the window into one summons for leadership, five school days on', () => {
    const absence = [lesson('2026-11-02', 1, 'udokumentert', false), lesson('2026-11-02', 2, 'udokumentert', false), wholeDay('2026-11-18', 'ikke_mott', false), lesson('2026-11-20', 4, 'ikke_mott', true)];
    expect(found(absence)).toEqual([
      {
        ruleCode: 'manedssjekk',
        level: 'rod',
        evidenceKey: 'manedssjekk:2026-11-20',
        facts: { dates: 3, lessons: 9, from: '2026-11-02', to: '2026-11-20' },
        evidenceIds: absence.map((r) => r.id),
        tasks: [{ kind: 'innkall_foresatte', assignee: 'skoleleder', dueOn: '2026-11-30' }],
      },
    ]);
  });

  it('names the earliest and the latest day, and takes the latest as its evidence, whatever order the records come in', () => {
    const absence = [lesson('2026-11-20', 1, 'ikke_mott', false), lesson('2026-11-03', 1, 'udokumentert', false), lesson('2026-11-12', 1, 'udokumentert', false)];
    const [monthly] = found(absence);
    expect(monthly!.facts).toEqual({ dates: 3, lessons: 3, from: '2026-11-03', to: '2026-11-20' });
    expect(monthly!.evidenceKey).toBe('manedssjekk:2026-11-20');
  });

  it('counts school days for the summons: five school days from the Friday before the autumn holiday is 2026-10-09', () => {
    expect(found([lesson('2026-09-25', 1, 'udokumentert', false)], '2026-09-25')[0]!.tasks[0]!.dueOn).toBe('2026-10-09');
  });

  it('names the absence as its evidence, not the day it looked: the same absence keeps its key as the window moves on into the next month', () => {
    const absence = [lesson('2026-11-20', 1, 'udokumentert', false)];
    const keys = ['2026-11-23', '2026-12-01', '2026-12-20'].map((day) => found(absence, day).map((f) => f.evidenceKey));
    expect(keys).toEqual([['manedssjekk:2026-11-20'], ['manedssjekk:2026-11-20'], ['manedssjekk:2026-11-20']]);
    expect(found(absence, '2026-12-21')).toEqual([]);
    expect(found([...absence, lesson('2026-12-02', 1, 'ikke_mott', false)], '2026-12-03').map((f) => f.evidenceKey)).toEqual(['manedssjekk:2026-12-02']);
  });

  it.each(notDocumented)('counts %s absence, whether or not the home has given notice', (type) => {
    expect(found([lesson('2026-11-10', 1, type, false)])).toHaveLength(1);
    expect(found([lesson('2026-11-10', 1, type, true)])).toHaveLength(1);
  });

  it.each(otherTypes)('does not fire for %s absence', (type) => {
    expect(found([lesson('2026-11-10', 1, type, false), wholeDay('2026-11-11', type, false)])).toEqual([]);
  });

  it('does not fire when switched off, or with nothing to look at', () => {
    expect(found([lesson(today, 1, 'udokumentert', false)], today, off('manedssjekk'))).toEqual([]);
    expect(found([])).toEqual([]);
  });
});
