/**
 * What the volume rules' flags carry (level, evidence, tasks) and the cases where they must not
 * fire: rule 7 (the half-year bands), the weekly check and consecutive days (docs/domain.md).
 * The edges of rule 7's bands are in absence-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { AbsenceRecordFact } from './facts.js';
import { facts, lesson, termDays, timetable, wholeDay } from './identification-fixtures.js';
import { fravaersrutineGrunnskoleProfile, ikoVgsProfile } from './rule-profile.js';
import { consecutiveDaysRule, halfYearRule, weeklyCheckRule } from './rules/absence-volume-rules.js';

const vgs = ikoVgsProfile.rules;
const routine = fravaersrutineGrunnskoleProfile.rules;
const days = termDays();
const wednesdays = days.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 3);
const away = (dates: readonly string[], type: AbsenceRecordFact['type'] = 'udokumentert') => dates.map((d) => wholeDay(d, type, false));
/** Five of the day's six lessons: much absence, but not a whole day. */
const fiveOfSix = (date: string) => [1, 2, 3, 4, 5].map((l) => lesson(date, l, 'udokumentert', false));
const lateWithoutNotice = (date: string) => ({ ...lesson(date, 1, 'forsentkomming', false), hours: 0 });

describe('rule 7: what the flag carries', () => {
  it('yellow: the figures and thresholds, every counted record as evidence, and no task', () => {
    const absence = away(wednesdays.slice(0, 3));
    const [flag, ...rest] = halfYearRule(vgs, facts({ absence }));
    expect(rest).toEqual([]);
    expect(flag).toEqual({
      ruleCode: 'fravaer_halvaar',
      level: 'gul',
      evidenceKey: 'fravaer_halvaar:2026-08-17:gul',
      facts: { days: 3, hours: 0, yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15, from: '2026-08-17', to: '2026-11-23' },
      evidenceIds: absence.map((r) => r.id),
      tasks: [],
    });
  });

  it('red: "vurder tiltak" five school days on', () => {
    const [flag] = halfYearRule(vgs, facts({ absence: away(wednesdays.slice(0, 7)) }));
    expect(flag).toMatchObject({ level: 'rod', evidenceKey: 'fravaer_halvaar:2026-08-17:rod' });
    expect(flag!.tasks).toEqual([{ kind: 'vurder_tiltak', assignee: 'kontaktlaerer', dueOn: '2026-11-30' }]);
  });

  it('red from hours alone: 16 single lessons and no whole day', () => {
    const [flag] = halfYearRule(vgs, facts({ absence: days.slice(0, 16).map((d) => lesson(d, 2, 'udokumentert', false)) }));
    expect(flag).toMatchObject({ level: 'rod', facts: { days: 0, hours: 16 } });
  });

  it('counts absence on the as-of date itself, and not after it', () => {
    const two = away(wednesdays.slice(0, 2));
    expect(halfYearRule(vgs, facts({ absence: [...two, ...away(['2026-11-23'])] })).map((f) => f.level)).toEqual(['gul']);
    expect(halfYearRule(vgs, facts({ absence: [...two, ...away(['2026-11-24'])] }))).toEqual([]);
  });

  it('counts undocumented absence even when the home has given notice: only a notice of illness makes absence not worrying', () => {
    const withNotice = wednesdays.slice(0, 3).map((d) => wholeDay(d, 'udokumentert', true));
    expect(halfYearRule(vgs, facts({ absence: withNotice })).map((f) => f.level)).toEqual(['gul']);
    const illWithNotice = wednesdays.slice(0, 3).map((d) => wholeDay(d, 'sykdom', true));
    expect(halfYearRule(vgs, facts({ absence: illWithNotice }))).toEqual([]);
  });

  it('is not raised by late arrivals without notice, however many', () => {
    expect(halfYearRule(vgs, facts({ absence: days.slice(0, 30).map(lateWithoutNotice) }))).toEqual([]);
  });

  it('can be switched off', () => {
    expect(halfYearRule({ ...vgs, fravaerHalvaar: { ...vgs.fravaerHalvaar, enabled: false } }, facts({ absence: away(wednesdays.slice(0, 7)) }))).toEqual([]);
  });
});

describe('the weekly check', () => {
  it('raises rød with rektor and the home to contact by the next school day, every counted record as evidence', () => {
    const absence = away(wednesdays.slice(0, 8));
    // Friday 2026-11-20: the next school day is Monday.
    const [flag, ...rest] = weeklyCheckRule(routine, facts({ asOf: '2026-11-20', absence }));
    expect(rest).toEqual([]);
    expect(flag).toEqual({
      ruleCode: 'ukesjekk',
      level: 'rod',
      evidenceKey: 'ukesjekk:2026-08-17:1',
      facts: { days: 8, fromDays: 8, from: '2026-08-17', to: '2026-11-20' },
      evidenceIds: absence.map((r) => r.id),
      tasks: [
        { kind: 'informer_rektor', assignee: 'kontaktlaerer', dueOn: '2026-11-23' },
        { kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: '2026-11-23' },
      ],
    });
  });

  it('asks again for each further eight days: 15 days are the same evidence as 8, 16 are new', () => {
    const key = (count: number) => weeklyCheckRule(routine, facts({ absence: away(days.slice(0, count)) })).map((f) => f.evidenceKey);
    expect(key(15)).toEqual(['ukesjekk:2026-08-17:1']);
    expect(key(16)).toEqual(['ukesjekk:2026-08-17:2']);
  });

  it('does not count one missed lesson, or five of six, as a whole day', () => {
    const sevenAndLessons = [...away(days.slice(0, 7)), ...fiveOfSix(days[20]!), lesson(days[21]!, 1, 'udokumentert', false)];
    expect(weeklyCheckRule(routine, facts({ absence: sevenAndLessons }))).toEqual([]);
    expect(weeklyCheckRule(routine, facts({ absence: days.slice(0, 10).flatMap(fiveOfSix) }))).toEqual([]);
  });

  it('does not count a missed lesson on a day with no lessons in the timetable (an extra lesson) as a whole day', () => {
    const noFridays = timetable.filter((slot) => slot.weekday !== 5);
    const fridays = days.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 5).slice(0, 8);
    const extra = fridays.map((d) => ({ ...lesson(d, 1, 'udokumentert', false), groupId: 'g-MAT' }));
    expect(weeklyCheckRule(routine, facts({ timetable: noFridays, absence: extra }))).toEqual([]);
    expect(weeklyCheckRule(routine, facts({ timetable: noFridays, absence: away(fridays) }))).toHaveLength(1);
  });

  it('is not raised by late arrivals without notice', () => {
    expect(weeklyCheckRule(routine, facts({ absence: days.slice(0, 20).map(lateWithoutNotice) }))).toEqual([]);
  });
});

describe('consecutive days', () => {
  const run = (absence: AbsenceRecordFact[], asOf = '2026-11-23') => consecutiveDaysRule(vgs, facts({ asOf, absence }));

  it('reports the latest run, keyed by its first day, with that run\'s records as evidence', () => {
    const earlier = away(['2026-09-01', '2026-09-02', '2026-09-03']);
    const latest = away(['2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16']);
    const loose = away(['2026-11-18']);
    const [flag, ...rest] = run([...earlier, ...latest, ...loose]);
    expect(rest).toEqual([]);
    expect(flag).toEqual({
      ruleCode: 'sammenhengende_fravaer',
      level: 'rod',
      evidenceKey: 'sammenhengende_fravaer:2026-11-11',
      facts: { days: 4, fromDays: 3, first: '2026-11-11', last: '2026-11-16', ongoing: false },
      evidenceIds: latest.map((r) => r.id),
      // Contact the home today, inform rektor the next school day.
      tasks: [
        { kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: '2026-11-23' },
        { kind: 'informer_rektor', assignee: 'kontaktlaerer', dueOn: '2026-11-24' },
      ],
    });
  });

  it('is ongoing when the run reaches the as-of date', () => {
    const [flag] = run(away(['2026-11-19', '2026-11-20', '2026-11-23']));
    expect(flag!.facts).toMatchObject({ first: '2026-11-19', last: '2026-11-23', ongoing: true });
  });

  it('counts a day with every lesson missed as a day of the run, not one with five of six', () => {
    const allSix = [1, 2, 3, 4, 5, 6].map((l) => lesson('2026-11-17', l, 'udokumentert', false));
    expect(run([...away(['2026-11-16', '2026-11-18']), ...allSix])).toHaveLength(1);
    expect(run([...away(['2026-11-16', '2026-11-18']), ...fiveOfSix('2026-11-17')])).toEqual([]);
  });

  it('is not raised by late arrivals without notice on three days in a row', () => {
    expect(run(['2026-11-16', '2026-11-17', '2026-11-18'].map(lateWithoutNotice))).toEqual([]);
  });

  it('can be switched off', () => {
    const off = { ...vgs, sammenhengendeFravaer: { ...vgs.sammenhengendeFravaer, enabled: false } };
    expect(consecutiveDaysRule(off, facts({ absence: away(['2026-11-16', '2026-11-17', '2026-11-18']) }))).toEqual([]);
  });
});
